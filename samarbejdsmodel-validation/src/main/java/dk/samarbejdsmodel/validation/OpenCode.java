package dk.samarbejdsmodel.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A code of an SDK open code type such as {@code LifeArea}: {@code UPPER_SNAKE} or {@code namespace:UPPER_SNAKE}
 * (the type's own {@code of(String)} decides), optionally only its built-in codes. {@code null} is valid.
 *
 * <pre>{@code
 * public record GoalRequest(@OpenCode(LifeArea.class) String lifeArea, ...) {}
 * public record Filter(@OpenCode(value = InformationCategory.class, builtInOnly = true) String category) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = dk.samarbejdsmodel.validation.internal.OpenCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(OpenCode.List.class)
public @interface OpenCode {

  /** The message; by default the SDK's own, keyed by the violation's code. */
  String message() default "{dk.samarbejdsmodel.validation.OpenCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The SDK code type, for example {@code LifeArea.class}. */
  Class<? extends dk.samarbejdsmodel.core.OpenCode> value();

  /** Accept only the built-in codes of the type, not namespaced vendor codes; false by default. */
  boolean builtInOnly() default false;

  /** Several on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    OpenCode[] value();
  }
}
