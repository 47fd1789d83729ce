package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Uddannelsestype: the kind of education the young person is in (S0 §4.2).
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
  /** Produktionsskole. */
  public static final EducationType PRODUCTION_SCHOOL = CODES.builtIn("PRODUCTION_SCHOOL");
  /** STU. */
  public static final EducationType STU = CODES.builtIn("STU");
  /** VUC. */
  public static final EducationType VUC = CODES.builtIn("VUC");
  /** Videregående uddannelse. */
  public static final EducationType HIGHER_EDUCATION = CODES.builtIn("HIGHER_EDUCATION");
  /** Andet. */
  public static final EducationType OTHER = CODES.builtIn("OTHER");

  private EducationType(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static EducationType of(String code) {
    return CODES.of(code);
  }

  /** The built-in constants. */
  public static List<EducationType> builtIns() {
    return CODES.builtIns();
  }
}
