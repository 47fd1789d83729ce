package dk.samarbejdsmodel.core.meeting;

/** Minimumskomponenter i et netværksmøde (S0 §6.3). */
public enum MeetingComponent {
  /** En mødeleder med ansvar for at inddrage den unge. */
  MEETING_LEADER,
  /** Dagsorden udarbejdet sammen med den unge. */
  AGENDA_WITH_YOUNG_PERSON,
  /** Klart formål. */
  CLEAR_PURPOSE,
  /** Taleture. */
  TURN_TAKING,
  /** Den unge kan svare på input. */
  YOUNG_PERSON_RESPONDS,
  /** Stikord og aftaler skrives ned. */
  AGREEMENTS_WRITTEN,
  /** Kort referat (may be the updated goal form). */
  MINUTES
}
