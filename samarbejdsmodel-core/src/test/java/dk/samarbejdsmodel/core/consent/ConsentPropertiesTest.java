package dk.samarbejdsmodel.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.SamGen;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.PartyKind;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of consent evaluation and sharing views, each over 1,000 generated scenarios: whole generated
 * courses whose consents are re-mixed (signatories, validity, withdrawal), every kind of recipient, every
 * category, and dates around the course and the 18th birthday.
 */
class ConsentPropertiesTest {

  static final int EXAMPLES = 1000;

  /**
   * Generated courses are drawn from a fixed pool of seeded courses (generating a whole course costs
   * milliseconds); each example then re-mixes the consents, and draws the recipient, category and date.
   */
  static final List<Course> POOL = RandomCourses.courses(20261130L, 250);

  /** A question to the evaluator; prints without the course, which holds personal data. */
  record Scenario(Course course, Recipient recipient, InformationCategory category, LocalDate date) {
    @Override
    public String toString() {
      return "Scenario[course=" + course.id() + ", consents=" + course.consents().size() + ", recipient=" + recipient
          + ", category=" + category + ", date=" + date + "]";
    }
  }

  // ------------------------------------------------------------ generation

  static Course withCustodyHolder(Course c) {
    if (c.privatePersons().stream().anyMatch(PrivatePerson::custodyHolder)) {
      return c;
    }
    return Course.builder().from(c).addPrivatePersons(PrivatePerson.builder().id("pp-far")
        .role(ParticipantRole.PARENT_WITH_CUSTODY).custodyHolder(true).build()).build();
  }

  static String custodyHolder(Course c) {
    return c.privatePersons().stream().filter(PrivatePerson::custodyHolder).findFirst().orElseThrow().id();
  }

  /** The course's consents re-drawn: signatories, validity end and withdrawal. */
  static Course remix(Course c, SplittableRandom r) {
    c = withCustodyHolder(c);
    String yp = c.youngPerson().id();
    String ch = custodyHolder(c);
    List<Consent> consents = new ArrayList<>();
    for (Consent k : c.consents()) {
      int who = r.nextInt(3);
      List<Signatory> signatories = who == 0 ? List.of(Signatory.of(SignatoryKind.YOUNG_PERSON, yp))
          : who == 1 ? List.of(Signatory.of(SignatoryKind.CUSTODY_HOLDER, ch))
          : List.of(Signatory.of(SignatoryKind.YOUNG_PERSON, yp), Signatory.of(SignatoryKind.CUSTODY_HOLDER, ch));
      Consent.Builder b = Consent.builder().from(k).signatories(signatories);
      b.validUntil(r.nextBoolean() ? Optional.empty() : Optional.of(k.validFrom().plusDays(r.nextInt(1200))));
      b.withdrawnAt(r.nextInt(4) == 0 ? Optional.of(k.givenAt().plusDays(r.nextInt(900))) : Optional.empty());
      consents.add(b.build());
    }
    return Course.builder().from(c).consents(consents).build();
  }

