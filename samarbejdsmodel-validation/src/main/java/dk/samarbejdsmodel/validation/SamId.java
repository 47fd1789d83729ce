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
 * An SDK id: not blank, at most 128 printable characters, and pseudonymous — never a CPR number (the same check as
 * every id inside the SDK). {@code null} is valid; add {@code @NotNull} when the id is required.
 *
 * <pre>{@code
 * public record GoalRequest(@NotNull @SamId String id, ...) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = dk.samarbejdsmodel.validation.internal.SamIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(SamId.List.class)
public @interface SamId {

  /** The message; by default the SDK's own, keyed by the violation's code. */
  String message() default "{dk.samarbejdsmodel.validation.SamId.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    SamId[] value();
  }
}
