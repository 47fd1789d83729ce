package dk.samarbejdsmodel.core.consent;

import static dk.samarbejdsmodel.core.consent.Fixture.BIRTH;
import static dk.samarbejdsmodel.core.consent.Fixture.CASEWORKER;
import static dk.samarbejdsmodel.core.consent.Fixture.EIGHTEEN;
import static dk.samarbejdsmodel.core.consent.Fixture.JOB_CENTRE;
import static dk.samarbejdsmodel.core.consent.Fixture.START;
import static dk.samarbejdsmodel.core.consent.Fixture.UU;
import static dk.samarbejdsmodel.core.consent.Fixture.UU_COLLEAGUE;
import static dk.samarbejdsmodel.core.consent.Fixture.consent;
import static dk.samarbejdsmodel.core.consent.Fixture.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-CONSENT-01..03, one example per rule and boundary. */
class ConsentEvaluatorTest {

  static final LocalDate D = LocalDate.of(2026, 3, 1);
  static final SignatoryKind YP = SignatoryKind.YOUNG_PERSON;
  static final SignatoryKind CH = SignatoryKind.CUSTODY_HOLDER;

  static ConsentDecision eval(Course c, Recipient r, InformationCategory cat, LocalDate d) {
    return ConsentEvaluator.evaluate(c, r, cat, d);
  }

  static ConsentDecision edu(Course c, Recipient r, LocalDate d) {
    return eval(c, r, InformationCategory.EDUCATION, d);
  }

  @Test
  void without_any_consent_nothing_is_shared() {
    ConsentDecision d = edu(course(Programmes.MENTAL_HEALTH), UU, D);
    assertFalse(d.permitted());
    assertEquals(ConsentReason.NO_CONSENT, d.reason());
    assertTrue(d.reliedOn().isEmpty());
  }

  // ------------------------------------------------------------ R-CONSENT-01 default policy (S2)

  @Test
  void default_policy_under_18_needs_young_person_and_custody_holder_on_one_consent() {
    Consent both = consent("k1", YP, CH).build();
    ConsentDecision d = edu(course(Programmes.MENTAL_HEALTH, both), UU, D);
    assertTrue(d.permitted());
    assertEquals(ConsentReason.PERMITTED, d.reason());
    assertEquals(List.of("k1"), d.reliedOnIds());
  }

  @Test
  void default_policy_under_18_accepts_two_consents_that_together_have_both_signatures() {
    Course c = course(Programmes.MENTAL_HEALTH, consent("k-yp", YP).build(), consent("k-ch", CH).build());
    ConsentDecision d = edu(c, UU, D);
    assertTrue(d.permitted());
    assertEquals(List.of("k-yp", "k-ch"), d.reliedOnIds());
  }

  @Test
  void default_policy_under_18_denies_the_young_persons_consent_alone() {
    ConsentDecision d = edu(course(Programmes.MENTAL_HEALTH, consent("k1", YP).build()), UU, D);
    assertEquals(ConsentReason.MISSING_CUSTODY_HOLDER_CONSENT, d.reason());
    assertEquals(List.of("k1"), d.reliedOnIds());
  }

  @Test
  void default_policy_under_18_denies_the_custody_holders_consent_alone() {
    ConsentDecision d = edu(course(Programmes.HOMELESSNESS, consent("k1", CH).build()), UU, D);
    assertEquals(ConsentReason.MISSING_YOUNG_PERSON_CONSENT, d.reason());
  }

  @Test
  void default_policy_from_18_the_young_persons_consent_alone_is_enough() {
    ConsentDecision d = edu(course(Programmes.MENTAL_HEALTH, consent("k1", YP).build()), UU, EIGHTEEN);
    assertTrue(d.permitted());
  }

  // ------------------------------------------------------------ R-CONSENT-01 AFTERCARE variant (S0)

  @Test
  void aftercare_under_18_accepts_either_signatory() {
    assertEquals(ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON, Programmes.AFTERCARE.consentPolicy());
    assertTrue(edu(course(Programmes.AFTERCARE, consent("k1", CH).build()), UU, D).permitted());
    assertTrue(edu(course(Programmes.AFTERCARE, consent("k1", YP).build()), UU, D).permitted());
  }

