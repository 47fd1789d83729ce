package dk.aarhus.ungeijob;

import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.util.Set;

/**
 * Aarhus's consent policy for Unge i job: from 15 the young person's own consent is enough; before 15 a custody
 * holder signs too. (From 18 the SDK applies the law: only the young person's own consent counts.)
 *
 * <p>A record, so that two instances are equal — a programme compares its policy.
 */
public record YoungPersonFrom15() implements ConsentPolicy {

  /** The policy's code. */
  public static final String CODE = "dk.aarhus:YOUNG_PERSON_FROM_15";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public Set<SignatoryKind> requiredSignatures(int age) {
    return age >= 15 ? Set.of(SignatoryKind.YOUNG_PERSON)
        : Set.of(SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER);
  }
}
