package dk.samarbejdsmodel.core.instrument;

import java.util.List;

/**
 * Måleredskaber: the built-in instruments, as plain constants. Which instruments a host knows — these and
 * plugins' — is said by a {@code Catalogue}, never by a static registry.
 *
 * <pre>{@code
 * Instrument d = Instruments.DIALOGUE_FORM;                // seven life areas, 1–5
 * Optional<Instrument> own = Catalogue.standard().instrument("dk.aarhus:STU_FORM", 1);
 * }</pre>
 */
public final class Instruments {

  private Instruments() {}

  /**
   * Dialogskemaet (S0 §4.2, Fig 4.4): seven life areas scored 1 (many challenges, needs much help) to 5 (doing
   * well, needs no help).
   */
  public static final Instrument DIALOGUE_FORM = Instrument.builder()
      .id("DIALOGUE_FORM").version(1)
      .nameDa("Dialogskema").nameEn("Dialogue form")
      .addDimensions(
          dim(LifeArea.SCHOOL_EDUCATION_EMPLOYMENT.code(), "Skole, uddannelse og beskæftigelse",
              "School, education and employment", 1, 5, Polarity.HIGHER_IS_BETTER),
          dim(LifeArea.HOUSEHOLD_ECONOMY.code(), "Husholdning og økonomi", "Household and economy", 1, 5,
              Polarity.HIGHER_IS_BETTER),
          dim(LifeArea.SOCIAL_NETWORK_COMPETENCES.code(), "Sociale netværk og kompetencer",
              "Social network and competences", 1, 5, Polarity.HIGHER_IS_BETTER),
          dim(LifeArea.PHYSICAL_HEALTH.code(), "Fysisk helbred", "Physical health", 1, 5, Polarity.HIGHER_IS_BETTER),
          dim(LifeArea.MENTAL_HEALTH.code(), "Psykisk helbred", "Mental health", 1, 5, Polarity.HIGHER_IS_BETTER),
          dim(LifeArea.CRIME.code(), "Kriminalitet", "Crime", 1, 5, Polarity.HIGHER_IS_BETTER),
          dim(LifeArea.SUBSTANCE_USE.code(), "Rusmidler", "Substance use", 1, 5, Polarity.HIGHER_IS_BETTER))
      .build();

  /**
   * S1's questionnaire (Rambøll 2017, NGO collaboration pool): eight dimensions on 1–4; six with 4 = no
   * challenges, self-harm and suicidal behaviour reversed (1 = no challenges).
   */
  public static final Instrument S1_QUESTIONNAIRE = Instrument.builder()
      .id("S1_QUESTIONNAIRE").version(1)
      .nameDa("Spørgeskema om børn og unges trivsel").nameEn("Children's and young people's well-being questionnaire")
      .addDimensions(
          dim("PSYCHOLOGICAL_WELLBEING", "Psykisk trivsel", "Psychological well-being", 1, 4, Polarity.HIGHER_IS_BETTER),
          dim("RELATIONAL_WELLBEING", "Relationel trivsel", "Relational well-being", 1, 4, Polarity.HIGHER_IS_BETTER),
          dim("SOCIAL_COMPETENCES", "Sociale kompetencer", "Social competences", 1, 4, Polarity.HIGHER_IS_BETTER),
          dim("COPING_COMPETENCES", "Mestringskompetencer", "Coping competences", 1, 4, Polarity.HIGHER_IS_BETTER),
          dim("POSITIVE_SELF_PERCEPTION", "Positiv selvopfattelse", "Positive self-perception", 1, 4,
              Polarity.HIGHER_IS_BETTER),
          dim("WELLBEING_AT_SCHOOL", "Trivsel i skolen", "Well-being at school", 1, 4, Polarity.HIGHER_IS_BETTER),
          dim("SELF_HARM", "Selvskade", "Self-harm", 1, 4, Polarity.LOWER_IS_BETTER),
          dim("SUICIDAL_BEHAVIOUR", "Selvmordsadfærd", "Suicidal behaviour", 1, 4, Polarity.LOWER_IS_BETTER))
      .build();

  /**
   * S1's fidelity scale: items on 1 (not at all carried out as intended) to 5 (always as intended). The
   * project-specific items are not in the source; this generic instrument holds one overall item. Build your
   * own with {@link #fidelityScale(String, String, List)}.
   */
  public static final Instrument S1_FIDELITY =
      fidelityScale("S1_FIDELITY", "Fidelitetsmåling", List.of("ACTIVITIES_AS_INTENDED"));

  /** A fidelity instrument with the given item codes, each scored 1–5, higher is better. */
  public static Instrument fidelityScale(String id, String nameDa, List<String> itemCodes) {
    Instrument.Builder b = Instrument.builder().id(id).version(1).nameDa(nameDa).nameEn("Fidelity scale");
    for (String code : itemCodes) {
      b.addDimensions(dim(code, code, code, 1, 5, Polarity.HIGHER_IS_BETTER));
    }
    return b.build();
  }

  private static Dimension dim(String code, String da, String en, int min, int max, Polarity p) {
    return Dimension.builder().code(code).labelDa(da).labelEn(en).scaleMin(min).scaleMax(max).polarity(p).build();
  }
}
