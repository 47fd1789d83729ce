package dk.samarbejdsmodel.core.course;

/** Forløbets tilstand. */
public enum CourseState {
  /** Opstart: a coordinator is appointed, start-up steps are under way. */
  STARTING,
  /** Aktivt: the first network meeting has been held and a goal-and-agreement form exists. */
  ACTIVE,
  /** Afsluttet. */
  ENDED
}
