package dk.samarbejdsmodel.core.programme;

import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Samtykkeregel: who must sign a consent, while the young person is under 18, for it to cover sharing
 * (R-CONSENT-01). From the 18th birthday the law decides, not the policy: only the young person's own consent
 * counts (R-CONSENT-02).
 *
 * <p>An open extension point: the two built-ins are constants; a programme may bring its own policy with a
 * namespaced code. A policy is a value: two policies with the same code must be equal (implement it as a
 * record, an enum or a singleton), because a {@link Programme} compares its policy.
 *
 * <pre>{@code
 * // from 15 the young person alone may consent; before 15 a custody holder must sign too
 * record FromFifteen() implements ConsentPolicy {
 *   public String code() { return "dk.aarhus:YOUNG_PERSON_FROM_15"; }
 *   public Set<SignatoryKind> requiredSignatures(int age) {
 *     return age >= 15 ? Set.of(SignatoryKind.YOUNG_PERSON)
 *         : Set.of(SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER);
 *   }
 * }
 * Programme p = Programme.builder().from(Programmes.MENTAL_HEALTH).id("dk.aarhus:JOB")
 *     .consentPolicy(new FromFifteen()).build();
 * }</pre>
 *
 * <p>In JSON a programme names its policy by {@link #code()}; the built-in codes are always understood, a
 * vendor's code only when the reader knows the policy (see the format guide, §3.6).
 */
public interface ConsentPolicy {

  /**
   * S2's rule and the default: always the young person, and under 18 also a custody holder ("altid samtykke fra
   * den unge og fra forældrene, hvis den unge er under 18 år").
   */
  ConsentPolicy YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18 = new BuiltIn("YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18",
      EnumSet.of(SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER));

  /** S0's variant: a custody holder or the young person ("fra forældrene eller fra den unge"); 18+ the young person. */
  ConsentPolicy CUSTODY_HOLDER_OR_YOUNG_PERSON = new BuiltIn("CUSTODY_HOLDER_OR_YOUNG_PERSON",
      EnumSet.noneOf(SignatoryKind.class));

  /** The policy's code: one of the two built-in names, or a vendor's {@code namespace:CODE}. */
  String code();

  /**
   * The kinds of signatory that must all have signed — on one consent or on several that are in scope and in
   * force together — for sharing about a young person of this age (0–17); empty when any one signature suffices.
   * Also used by R-CONSENT-01: a consent given at this age that lacks one of these signatures is a finding.
   *
   * @param age the young person's age in whole years on the date (always below 18)
   */
  Set<SignatoryKind> requiredSignatures(int age);

  /** The two built-in policies. */
  static java.util.List<ConsentPolicy> builtIns() {
    return java.util.List.of(YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18, CUSTODY_HOLDER_OR_YOUNG_PERSON);
  }

  /** The built-in policy with a code, if the code is one of the two built-in names. */
  static java.util.Optional<ConsentPolicy> builtIn(String code) {
    return builtIns().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * Checks that a policy's code is valid: a built-in name for a built-in, {@code namespace:CODE} otherwise.
   *
   * @return a description of the problem, or empty when the code is fine
   */
  static java.util.Optional<String> problem(ConsentPolicy policy) {
    String code = policy.code();
    if (code == null || !OpenCode.isValid(code)) {
      return java.util.Optional.of("a consent policy code must be UPPER_SNAKE or namespace:UPPER_SNAKE");
    }
    if (builtIn(code).isPresent() && !builtIn(code).get().equals(policy)) {
      return java.util.Optional.of("the consent policy code " + code + " is reserved for the built-in policy");
    }
    if (builtIn(code).isEmpty() && code.indexOf(':') < 0) {
      return java.util.Optional.of("a vendor's consent policy code must be namespaced (namespace:CODE), not " + code);
    }
    return java.util.Optional.empty();
  }

  /** A built-in policy: a fixed set of signatures for every age under 18. */
  final class BuiltIn implements ConsentPolicy {
    private final String code;
    private final Set<SignatoryKind> required;

    private BuiltIn(String code, Set<SignatoryKind> required) {
      this.code = code;
      this.required = Set.copyOf(required);
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public Set<SignatoryKind> requiredSignatures(int age) {
      return required;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BuiltIn && ((BuiltIn) o).code.equals(code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code);
    }

    @Override
    public String toString() {
      return code;
    }
  }
}
