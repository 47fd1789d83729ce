package dk.samarbejdsmodel.core.programme;

import dk.samarbejdsmodel.core.instrument.Instruments;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;

/**
 * Programmerne: the three built-in programmes, as plain constants. Which programmes a host knows — these and
 * plugins' — is said by a {@code Catalogue}, never by a static registry.
 *
 * <pre>{@code
 * Programme p = Programmes.AFTERCARE;
 * Programme mine = Catalogue.standard().programme("dk.aarhus:STU").orElseThrow();
 * }</pre>
 */
public final class Programmes {

  private Programmes() {}

  /**
   * Efterværn (S0): placed and formerly placed young people. Starts at 15 (may start later), ends before 23;
   * fixed meetings at 16, 17½ and 18½; at most 3 months between network meetings; all seven elements;
   * consent from a custody holder or the young person.
   */
  public static final Programme AFTERCARE = Programme.builder()
      .id("AFTERCARE").source("S0")
      .nameDa("Samarbejdsmodellen for anbragte og tidligere anbragte unge")
      .nameEn("Samarbejdsmodellen for placed and formerly placed young people")
      .addTargetGroups(TargetGroup.PLACED, TargetGroup.FORMERLY_PLACED, TargetGroup.OTHER_MEASURES)
      .minStartAge(15).endBeforeAge(23).recommendedStartAge(15).assessmentBeforeAge(23)
      .coordinatorTitleDa("koordinator").coordinatorTitleEn("coordinator")
      .elements(EnumSet.allOf(CoreElement.class))
      .meetingCadence(new MeetingCadence.AgeMilestones(
          List.of(Period.ofYears(16), Period.of(17, 6, 0), Period.of(18, 6, 0)), Tolerance.standard()))
      .maxMonthsBetweenNetworkMeetings(3)
      .dialogueCadenceMonths(3)
      .addInstruments(Instruments.DIALOGUE_FORM)
      .consentPolicy(ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON)
      .build();

  /**
   * Psykisk sårbare unge (S2): ages 16–24; four fixed meetings a year until 18 and one at 18½; guide as
   * coordinator; six elements (no separate "young person's adult").
   */
  public static final Programme MENTAL_HEALTH = Programme.builder()
      .id("MENTAL_HEALTH").source("S2")
      .nameDa("Samarbejdsmodellen for unge med psykiske vanskeligheder")
      .nameEn("Samarbejdsmodellen for young people with mental-health difficulties")
      .addTargetGroups(TargetGroup.MENTALLY_VULNERABLE)
      .minStartAge(16).endBeforeAge(25)
      .coordinatorTitleDa("guide").coordinatorTitleEn("guide")
      .elements(EnumSet.complementOf(EnumSet.of(CoreElement.YOUNG_PERSONS_ADULT)))
      .meetingCadence(new MeetingCadence.PerYearUntilAge(4, 18, List.of(Period.of(18, 6, 0)), Tolerance.standard()))
      .dialogueCadenceMonths(6)
      .addInstruments(Instruments.DIALOGUE_FORM)
      .build();

  /**
   * Hjemløse unge og unge i risiko (S4): no age window by default; at least three network meetings a year;
   * a myndighedskoordinator with authority competence; housing support (CTI, ICM); three instruments every
   * three months.
   */
  public static final Programme HOMELESSNESS = Programme.builder()
      .id("HOMELESSNESS").source("S4")
      .nameDa("Samarbejdsmodellen og bostøtte for hjemløse unge og unge i risiko for hjemløshed")
      .nameEn("Samarbejdsmodellen with housing support for homeless young people and young people at risk")
      .addTargetGroups(TargetGroup.HOMELESS, TargetGroup.AT_RISK)
      .coordinatorTitleDa("myndighedskoordinator").coordinatorTitleEn("authority coordinator")
      .coordinatorNeedsAuthorityCompetence(true)
      .elements(EnumSet.complementOf(EnumSet.of(CoreElement.YOUNG_PERSONS_ADULT)))
      .meetingCadence(new MeetingCadence.RollingWindow(3, Period.ofMonths(12), Tolerance.standard()))
      .dialogueCadenceMonths(3)
      .addInstruments(Instruments.DIALOGUE_FORM)
      .housingSupport(true)
      .build();

  /** The built-in programme with an id ({@code AFTERCARE}, {@code MENTAL_HEALTH}, {@code HOMELESSNESS}). */
  public static java.util.Optional<Programme> builtIn(String id) {
    return java.util.stream.Stream.of(AFTERCARE, MENTAL_HEALTH, HOMELESSNESS).filter(p -> p.id().equals(id))
        .findFirst();
  }
}
