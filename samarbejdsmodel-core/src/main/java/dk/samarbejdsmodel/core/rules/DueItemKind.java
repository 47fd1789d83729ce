package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Hvad der skal ske: the kind of a due item, each tied to the rule (or spec section) that creates it.
 *
 * <p>An open code like the SDK's other open codes: the built-in kinds are constants; a plugin rule announces its
 * own deadlines with a namespaced kind, {@code DueItemKind.of("dk.aarhus:SCHOOL_CONTACT")}, returned from
 * {@link Rule#dueItems}.
 *
 * <pre>{@code
 * DueItems.of(course, today).stream().filter(i -> i.kind().equals(DueItemKind.FIXED_MEETING)).findFirst();
 * }</pre>
 */
public final class DueItemKind extends OpenCode {

  private static final CodeSet<DueItemKind> CODES = new CodeSet<>(DueItemKind::new);

  /** Fast netværksmøde (R-MEET-03). */
  public static final DueItemKind FIXED_MEETING = CODES.builtIn("FIXED_MEETING");
  /** Next fixed meeting to keep the rolling minimum per 12 months (R-MEET-03, HOMELESSNESS). */
  public static final DueItemKind ROLLING_MINIMUM = CODES.builtIn("ROLLING_MINIMUM");
  /** Next network meeting before the gap limit (R-MEET-04). */
  public static final DueItemKind MEETING_GAP = CODES.builtIn("MEETING_GAP");
  /** Det aftalte næste møde (R-MEET-05). */
  public static final DueItemKind NEXT_AGREED_MEETING = CODES.builtIn("NEXT_AGREED_MEETING");
  /** Den unges eget samtykke ved 18 år (R-CONSENT-02). */
  public static final DueItemKind YOUNG_PERSONS_CONSENT = CODES.builtIn("YOUNG_PERSONS_CONSENT");
  /** Næste besvarelse af et af programmets instrumenter (domain §4.4: at start, then every cadence). */
  public static final DueItemKind DIALOGUE = CODES.builtIn("DIALOGUE");
  /** Frist for en aftale (R-GOAL-05). */
  public static final DueItemKind AGREEMENT_DEADLINE = CODES.builtIn("AGREEMENT_DEADLINE");
  /** Opfølgning på en aftale (R-GOAL-01). */
  public static final DueItemKind AGREEMENT_FOLLOW_UP = CODES.builtIn("AGREEMENT_FOLLOW_UP");
  /** Vurdering af indsatser efter 23 år (R-COURSE-03). */
  public static final DueItemKind ASSESSMENT_BEFORE_AGE = CODES.builtIn("ASSESSMENT_BEFORE_AGE");
  /** Forløbet skal slutte før programmets aldersgrænse (R-COURSE-02). */
  public static final DueItemKind COURSE_END_BY_AGE = CODES.builtIn("COURSE_END_BY_AGE");
  /** CTI slutter efter 9 måneder (R-HOUSE-05). */
  public static final DueItemKind CTI_END = CODES.builtIn("CTI_END");
  /** Beslutning om videre støtte efter bostøtten (R-HOUSE-08). */
  public static final DueItemKind FOLLOW_ON_DECISION = CODES.builtIn("FOLLOW_ON_DECISION");
  /** Ny koordinator, when the current assignment ends without a successor (R-COURSE-01). */
  public static final DueItemKind COORDINATOR = CODES.builtIn("COORDINATOR");

  private DueItemKind(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor's namespaced kind. */
  public static DueItemKind of(String code) {
    return CODES.of(code);
  }

  /** The built-in kinds in declaration order. */
  public static List<DueItemKind> builtIns() {
    return CODES.builtIns();
  }

  /** The built-in kinds first, in declaration order, then vendors' kinds by code: the order of due items. */
  static int rank(DueItemKind kind) {
    int i = CODES.builtIns().indexOf(kind);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
