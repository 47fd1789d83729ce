package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Livsområde: a life area of the dialogue form (S0 Fig 4.4 p. 14), scored 1–5, and of goals. {@link #HOUSING} is a
 * life area for goals only (S4 p. 10: the goals of the homelessness programme cover education, employment,
 * substance use and housing); the dialogue form has the other seven.
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class LifeArea extends OpenCode {

  private static final CodeSet<LifeArea> CODES = new CodeSet<>(LifeArea::new);

  /** Skole, uddannelse og beskæftigelse. */
  public static final LifeArea SCHOOL_EDUCATION_EMPLOYMENT = CODES.builtIn("SCHOOL_EDUCATION_EMPLOYMENT");
  /** Husholdning og økonomi. */
  public static final LifeArea HOUSEHOLD_ECONOMY = CODES.builtIn("HOUSEHOLD_ECONOMY");
  /** Socialt netværk og sociale kompetencer. */
  public static final LifeArea SOCIAL_NETWORK_COMPETENCES = CODES.builtIn("SOCIAL_NETWORK_COMPETENCES");
  /** Fysisk helbred. */
  public static final LifeArea PHYSICAL_HEALTH = CODES.builtIn("PHYSICAL_HEALTH");
  /** Psykisk helbred. */
  public static final LifeArea MENTAL_HEALTH = CODES.builtIn("MENTAL_HEALTH");
  /** Kriminalitet. */
  public static final LifeArea CRIME = CODES.builtIn("CRIME");
  /** Rusmidler. */
  public static final LifeArea SUBSTANCE_USE = CODES.builtIn("SUBSTANCE_USE");
  /** Bolig — for goals (HOMELESSNESS); not a dimension of the dialogue form. */
  public static final LifeArea HOUSING = CODES.builtIn("HOUSING");

  private LifeArea(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static LifeArea of(String code) {
    return CODES.of(code);
  }

  /** The built-in constants. */
  public static List<LifeArea> builtIns() {
    return CODES.builtIns();
  }
}
