package dk.samarbejdsmodel.core.tools;

/**
 * Mødetjeklistens spørgsmål: the 18 yes/no items of the meeting checklist (S0 Figs 6.2–6.5), each with the
 * answer that the model desires (used by the fidelity index, O-08).
 */
public enum ChecklistItem {
  /** Blev der afholdt et formøde kun for fagpersoner uden den unge? (desirable: no). */
  PROFESSIONALS_ONLY_PREMEETING(false, "Blev der afholdt et formøde kun for fagpersoner uden den unge?"),
  /** Deltog den unge på selve mødet? */
  YOUNG_PERSON_ATTENDED(true, "Deltog den unge på selve mødet?"),
  /** Blev den unge hørt? */
  YOUNG_PERSON_HEARD(true, "Blev den unge hørt?"),
  /** Havde den unge ordet og bidrog aktivt? */
  YOUNG_PERSON_SPOKE(true, "Havde den unge ordet og bidrog aktivt?"),
  /** Blev den unge involveret i beslutningerne? */
  YOUNG_PERSON_IN_DECISIONS(true, "Blev den unge involveret i beslutningerne?"),
  /** Var den unge enig i konklusionerne? */
  YOUNG_PERSON_AGREED(true, "Var den unge enig i konklusionerne?"),
  /** Har den unge viden om, hvad der skal ske som opfølgning på mødet? */
  YOUNG_PERSON_KNOWS_NEXT_STEPS(true, "Har den unge viden om, hvad der skal ske som opfølgning på mødet?"),
  /** Var mødet godt forberedt? */
  WELL_PREPARED(true, "Var mødet godt forberedt?"),
  /** Blev mødet godt afviklet? */
  WELL_CONDUCTED(true, "Blev mødet godt afviklet?"),
  /** Nåede I alle punkterne på dagsordenen? */
  AGENDA_COMPLETED(true, "Nåede I alle punkterne på dagsordenen?"),
  /** Blev der opstillet tydelige og konkrete mål for den unges uddannelse og beskæftigelse, samt indsatser? */
  CLEAR_GOALS(true,
      "Blev der opstillet tydelige og konkrete mål for den unges uddannelse og beskæftigelse, samt indsatser?"),
  /** Blev det aftalt, hvem der er ansvarlig og hvem der skal gøre hvad i forhold til at nå målene? */
  RESPONSIBILITIES_AGREED(true,
      "Blev det aftalt, hvem der er ansvarlig og hvem der skal gøre hvad i forhold til at nå målene?"),
  /** Blev det aftalt, hvem der skal følge op på mål- og aftaleskemaer? */
  FORM_FOLLOW_UP_AGREED(true, "Blev det aftalt, hvem der skal følge op på mål- og aftaleskemaer?"),
  /** Er mål- og aftaleskemaet anvendeligt? */
  FORM_USEFUL(true, "Er mål- og aftaleskemaet anvendeligt?"),
  /** Er der udarbejdet et netværkskort for den unge? */
  NETWORK_CARD_MADE(true, "Er der udarbejdet et netværkskort for den unge?"),
  /** Anvendte du og den unge redskabet i forbindelse med forberedelsen af mødet? */
  NETWORK_CARD_USED_IN_PREPARATION(true, "Anvendte du og den unge redskabet i forbindelse med forberedelsen af mødet?"),
  /** Gav redskabet et tilstrækkeligt overblik over den unges netværk? */
  NETWORK_CARD_GAVE_OVERVIEW(true, "Gav redskabet et tilstrækkeligt overblik over den unges netværk?"),
  /** Har den unge tilknyttet en "den unges voksne"? */
  HAS_YOUNG_PERSONS_ADULT(true, "Har den unge tilknyttet en \"den unges voksne\"?");

  private final boolean desirable;
  private final String questionDa;

  ChecklistItem(boolean desirable, String questionDa) {
    this.desirable = desirable;
    this.questionDa = questionDa;
  }

  /** The answer the model desires: {@code false} only for the professionals-only pre-meeting. */
  public boolean desirableAnswer() {
    return desirable;
  }

  /**
   * Whether the item counts towards the model fidelity index (O-08): every item that says how the meeting was
   * run or whether an element of the model is in place. The two items that ask whether a tool is <em>useful</em>
   * ({@link #FORM_USEFUL}, {@link #NETWORK_CARD_GAVE_OVERVIEW}) judge the tool, not the model's use, and are
   * left out; their shares are still reported per item.
   */
  public boolean countsForFidelity() {
    return this != FORM_USEFUL && this != NETWORK_CARD_GAVE_OVERVIEW;
  }

  /** The question as printed in S0. */
  public String questionDa() {
    return questionDa;
  }
}
