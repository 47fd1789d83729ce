package dk.samarbejdsmodel.core.programme;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Målgruppe: the target group a young person belongs to within a programme.
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class TargetGroup extends OpenCode {

  private static final CodeSet<TargetGroup> CODES = new CodeSet<>(TargetGroup::new);

  /** Anbragt. */
  public static final TargetGroup PLACED = CODES.builtIn("PLACED");
  /** Tidligere anbragt. */
  public static final TargetGroup FORMERLY_PLACED = CODES.builtIn("FORMERLY_PLACED");
  /** Andre foranstaltninger. */
  public static final TargetGroup OTHER_MEASURES = CODES.builtIn("OTHER_MEASURES");
  /** Psykisk sårbar. */
  public static final TargetGroup MENTALLY_VULNERABLE = CODES.builtIn("MENTALLY_VULNERABLE");
  /** Hjemløs. */
  public static final TargetGroup HOMELESS = CODES.builtIn("HOMELESS");
  /** I risiko for hjemløshed. */
  public static final TargetGroup AT_RISK = CODES.builtIn("AT_RISK");

  private TargetGroup(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static TargetGroup of(String code) {
    return CODES.of(code);
  }

  /** The built-in constants. */
  public static List<TargetGroup> builtIns() {
    return CODES.builtIns();
  }
}
