package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Oplysningskategori: a category of information that a consent may cover (S0 §2).
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class InformationCategory extends OpenCode {

  private static final CodeSet<InformationCategory> CODES = new CodeSet<>(InformationCategory::new);

  /** Uddannelse. */
  public static final InformationCategory EDUCATION = CODES.builtIn("EDUCATION");
  /** Beskæftigelse. */
  public static final InformationCategory EMPLOYMENT = CODES.builtIn("EMPLOYMENT");
  /** Helbred. */
  public static final InformationCategory HEALTH = CODES.builtIn("HEALTH");
  /** Sociale forhold. */
  public static final InformationCategory SOCIAL = CODES.builtIn("SOCIAL");
  /** Bolig. */
  public static final InformationCategory HOUSING = CODES.builtIn("HOUSING");
  /** Økonomi. */
  public static final InformationCategory ECONOMY = CODES.builtIn("ECONOMY");
  /** Kriminalitet. */
  public static final InformationCategory CRIME = CODES.builtIn("CRIME");
  /** Rusmidler. */
  public static final InformationCategory SUBSTANCE_USE = CODES.builtIn("SUBSTANCE_USE");

  private InformationCategory(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static InformationCategory of(String code) {
    return CODES.of(code);
  }

  /** The built-in constants. */
  public static List<InformationCategory> builtIns() {
    return CODES.builtIns();
  }
}
