package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.CodeValidity;
import dk.samarbejdsmodel.core.OpenCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Uddannelsestype: the kind of education the young person is in (S0 §4.2 p. 12). {@link #PRODUCTION_SCHOOL} is a
 * legacy code (until 31 July 2019); the forberedende grunduddannelse {@link #FGU} replaced it on 1 August 2019.
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class EducationType extends OpenCode {

  private static final CodeSet<EducationType> CODES = new CodeSet<>(EducationType::new);

  /** 9. klasse. */
  public static final EducationType GRADE_9 = CODES.builtIn("GRADE_9");
  /** 10. klasse. */
  public static final EducationType GRADE_10 = CODES.builtIn("GRADE_10");
  /** Gymnasial uddannelse. */
  public static final EducationType UPPER_SECONDARY = CODES.builtIn("UPPER_SECONDARY");
  /** Erhvervsuddannelse. */
  public static final EducationType VOCATIONAL = CODES.builtIn("VOCATIONAL");
  /** Produktionsskole — legacy: replaced by FGU on 1 August 2019. */
  public static final EducationType PRODUCTION_SCHOOL = CODES.builtIn("PRODUCTION_SCHOOL",
      CodeValidity.until(LocalDate.of(2019, 7, 31)));
  /** STU. */
  public static final EducationType STU = CODES.builtIn("STU");
  /** VUC. */
  public static final EducationType VUC = CODES.builtIn("VUC");
  /** Videregående uddannelse. */
  public static final EducationType HIGHER_EDUCATION = CODES.builtIn("HIGHER_EDUCATION");
  /** Andet. */
  public static final EducationType OTHER = CODES.builtIn("OTHER");
  /** FGU, forberedende grunduddannelse (since 1 August 2019). */
  public static final EducationType FGU = CODES.builtIn("FGU", CodeValidity.from(LocalDate.of(2019, 8, 1)));

  private EducationType(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static EducationType of(String code) {
    return CODES.of(code);
  }

  /** When the code is current (docs/domain.md §7); vendor codes are always current. */
  public CodeValidity validity() {
    return CODES.validity(this);
  }

  /** The built-in constants. */
  public static List<EducationType> builtIns() {
    return CODES.builtIns();
  }
}
