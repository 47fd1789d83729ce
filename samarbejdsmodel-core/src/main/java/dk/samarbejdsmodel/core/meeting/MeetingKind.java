package dk.samarbejdsmodel.core.meeting;

/** Mødetype (S0 §3.1, §6.3). */
public enum MeetingKind {
  /** Netværksmøde: the young person, the team and the private network as needed. */
  NETWORK,
  /** Individuelt møde: coordinator and young person (maybe the adult) — pre-meeting (formøde) or follow-up. */
  INDIVIDUAL,
  /** Akut møde. */
  ACUTE,
  /** Møde kun for fagpersoner: internal sparring or supervision, not a decision forum. */
  PROFESSIONALS_ONLY
}
