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
 * A CPR number as the SDK reads it: ten digits, {@code DDMMYYSSSS} or {@code DDMMYY-SSSS}, with a valid date part
 * ({@code Cpr.isValid}). {@code null} is valid. The message never repeats the value.
 *
 * <pre>{@code
 * public record YoungPersonRequest(@Cpr String cpr, ...) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = dk.samarbejdsmodel.validation.internal.CprValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(Cpr.List.class)
public @interface Cpr {

  /** The message; by default the SDK's own, keyed by the violation's code. */
  String message() default "{dk.samarbejdsmodel.validation.Cpr.message}";

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
    Cpr[] value();
  }
}
