package dk.samarbejdsmodel.core.leadergroup;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Ledelsesområde: the area a leader-group member represents (S0 §2, S2).
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class LeaderArea extends OpenCode {

  private static final CodeSet<LeaderArea> CODES = new CodeSet<>(LeaderArea::new);

  /** Børn og unge. */
  public static final LeaderArea CHILDREN_AND_YOUTH = CODES.builtIn("CHILDREN_AND_YOUTH");
  /** Beskæftigelse / jobcenter. */
  public static final LeaderArea EMPLOYMENT = CODES.builtIn("EMPLOYMENT");
  /** UU. */
  public static final LeaderArea UU = CODES.builtIn("UU");
  /** Voksenområdet og socialpsykiatri. */
  public static final LeaderArea ADULT_SERVICES = CODES.builtIn("ADULT_SERVICES");
  /** Regionens børne- og ungdomspsykiatri og voksenpsykiatri. */
  public static final LeaderArea REGIONAL_PSYCHIATRY = CODES.builtIn("REGIONAL_PSYCHIATRY");
  /** Ungdomsskole. */
  public static final LeaderArea YOUTH_SCHOOL = CODES.builtIn("YOUTH_SCHOOL");
  /** Andre. */
  public static final LeaderArea OTHER = CODES.builtIn("OTHER");

  private LeaderArea(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static LeaderArea of(String code) {
    return CODES.of(code);
  }

  /** The built-in constants. */
  public static List<LeaderArea> builtIns() {
    return CODES.builtIns();
  }
}