  // ------------------------------------------------------------ R-CONSENT-02

  @Test
  void parental_consent_lapses_on_the_18th_birthday() {
    Course c = course(Programmes.AFTERCARE, consent("k1", CH).build());
    assertTrue(edu(c, UU, EIGHTEEN.minusDays(1)).permitted());
    ConsentDecision d = edu(c, UU, EIGHTEEN);
    assertFalse(d.permitted());
    assertEquals(ConsentReason.PARENTAL_CONSENT_LAPSED, d.reason());
    assertEquals(List.of("k1"), d.reliedOnIds(), "the lapsed consent is named, so it can be renewed");
  }

  @Test
  void parental_consent_signed_together_with_the_young_person_keeps_covering_after_18() {
    Course c = course(Programmes.MENTAL_HEALTH, consent("k1", YP, CH).build());
    assertTrue(edu(c, UU, EIGHTEEN.plusYears(2)).permitted());
  }

  @Test
  void a_29_february_birthday_turns_18_on_1_march_in_a_common_year() {
    LocalDate birth = LocalDate.of(2008, 2, 29);
    Course c = course(Programmes.AFTERCARE, birth, consent("k1", CH).build());
    assertTrue(edu(c, UU, LocalDate.of(2026, 2, 28)).permitted());
    assertEquals(ConsentReason.PARENTAL_CONSENT_LAPSED, edu(c, UU, LocalDate.of(2026, 3, 1)).reason());
  }

  // ------------------------------------------------------------ R-CONSENT-03 period and withdrawal

  @Test
  void withdrawal_takes_effect_from_its_date_and_history_is_kept() {
    Course c = course(Programmes.AFTERCARE, consent("k1", YP).build());
    Course withdrawn = c.withdrawConsent("k1", LocalDate.of(2026, 6, 1));
    assertEquals(1, withdrawn.consents().size(), "the consent is kept");
    assertEquals(LocalDate.of(2026, 6, 1), withdrawn.consents().get(0).withdrawnAt().orElseThrow());
    assertTrue(edu(withdrawn, UU, LocalDate.of(2026, 5, 31)).permitted(), "before withdrawal it covered sharing");
    ConsentDecision d = edu(withdrawn, UU, LocalDate.of(2026, 6, 1));
    assertEquals(ConsentReason.WITHDRAWN, d.reason());
    assertEquals(List.of("k1"), d.reliedOnIds());
    assertEquals(ConsentReason.WITHDRAWN, edu(withdrawn, UU, LocalDate.of(2030, 1, 1)).reason());
  }

  @Test
  void validity_period_is_inclusive_at_both_ends() {
    Consent k = consent("k1", YP).validFrom(LocalDate.of(2025, 6, 1)).validUntil(LocalDate.of(2026, 5, 31)).build();
    Course c = course(Programmes.AFTERCARE, k);
    assertEquals(ConsentReason.NOT_YET_VALID, edu(c, UU, LocalDate.of(2025, 5, 31)).reason());
    assertTrue(edu(c, UU, LocalDate.of(2025, 6, 1)).permitted());
    assertTrue(edu(c, UU, LocalDate.of(2026, 5, 31)).permitted());
    assertEquals(ConsentReason.EXPIRED, edu(c, UU, LocalDate.of(2026, 6, 1)).reason());
  }

  @Test
  void a_consent_does_not_cover_days_before_it_was_given_even_if_valid_from_is_earlier() {
    Consent k = consent("k1", YP).givenAt(LocalDate.of(2025, 8, 1)).validFrom(START).build();
    Course c = course(Programmes.AFTERCARE, k);
    assertEquals(ConsentReason.NOT_YET_VALID, edu(c, UU, LocalDate.of(2025, 7, 31)).reason());
    assertTrue(edu(c, UU, LocalDate.of(2025, 8, 1)).permitted());
  }

  // ------------------------------------------------------------ R-CONSENT-03 scope