  static Recipient recipient(Course c, SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return Recipient.organisation(c.organisations().get(r.nextInt(c.organisations().size())).id());
    }
    return Recipient.of(c, c.professionals().get(r.nextInt(c.professionals().size())).id());
  }

  static LocalDate date(Course c, SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      return c.youngPerson().dateAtAge(Period.ofYears(18)).plusDays(r.nextInt(-3, 4));
    }
    return c.startDate().plusDays(r.nextInt(-60, 1500));
  }

  static Scenario scenario(SplittableRandom r) {
    Course c = POOL.get(r.nextInt(POOL.size()));
    if (r.nextInt(3) != 0) {
      c = remix(c, r);
    }
    List<InformationCategory> cats = InformationCategory.builtIns();
    return new Scenario(c, recipient(c, r), cats.get(r.nextInt(cats.size())), date(c, r));
  }

  // ------------------------------------------------------------ an independent oracle

  static boolean counts(Consent k, Recipient r, InformationCategory category, LocalDate d) {
    boolean party = k.parties().stream().anyMatch(p -> (p.kind() == PartyKind.ORGANISATION
        ? r.organisationId() : r.professionalId()).equals(Optional.of(p.id())));
    return party && k.categories().contains(category) && !d.isBefore(k.givenAt()) && !d.isBefore(k.validFrom())
        && (k.validUntil().isEmpty() || !d.isAfter(k.validUntil().get()))
        && (k.withdrawnAt().isEmpty() || d.isBefore(k.withdrawnAt().get()));
  }

  static boolean signaturesSuffice(Collection<Consent> ks, ConsentPolicy policy, boolean adult) {
    boolean yp = ks.stream().anyMatch(k -> k.signedBy(SignatoryKind.YOUNG_PERSON));
    boolean ch = ks.stream().anyMatch(k -> k.signedBy(SignatoryKind.CUSTODY_HOLDER));
    if (adult) {
      return yp;
    }
    return policy == ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON ? yp || ch : yp && ch;
  }

  static List<Consent> counting(Scenario s) {
    return s.course().consents().stream().filter(k -> counts(k, s.recipient(), s.category(), s.date()))
        .collect(Collectors.toList());
  }

  static ConsentDecision decide(Scenario s) {
    return ConsentEvaluator.evaluate(s.course(), s.recipient(), s.category(), s.date());
  }

  // ------------------------------------------------------------ properties

  @Test
  void the_generated_scenarios_reach_every_reason_so_the_properties_are_not_vacuous() {
    SplittableRandom r = new SplittableRandom(42);
    Map<ConsentReason, Integer> seen = new java.util.EnumMap<>(ConsentReason.class);
    for (int i = 0; i < 3000; i++) {
      seen.merge(decide(scenario(r)).reason(), 1, Integer::sum);
    }
    assertEquals(Set.of(ConsentReason.values()), seen.keySet(), () -> "reasons reached: " + seen);
    assertTrue(seen.get(ConsentReason.PERMITTED) > 300, () -> "permitted in " + seen.get(ConsentReason.PERMITTED));
  }

  @Test
  void a_permitted_share_always_has_covering_valid_unwithdrawn_consent_by_the_right_signatories() {
    qt().withExamples(EXAMPLES).forAll(SamGen.from(ConsentPropertiesTest::scenario)).checkAssert(s -> {
      ConsentDecision d = decide(s);
      boolean adult = s.course().ageOn(s.date()) >= 18;
      ConsentPolicy policy = s.course().programme().consentPolicy();
      List<Consent> counting = counting(s);
      assertEquals(signaturesSuffice(counting, policy, adult), d.permitted(), "the oracle and the evaluator agree");
      if (d.permitted()) {
        assertFalse(d.reliedOn().isEmpty());
        assertTrue(counting.containsAll(d.reliedOn()), "every consent relied on covers, is valid and not withdrawn");
        assertTrue(signaturesSuffice(d.reliedOn(), policy, adult), "the consents relied on carry the signatures");
      }
    });
  }

  @Test
  void nothing_is_permitted_after_withdrawal_and_earlier_decisions_stand() {
    qt().withExamples(EXAMPLES).forAll(SamGen.from(ConsentPropertiesTest::scenario), SamGen.seeds())
        .checkAssert((s, seed) -> {
          SplittableRandom r = new SplittableRandom(seed);
          Course withdrawn = s.course();
          LocalDate earliest = LocalDate.MAX;
          for (Consent k : s.course().consents()) {
            long span = Math.max(0, s.date().toEpochDay() - k.givenAt().toEpochDay());
            LocalDate w = k.givenAt().plusDays(r.nextLong(span + 1));
            withdrawn = withdrawn.withdrawConsent(k.id(), w);
            LocalDate effective = withdrawn.consents().stream().filter(x -> x.id().equals(k.id())).findFirst()
                .orElseThrow().withdrawnAt().orElseThrow();
            earliest = effective.isBefore(earliest) ? effective : earliest;
          }
          assertEquals(s.course().consents().size(), withdrawn.consents().size(), "withdrawal keeps history");
          LocalDate after = s.date().plusDays(r.nextInt(0, 400));
          ConsentDecision d = ConsentEvaluator.evaluate(withdrawn, s.recipient(), s.category(), after);
          // every consent is withdrawn on or before the later of its own date and s.date(): none is ever in force
          // after that, so nothing is permitted
          assertFalse(d.permitted(), "nothing is permitted once every consent is withdrawn");
          assertFalse(d.permitted() && d.reliedOn().stream().anyMatch(k -> k.withdrawnAt().isPresent()
              && !after.isBefore(k.withdrawnAt().get())), "a withdrawn consent is never relied on");
          if (!earliest.equals(LocalDate.MAX) && earliest.isAfter(s.course().startDate().minusDays(60))) {
            LocalDate before = earliest.minusDays(1);
            assertEquals(ConsentEvaluator.evaluate(s.course(), s.recipient(), s.category(), before).permitted(),
                ConsentEvaluator.evaluate(withdrawn, s.recipient(), s.category(), before).permitted(),
                "before the withdrawal the decision is unchanged");
          }
        });
  }

  @Test
  void parent_only_consent_never_permits_sharing_from_the_18th_birthday() {
    qt().withExamples(EXAMPLES).forAll(SamGen.from(ConsentPropertiesTest::scenario), SamGen.seeds())
        .checkAssert((s, seed) -> {
          SplittableRandom r = new SplittableRandom(seed);
          Course c = withCustodyHolder(s.course());
          String ch = custodyHolder(c);
          List<Consent> parentOnly = c.consents().stream().map(k -> (Consent) Consent.builder().from(k)
              .signatories(List.of(Signatory.of(SignatoryKind.CUSTODY_HOLDER, ch))).build()).toList();
          Course parents = Course.builder().from(c).consents(parentOnly).build();
          LocalDate eighteen = c.youngPerson().dateAtAge(Period.ofYears(18));
          LocalDate d = eighteen.plusDays(r.nextInt(0, 2500));
          ConsentDecision decision = ConsentEvaluator.evaluate(parents, s.recipient(), s.category(), d);
          assertFalse(decision.permitted());
          if (parentOnly.stream().anyMatch(k -> counts(k, s.recipient(), s.category(), d))) {
            assertEquals(ConsentReason.PARENTAL_CONSENT_LAPSED, decision.reason());
          }
          ConsentDecision dayBefore = ConsentEvaluator.evaluate(parents, s.recipient(), s.category(),
              eighteen.minusDays(1));
          if (dayBefore.permitted()) {
            assertEquals(ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON, c.programme().consentPolicy(),
                "under 18 a parent-only consent suffices only where the programme says so");
          }
        });
  }

  @Test
  void a_view_never_contains_a_withheld_category_and_never_drops_an_item_silently() {
    qt().withExamples(EXAMPLES).forAll(SamGen.from(ConsentPropertiesTest::scenario)).checkAssert(s -> {
      Course c = s.course();
      CourseShare share = SharingView.course(c, s.recipient(), s.date());
      Set<InformationCategory> permitted = new LinkedHashSet<>();
      Set<InformationCategory> all = new LinkedHashSet<>(InformationCategory.builtIns());
      c.consents().forEach(k -> all.addAll(k.categories()));
      for (InformationCategory cat : all) {
        if (ConsentEvaluator.evaluate(c, s.recipient(), cat, s.date()).permitted()) {
          permitted.add(cat);
        }
      }
      assertEquals(permitted, share.permittedCategories());
      assertEquals(permitted.isEmpty(), share.isEmpty());

      Set<InformationCategory> contained = new HashSet<>();
      if (!share.meetings().isEmpty() || !share.interventions().isEmpty() || share.networkCard().isPresent()
          || share.networkOverview().isPresent()) {
        contained.add(InformationCategory.SOCIAL);
      }
      for (StatusRegistration reg : share.statusRegistrations()) {
        reg.education().ifPresent(x -> contained.add(InformationCategory.EDUCATION));
        reg.employment().ifPresent(x -> contained.add(InformationCategory.EMPLOYMENT));
        reg.housing().ifPresent(x -> contained.add(InformationCategory.HOUSING));
      }
      Set<String> withheld = share.withheld().stream().map(Withheld::path).collect(Collectors.toSet());
      Optional<GoalAgreementForm> original = c.formOn(s.date());
      Optional<GoalAgreementForm> shared = share.form().flatMap(FormShare::form);
      Set<String> withheldInForm = share.form().map(f -> f.withheld().stream().map(Withheld::path)
          .collect(Collectors.toSet())).orElse(Set.of());
      if (shared.isPresent()) {
        Map<String, Goal> byId = new HashMap<>();
        original.orElseThrow().goals().forEach(g -> byId.put(g.id(), g));
        Set<String> sharedGoals = new HashSet<>();
        for (Goal g : shared.get().goals()) {
          sharedGoals.add(g.id());
          for (Goal cur = g; cur != null; cur = cur.parentGoalId().map(byId::get).orElse(null)) {
            contained.addAll(SharingCategories.forLifeArea(cur.lifeArea()));
          }
        }
        shared.get().wishes().ifPresent(w -> contained.add(InformationCategory.SOCIAL));
        for (Goal g : original.get().goals()) {
          assertTrue(sharedGoals.contains(g.id()) ^ withheldInForm.contains("goals[" + g.id() + "]"),
              "a goal is shared or listed as withheld, never both or neither");
        }
        Set<String> sharedAgreements = shared.get().agreements().stream().map(Agreement::id)
            .collect(Collectors.toSet());
        for (Agreement a : original.get().agreements()) {
          assertTrue(sharedAgreements.contains(a.id()) ^ withheldInForm.contains("agreements[" + a.id() + "]"));
          if (sharedAgreements.contains(a.id())) {
            assertTrue(sharedGoals.containsAll(a.goalIds()));
          }
        }
        if (original.get().wishes().isPresent()) {
          assertTrue(shared.get().wishes().isPresent() ^ withheldInForm.contains("wishes"));
        }
      } else if (original.isPresent()) {
        assertTrue(withheld.contains("course") || withheldInForm.contains("form"), "an unshared form is listed");
      }
      assertTrue(permitted.containsAll(contained), () -> "shared " + contained + " but permitted only " + permitted);

      if (!share.isEmpty()) {
        for (var m : c.meetings()) {
          assertTrue(share.meetings().contains(m) ^ withheld.contains("meetings[" + m.id() + "]"));
        }
        c.youngPerson().cpr().ifPresent(x -> assertTrue(withheld.contains("youngPerson.cpr")));
      }
      for (Withheld w : share.withheld()) {
        if (w.reason() == WithheldReason.NOT_COVERED_BY_CONSENT) {
          assertFalse(permitted.containsAll(w.categories()), "only what consent does not cover is withheld for it");
        }
      }
      c.youngPerson().cpr().ifPresent(x -> assertFalse(share.toString().contains(x.value())));
    });
  }
}
