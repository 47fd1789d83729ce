package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Afslutningsårsag: why a course ended.
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class EndReason extends OpenCode {

  private static final CodeSet<EndReason> CODES = new CodeSet<>(EndReason::new);

  /** Mål nået. */
  public static final EndReason GOALS_ACHIEVED = CODES.builtIn("GOALS_ACHIEVED");
  /** Aldersgrænse nået. */
  public static final EndReason AGE_LIMIT = CODES.builtIn("AGE_LIMIT");
  /** Overgået til anden indsats. */
  public static final EndReason TRANSFERRED = CODES.builtIn("TRANSFERRED");
  /** Den unge har takket nej. */
  public static final EndReason DECLINED = CODES.builtIn("DECLINED");
  /** Fraflyttet kommunen. */
  public static final EndReason MOVED = CODES.builtIn("MOVED");
  /** Faldet fra. */
  public static final EndReason DROPPED_OUT = CODES.builtIn("DROPPED_OUT");
  /** Andet. */
  public static final EndReason OTHER = CODES.builtIn("OTHER");

  private EndReason(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static EndReason of(String code) {
    return CODES.of(code);
  }

  /** The built-in constants. */
  public static List<EndReason> builtIns() {
    return CODES.builtIns();
  }
}
