package dk.samarbejdsmodel.validation;

import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.json.SamJson;
import java.util.Objects;

/**
 * Indstillinger: what the constraints of this module use — the {@link SamJson} configuration that reads
 * documents ({@link ValidDocument @ValidDocument}: mode, limits, plugin programmes and instruments) and the
 * {@link RuleEvaluator} that {@link SamValid @SamValid(rules = true)} runs. Hand them to the validator factory
 * explicitly; without them the defaults apply ({@link SamJson#defaults()} and its catalogue's evaluator). The
 * {@code Catalogue} of the {@code SamJson} also checks SDK values ({@code catalogue.check(course)}).
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
 *     .constraintValidatorPayload(SamValidationSettings.of(myJson, myEvaluator))
 *     .buildValidatorFactory();
 * }</pre>
 *
 * @param json the document configuration
 * @param rules the rule evaluator
 */
public record SamValidationSettings(SamJson json, RuleEvaluator rules) {

  /** Creates settings; both are required. */
  public SamValidationSettings {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(rules, "rules");
  }

  /** The defaults: {@link SamJson#defaults()} and the rule evaluator of its catalogue. */
  public static SamValidationSettings defaults() {
    return Holder.DEFAULTS;
  }

  /** Settings with a document configuration and a rule evaluator. */
  public static SamValidationSettings of(SamJson json, RuleEvaluator rules) {
    return new SamValidationSettings(json, rules);
  }

  private static final class Holder {
    static final SamValidationSettings DEFAULTS =
        new SamValidationSettings(SamJson.defaults(), SamJson.defaults().catalogue().evaluator());
  }
}
