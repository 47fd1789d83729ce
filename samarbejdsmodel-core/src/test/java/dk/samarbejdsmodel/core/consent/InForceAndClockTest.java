package dk.samarbejdsmodel.core.consent;

import static dk.samarbejdsmodel.core.consent.Fixture.UU;
import static dk.samarbejdsmodel.core.consent.Fixture.consent;
import static dk.samarbejdsmodel.core.consent.Fixture.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.DanishTime;
import dk.samarbejdsmodel.core.Redaction;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseStateException;
import dk.samarbejdsmodel.core.programme.MeetingCadence;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.programme.Tolerance;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 20, items 10 and 11 and the consent messages of item 3/5: one definition of "in force", Danish "today"
 * from a clock, milestones that are ages, and messages that never repeat an id.
 */
class InForceAndClockTest {

  private static final Set<ConsentReason> TIME_REASONS =
      Set.of(ConsentReason.NOT_YET_VALID, ConsentReason.EXPIRED, ConsentReason.WITHDRAWN);

  @Test
  void a_consent_is_not_in_force_before_it_was_given_even_when_valid_from_is_earlier() {
    LocalDate given = Fixture.START.plusDays(10);
    Consent c = consent("k1", SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER)
        .givenAt(given).validFrom(Fixture.START).build();
    assertFalse(c.isInForceOn(given.minusDays(1)));
    assertTrue(c.isInForceOn(given));
    assertEquals(given, c.inForceFrom());
    Course course = course(Programmes.AFTERCARE, c);
    assertEquals(ConsentReason.NOT_YET_VALID,
        ConsentEvaluator.evaluate(course, UU, InformationCategory.EDUCATION, given.minusDays(1)).reason());
  }

  @Test
  void is_in_force_and_the_evaluator_agree_on_every_date() {
    qt().withExamples(1000).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
          java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
          int givenOffset = rnd.nextInt(-40, 41);
          int fromOffset = rnd.nextInt(-40, 41);
          int length = rnd.nextInt(-1, 61);
          int withdrawn = rnd.nextInt(-1, 81);
          int day = rnd.nextInt(-50, 121);
          LocalDate given = Fixture.START.plusDays(60 + givenOffset);
          LocalDate from = Fixture.START.plusDays(60 + fromOffset);
          Consent.Builder b = consent("k1", SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER)
              .givenAt(given).validFrom(from);
          if (length >= 0) {
            b.validUntil(from.plusDays(length));
          }
          if (withdrawn >= 0) {
            b.withdrawnAt(given.plusDays(withdrawn));
          }
          Consent c = b.build();
          LocalDate date = Fixture.START.plusDays(60 + day);
          ConsentReason reason = ConsentEvaluator.evaluate(course(Programmes.AFTERCARE, c), UU,
              InformationCategory.EDUCATION, date).reason();
          assertEquals(c.isInForceOn(date), !TIME_REASONS.contains(reason), () -> c + " on " + date + ": " + reason);
        });
  }

  @Test
  void today_is_the_danish_date_whatever_the_host_zone() {
    // 9 March 2026 23:30 UTC is 10 March 00:30 in Denmark
    Clock utcHost = Clock.fixed(Instant.parse("2026-03-09T23:30:00Z"), ZoneOffset.UTC);
    LocalDate today = DanishTime.today(utcHost);
    assertEquals(LocalDate.of(2026, 3, 10), today);
    assertEquals(LocalDate.of(2026, 3, 9), LocalDate.now(utcHost), "what LocalDate.now() would have said");
    Consent c = consent("k1", SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER).build();
    Course withdrawn = course(Programmes.AFTERCARE, c).withdrawConsent("k1", LocalDate.of(2026, 3, 10));
    assertEquals(ConsentReason.WITHDRAWN,
        ConsentEvaluator.evaluate(withdrawn, UU, InformationCategory.EDUCATION, today).reason());
    assertEquals("Europe/Copenhagen", DanishTime.clock().getZone().getId());
    // summer time: 30 June 22:30 UTC is 1 July 00:30 in Denmark
    assertEquals(LocalDate.of(2026, 7, 1), DanishTime.today(Clock.fixed(Instant.parse("2026-06-30T22:30:00Z"),
        ZoneOffset.UTC)));
  }

  @Test
  void milestones_must_be_positive_ages() {
    for (List<Period> ages : List.of(List.of(Period.ofYears(-16), Period.ZERO), List.of(Period.ZERO),
        List.of(Period.ofYears(-16)), List.of(Period.of(1, -13, 0)), List.of(Period.ofYears(31)),
        List.of(Period.ofYears(16), Period.ofMonths(192)))) {
      assertThrows(IllegalArgumentException.class, () -> new MeetingCadence.AgeMilestones(ages, Tolerance.standard()),
          ages::toString);
      assertThrows(IllegalArgumentException.class,
          () -> new MeetingCadence.PerYearUntilAge(4, 18, ages, Tolerance.standard()), ages::toString);
    }
    new MeetingCadence.AgeMilestones(List.of(Period.ofYears(16), Period.of(17, 6, 0)), Tolerance.standard());
  }

  @Test
  void consent_and_recipient_messages_never_repeat_the_id_asked_for() {
    Course course = course(Programmes.AFTERCARE, consent("k1", SignatoryKind.YOUNG_PERSON).build());
    for (String id : List.of("140309\u20134321", "14.03.09-4321", "Signe Jensen", "\uff11\uff14\uff10\uff13\uff10"
        + "\uff19\uff14\uff13\uff12\uff11")) {
      CourseStateException e = assertThrows(CourseStateException.class,
          () -> course.withdrawConsent(id, Fixture.START.plusDays(3)));
      IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> Recipient.of(course, id));
      for (String m : List.of(e.getMessage(), e.message(java.util.Locale.forLanguageTag("da")), r.getMessage())) {
        assertFalse(m.contains(id) || Redaction.containsCprLike(m) || m.contains("Signe"), m);
      }
    }
    assertEquals(Optional.empty(), Optional.empty());
  }
}
