package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.Text;
import java.util.Locale;

/**
 * Ulovlig tilstandsovergang: an update the course's lifecycle does not allow — for example a network meeting
 * after the course ended. The message names the operation and dates, never personal data; anything CPR-like in
 * it is masked.
 */
public final class CourseStateException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Why the transition was refused. */
  public enum Reason {
    /** The course has ended; nothing but status registrations may be added after the end date. */
    AFTER_END("the course ended on {0}; {1} dated {2} cannot be added",
        "forløbet sluttede {0}; {1} dateret {2} kan ikke tilføjes"),
    /** The course has already ended. */
    ALREADY_ENDED("the course already ended on {0}", "forløbet er allerede afsluttet {0}"),
    /** The end lies before something already recorded. */
    END_BEFORE_EVENT("the end date {0} lies before {1} dated {2}", "slutdatoen {0} ligger før {1} dateret {2}"),
    /** A new coordinator assignment must start after the current one. */
    ASSIGNMENT_ORDER("a new coordinator must start after {0}", "en ny koordinator skal starte efter {0}"),
    /** The element to change does not exist; the id asked for is never repeated (it may hold anything). */
    NOT_FOUND("the course has no {0} with the id given", "forløbet har ingen {0} med det angivne id"),
    /** Nothing but consents may be dated before the course's start. */
    BEFORE_START("the course starts on {0}; {1} dated {2} cannot be added",
        "forløbet starter {0}; {1} dateret {2} kan ikke tilføjes"),
    /** A planned end needs an active course (first network meeting held and a goal form made). */
    PLANNED_END_NOT_ACTIVE("a planned end on {0} needs an active course, but the course is {1} then",
        "en planlagt afslutning {0} kræver et aktivt forløb, men forløbet er {1} på den dato"),
    /** The lifecycle does not lead from one state to the other. */
    ILLEGAL_TRANSITION("a course cannot go from {0} to {1}", "et forløb kan ikke gå fra {0} til {1}");

    private final Text template;

    Reason(String en, String da) {
      this.template = Text.of(da, en);
    }
  }

  private final Reason reason;
  private final transient Object[] args;

  /** Creates the exception. Arguments must be dates, ids or element names — never personal data. */
  public CourseStateException(Reason reason, Object... args) {
    super(dk.samarbejdsmodel.core.Redaction.maskCprLike(new java.text.MessageFormat(reason.template.en(), Locale.ROOT).format(args)));
    this.reason = reason;
    this.args = args.clone();
  }

  /** Why the transition was refused. */
  public Reason reason() {
    return reason;
  }

  /** The message in Danish or English. */
  public String message(Locale locale) {
    String t = reason.template.in(locale);
    return dk.samarbejdsmodel.core.Redaction.maskCprLike(new java.text.MessageFormat(t, Locale.ROOT).format(args));
  }
}
