package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.CodeValidity;
import dk.samarbejdsmodel.core.OpenCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Beskæftigelsesstatus: the young person's employment status (S0 Fig 4.3 p. 13). {@link #REHABILITATION}
 * (revalidering) is a legacy code: lov nr. 1750 af 29. december 2025 abolished revalidering for new cases (the act
 * is in force in two steps, 1 February and 1 July 2026; which step applies to revalidering is not confirmed, so the
 * SDK retires the code after the later, 30 June 2026 — docs/domain.md §7). {@link #UNEMPLOYED_JOB_READY} adds the
 * jobparat category S0's list lacks.
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class EmploymentStatus extends OpenCode {

  private static final CodeSet<EmploymentStatus> CODES = new CodeSet<>(EmploymentStatus::new);

  /** Deltidsjob (max 29 timer/uge). */
  public static final EmploymentStatus PART_TIME_JOB = CODES.builtIn("PART_TIME_JOB");
  /** Fuldtidsjob (over 29 timer/uge). */
  public static final EmploymentStatus FULL_TIME_JOB = CODES.builtIn("FULL_TIME_JOB");
  /** Virksomhedspraktik. */
  public static final EmploymentStatus COMPANY_INTERNSHIP = CODES.builtIn("COMPANY_INTERNSHIP");
  /** Løntilskud. */
  public static final EmploymentStatus WAGE_SUBSIDY = CODES.builtIn("WAGE_SUBSIDY");
  /** Ledig, uddannelsesparat. */
  public static final EmploymentStatus UNEMPLOYED_EDUCATION_READY = CODES.builtIn("UNEMPLOYED_EDUCATION_READY");
  /** Ledig, aktivitetsparat. */
  public static final EmploymentStatus UNEMPLOYED_ACTIVITY_READY = CODES.builtIn("UNEMPLOYED_ACTIVITY_READY");
  /** Førtidspension med/uden fleksjob. */
  public static final EmploymentStatus EARLY_RETIREMENT = CODES.builtIn("EARLY_RETIREMENT");
  /** Revalidering — legacy: abolished by lov nr. 1750 af 29. december 2025. */
  public static final EmploymentStatus REHABILITATION = CODES.builtIn("REHABILITATION",
      CodeValidity.until(LocalDate.of(2026, 6, 30)));
  /** Andet. */
  public static final EmploymentStatus OTHER = CODES.builtIn("OTHER");
  /** Ikke relevant (i uddannelse). */
  public static final EmploymentStatus NOT_RELEVANT_IN_EDUCATION = CODES.builtIn("NOT_RELEVANT_IN_EDUCATION");
  /** Ledig, jobparat. */
  public static final EmploymentStatus UNEMPLOYED_JOB_READY = CODES.builtIn("UNEMPLOYED_JOB_READY");

  private EmploymentStatus(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static EmploymentStatus of(String code) {
    return CODES.of(code);
  }

  /** When the code is current (docs/domain.md §7); vendor codes are always current. */
  public CodeValidity validity() {
    return CODES.validity(this);
  }

  /** The built-in constants. */
  public static List<EmploymentStatus> builtIns() {
    return CODES.builtIns();
  }
}