  @Test
  void an_organisation_party_covers_all_its_professionals_and_the_organisation_itself() {
    Course c = course(Programmes.AFTERCARE, consent("k1", YP).build());
    assertTrue(edu(c, UU, D).permitted());
    assertTrue(edu(c, UU_COLLEAGUE, D).permitted());
    assertTrue(edu(c, JOB_CENTRE, D).permitted());
    assertEquals(ConsentReason.RECIPIENT_NOT_IN_SCOPE, edu(c, CASEWORKER, D).reason());
  }

  @Test
  void a_named_professional_party_covers_that_professional_only() {
    Consent k = consent("k1", YP).parties(List.of(ConsentParty.professional("p-uu"))).build();
    Course c = course(Programmes.AFTERCARE, k);
    assertTrue(edu(c, UU, D).permitted());
    assertTrue(edu(c, Recipient.professional("p-uu"), D).permitted());
    assertEquals(ConsentReason.RECIPIENT_NOT_IN_SCOPE, edu(c, UU_COLLEAGUE, D).reason());
    assertEquals(ConsentReason.RECIPIENT_NOT_IN_SCOPE, edu(c, Recipient.organisation("org-uu"), D).reason());
  }

  @Test
  void categories_outside_the_consent_are_denied() {
    Course c = course(Programmes.AFTERCARE, consent("k1", YP).build());
    ConsentDecision d = eval(c, UU, InformationCategory.HEALTH, D);
    assertEquals(ConsentReason.CATEGORY_NOT_IN_SCOPE, d.reason());
    assertEquals(List.of("k1"), d.reliedOnIds());
  }

  @Test
  void vendor_categories_are_matched_exactly() {
    InformationCategory own = InformationCategory.of("dk.aarhus:LEISURE");
    Course c = course(Programmes.AFTERCARE, consent("k1", YP).addCategories(own).build());
    assertTrue(eval(c, UU, own, D).permitted());
    assertFalse(eval(c, UU, InformationCategory.of("dk.aarhus:OTHER"), D).permitted());
  }

  @Test
  void the_denial_names_the_consent_that_came_closest() {
    Consent outOfScope = consent("k-other", YP).parties(List.of(ConsentParty.organisation("org-bu"))).build();
    Consent withdrawn = consent("k-uu", YP).withdrawnAt(LocalDate.of(2026, 1, 1)).build();
    Course c = course(Programmes.AFTERCARE, outOfScope, withdrawn);
    ConsentDecision d = edu(c, UU, D);
    assertEquals(ConsentReason.WITHDRAWN, d.reason());
    assertEquals(List.of("k-uu"), d.reliedOnIds());
  }

  @Test
  void a_valid_consent_wins_over_a_withdrawn_one() {
    Consent withdrawn = consent("k-old", YP).withdrawnAt(LocalDate.of(2026, 1, 1)).build();
    Consent renewed = consent("k-new", YP).givenAt(LocalDate.of(2026, 2, 1)).validFrom(LocalDate.of(2026, 2, 1)).build();
    ConsentDecision d = edu(course(Programmes.AFTERCARE, withdrawn, renewed), UU, D);
    assertTrue(d.permitted());
    assertEquals(List.of("k-new"), d.reliedOnIds());
  }

  @Test
  void the_pure_overload_gives_the_same_answer_as_the_course_overload() {
    Course c = course(Programmes.AFTERCARE, consent("k1", CH).build());
    for (LocalDate d : List.of(D, EIGHTEEN)) {
      assertEquals(edu(c, UU, d), ConsentEvaluator.evaluate(ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON, BIRTH,
          c.consents(), UU, InformationCategory.EDUCATION, d));
    }
  }

  @Test
  void recipients_are_resolved_from_the_course() {
    Course c = course(Programmes.AFTERCARE);
    assertEquals(UU, Recipient.of(c, "p-uu"));
    assertThrows(IllegalArgumentException.class, () -> Recipient.of(c, "p-unknown"));
    assertThrows(IllegalArgumentException.class, () -> Recipient.builder().build());
  }

  @Test
  void a_decision_cannot_claim_permission_without_a_consent() {
    assertThrows(IllegalArgumentException.class, () -> ConsentDecision.builder().recipient(UU)
        .category(InformationCategory.EDUCATION).date(D).reason(ConsentReason.PERMITTED).build());
  }
}
