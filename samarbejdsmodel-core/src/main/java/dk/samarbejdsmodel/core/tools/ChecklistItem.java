package dk.samarbejdsmodel.core.tools;

import static dk.samarbejdsmodel.core.programme.CoreElement.BINDING_AGREEMENTS;
import static dk.samarbejdsmodel.core.programme.CoreElement.CROSS_DISCIPLINARY_TEAM;
import static dk.samarbejdsmodel.core.programme.CoreElement.FIXED_MEETINGS;
import static dk.samarbejdsmodel.core.programme.CoreElement.YOUNG_PERSONS_ADULT;

import dk.samarbejdsmodel.core.programme.CoreElement;

/**
 * Mødetjeklistens spørgsmål: the 18 yes/no items of the meeting checklist (S0 Figs 6.2–6.5), each with the
 * answer that the model desires (used by the fidelity index, O-08).
 */
public enum ChecklistItem {
  /** Blev der afholdt et formøde kun for fagpersoner uden den unge? (desirable: no). */
  PROFESSIONALS_ONLY_PREMEETING(false, FIXED_MEETINGS,
      "Blev der afholdt et formøde kun for fagpersoner uden den unge?"),
  /** Deltog den unge på selve mødet? */
  YOUNG_PERSON_ATTENDED(true, FIXED_MEETINGS, "Deltog den unge på selve mødet?"),
  /** Blev den unge hørt? */
  YOUNG_PERSON_HEARD(true, FIXED_MEETINGS, "Blev den unge hørt?"),
  /** Havde den unge ordet og bidrog aktivt? */
  YOUNG_PERSON_SPOKE(true, FIXED_MEETINGS, "Havde den unge ordet og bidrog aktivt?"),
  /** Blev den unge involveret i beslutningerne? */
  YOUNG_PERSON_IN_DECISIONS(true, FIXED_MEETINGS, "Blev den unge involveret i beslutningerne?"),
  /** Var den unge enig i konklusionerne? */
  YOUNG_PERSON_AGREED(true, FIXED_MEETINGS, "Var den unge enig i konklusionerne?"),
  /** Har den unge viden om, hvad der skal ske som opfølgning på mødet? */
  YOUNG_PERSON_KNOWS_NEXT_STEPS(true, FIXED_MEETINGS,
      "Har den unge viden om, hvad der skal ske som opfølgning på mødet?"),
  /** Var mødet godt forberedt? */
  WELL_PREPARED(true, FIXED_MEETINGS, "Var mødet godt forberedt?"),
  /** Blev mødet godt afviklet? */
  WELL_CONDUCTED(true, FIXED_MEETINGS, "Blev mødet godt afviklet?"),
  /** Nåede I alle punkterne på dagsordenen? */
  AGENDA_COMPLETED(true, FIXED_MEETINGS, "Nåede I alle punkterne på dagsordenen?"),
  /** Blev der opstillet tydelige og konkrete mål for den unges uddannelse og beskæftigelse, samt indsatser? */
  CLEAR_GOALS(true, BINDING_AGREEMENTS,
      "Blev der opstillet tydelige og konkrete mål for den unges uddannelse og beskæftigelse, samt indsatser?"),
  /** Blev det aftalt, hvem der er ansvarlig og hvem der skal gøre hvad i forhold til at nå målene? */
  RESPONSIBILITIES_AGREED(true, BINDING_AGREEMENTS,
      "Blev det aftalt, hvem der er ansvarlig og hvem der skal gøre hvad i forhold til at nå målene?"),
  /** Blev det aftalt, hvem der skal følge op på mål- og aftaleskemaer? */
  FORM_FOLLOW_UP_AGREED(true, BINDING_AGREEMENTS,
      "Blev det aftalt, hvem der skal følge op på mål- og aftaleskemaer?"),
  /** Er mål- og aftaleskemaet anvendeligt? */
  FORM_USEFUL(true, BINDING_AGREEMENTS, "Er mål- og aftaleskemaet anvendeligt?"),
  /** Er der udarbejdet et netværkskort for den unge? */
  NETWORK_CARD_MADE(true, CROSS_DISCIPLINARY_TEAM, "Er der udarbejdet et netværkskort for den unge?"),
  /** Anvendte du og den unge redskabet i forbindelse med forberedelsen af mødet? */
  NETWORK_CARD_USED_IN_PREPARATION(true, CROSS_DISCIPLINARY_TEAM,
      "Anvendte du og den unge redskabet i forbindelse med forberedelsen af mødet?"),
  /** Gav redskabet et tilstrækkeligt overblik over den unges netværk? */
  NETWORK_CARD_GAVE_OVERVIEW(true, CROSS_DISCIPLINARY_TEAM,
      "Gav redskabet et tilstrækkeligt overblik over den unges netværk?"),
  /** Har den unge tilknyttet en "den unges voksne"? */
  HAS_YOUNG_PERSONS_ADULT(true, YOUNG_PERSONS_ADULT, "Har den unge tilknyttet en \"den unges voksne\"?");

  private final boolean desirable;
  private final CoreElement element;
  private final String questionDa;

  ChecklistItem(boolean desirable, CoreElement element, String questionDa) {
    this.desirable = desirable;
    this.element = element;
    this.questionDa = questionDa;
  }

  /**
   * The core element whose use the item checks: the meeting items of S0 Fig 6.2 (and how the meeting was
   * prepared and run) check {@link CoreElement#FIXED_MEETINGS}; the goal and agreement items of Fig 6.3 check
   * {@link CoreElement#BINDING_AGREEMENTS}; the network-card items of Fig 6.4 check
   * {@link CoreElement#CROSS_DISCIPLINARY_TEAM} (the card maps the professionals and private persons to bring
   * into the collaboration, S0 p. 2); the item of Fig 6.5 checks {@link CoreElement#YOUNG_PERSONS_ADULT}. A
   * programme without the element does not count the item in the fidelity index (O-08).
   */
  public CoreElement element() {
    return element;
  }

  /** The answer the model desires: {@code false} only for the professionals-only pre-meeting. */
  public boolean desirableAnswer() {
    return desirable;
  }

  /**
   * Whether the item counts towards the model fidelity index (O-08): every item that says how the meeting was
   * run or whether an element of the model is in place. The two items that ask whether a tool is <em>useful</em>
   * ({@link #FORM_USEFUL}, {@link #NETWORK_CARD_GAVE_OVERVIEW}) judge the tool, not the model's use, and are
   * left out; their shares are still reported per item. Items for an {@linkplain #element() element} the
   * course's programme does not have are left out as well, per course ({@code Measures.modelFidelityIndex}).
   */
  public boolean countsForFidelity() {
    return this != FORM_USEFUL && this != NETWORK_CARD_GAVE_OVERVIEW;
  }

  /** The question as printed in S0. */
  public String questionDa() {
    return questionDa;
  }
}
