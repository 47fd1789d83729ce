package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.Ages;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Samtykkevurdering: decides whether a recipient may receive an information category about the young person
 * on a date — a pure function of the consents, the programme's consent policy and the birth date.
 *
 * <p>The rules (domain.md §4.3):
 * <ul>
 *   <li>R-CONSENT-03 — a consent counts only if one of its parties names the recipient (the organisation, or
 *       the named professional), it lists the category, the date lies on or after both the date it was given
 *       and its valid-from date and on or before its valid-until date, and it has not been withdrawn on or
 *       before the date. Withdrawal takes effect from its date; evaluating an earlier date still sees the
 *       consent (history is kept).
 *   <li>R-CONSENT-01 — under 18, the programme's {@link ConsentPolicy} decides who must sign
 *       ({@link ConsentPolicy#requiredSignatures(int)} for the age on the date):
 *       {@code YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18} (the default, S2) requires both the young person and a
 *       custody holder — on one consent or on two that both count; {@code CUSTODY_HOLDER_OR_YOUNG_PERSON}
 *       (AFTERCARE, S0) requires either; a programme's own policy decides by its own table.
 *   <li>R-CONSENT-02 — from the 18th birthday (for a 29 February birthday: 1 March in other years) a custody
 *       holder's signature no longer counts: only a consent signed by the young person covers sharing.
 * </ul>
 *
 * <pre>{@code
 * ConsentDecision d = ConsentEvaluator.evaluate(course, Recipient.organisation("org-jc"),
 *     InformationCategory.EMPLOYMENT, LocalDate.of(2026, 3, 1));
 * d.permitted();     // true or false
 * d.reason();        // PERMITTED, WITHDRAWN, PARENTAL_CONSENT_LAPSED …
 * d.reliedOnIds();   // ["consent-1"]
 * }</pre>
 */
public final class ConsentEvaluator {

  private ConsentEvaluator() {}

  /** The decision for a course: its programme's consent policy, the young person's birth date and its consents. */
  public static ConsentDecision evaluate(Course course, Recipient recipient, InformationCategory category,
      LocalDate date) {
    Objects.requireNonNull(course, "course");
    return evaluate(course.programme().consentPolicy(), course.youngPerson().birthDate(), course.consents(),
        recipient, category, date);
  }

  /**
   * The decision from its parts, for consents held outside a course. The consents' signatories are trusted to
   * be the young person and custody holders (a {@link Course} checks this when built).
   */
  public static ConsentDecision evaluate(ConsentPolicy policy, LocalDate birthDate, Collection<Consent> consents,
      Recipient recipient, InformationCategory category, LocalDate date) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(consents, "consents");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(date, "date");
    ConsentDecision.Builder d = ConsentDecision.builder().recipient(recipient).category(category).date(date);
    if (consents.isEmpty()) {
      return d.reason(ConsentReason.NO_CONSENT).build();
    }
    // stage reached by the best consent: 0 recipient, 1 category, 2 in force, 3 in force and in scope
    int best = -1;
    ConsentReason bestReason = ConsentReason.RECIPIENT_NOT_IN_SCOPE;
    List<Consent> closest = new ArrayList<>();
    for (Consent c : consents) {
      int stage;
      ConsentReason why = null;
      if (c.parties().stream().noneMatch(recipient::isCoveredBy)) {
        stage = 0;
        why = ConsentReason.RECIPIENT_NOT_IN_SCOPE;
      } else if (!c.categories().contains(category)) {
        stage = 1;
        why = ConsentReason.CATEGORY_NOT_IN_SCOPE;
      } else {
        why = timeFailure(c, date).orElse(null);
        stage = why == null ? 3 : 2;
      }
      if (stage > best) {
        best = stage;
        bestReason = why;
        closest.clear();
      }
      if (stage == best && stage > 0) {
        closest.add(c);
      }
    }
    if (best < 3) {
      return d.reason(bestReason).reliedOn(closest).build();
    }
    return signatures(closest, birthDate, policy, date, d);
  }

  /** Why a consent in scope does not count on the date, if it does not. */
  private static Optional<ConsentReason> timeFailure(Consent c, LocalDate date) {
    if (c.withdrawnAt().isPresent() && !date.isBefore(c.withdrawnAt().get())) {
      return Optional.of(ConsentReason.WITHDRAWN);
    }
    if (date.isBefore(c.givenAt()) || date.isBefore(c.validFrom())) {
      return Optional.of(ConsentReason.NOT_YET_VALID);
    }
    if (c.validUntil().isPresent() && date.isAfter(c.validUntil().get())) {
      return Optional.of(ConsentReason.EXPIRED);
    }
    return Optional.empty();
  }

  /** The decision among consents that are in scope and in force: who signed them (R-CONSENT-01, -02). */
  private static ConsentDecision signatures(List<Consent> inForce, LocalDate birthDate, ConsentPolicy policy,
      LocalDate date, ConsentDecision.Builder d) {
    boolean adult = !date.isBefore(Ages.dateAtAge(birthDate, Period.ofYears(18)));
    Optional<Consent> byYoungPerson = first(inForce, SignatoryKind.YOUNG_PERSON);
    if (adult) {
      return byYoungPerson.isPresent()
          ? d.reason(ConsentReason.PERMITTED).addReliedOn(byYoungPerson.get()).build()
          : d.reason(ConsentReason.PARENTAL_CONSENT_LAPSED).reliedOn(inForce).build();
    }
    java.util.Set<SignatoryKind> required = policy.requiredSignatures(Ages.ageOn(birthDate, date));
    if (required == null || required.isEmpty()) {
      return d.reason(ConsentReason.PERMITTED).addReliedOn(inForce.get(0)).build();
    }
    Optional<Consent> byAll = inForce.stream().filter(c -> required.stream().allMatch(c::signedBy)).findFirst();
    if (byAll.isPresent()) {
      return d.reason(ConsentReason.PERMITTED).addReliedOn(byAll.get()).build();
    }
    List<Consent> carrying = new ArrayList<>();
    SignatoryKind missing = null;
    // the young person first, so that a missing young person is reported before a missing custody holder
    for (SignatoryKind kind : List.of(SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER)) {
      if (!required.contains(kind)) {
        continue;
      }
      Optional<Consent> by = first(inForce, kind);
      if (by.isEmpty()) {
        missing = missing == null ? kind : missing;
      } else if (!carrying.contains(by.get())) {
        carrying.add(by.get());
      }
    }
    if (missing == null) {
      return d.reason(ConsentReason.PERMITTED).reliedOn(carrying).build();
    }
    return d.reason(missing == SignatoryKind.YOUNG_PERSON ? ConsentReason.MISSING_YOUNG_PERSON_CONSENT
        : ConsentReason.MISSING_CUSTODY_HOLDER_CONSENT).reliedOn(inForce).build();
  }

  private static Optional<Consent> first(List<Consent> consents, SignatoryKind kind) {
    return consents.stream().filter(c -> c.signedBy(kind)).findFirst();
  }
}
