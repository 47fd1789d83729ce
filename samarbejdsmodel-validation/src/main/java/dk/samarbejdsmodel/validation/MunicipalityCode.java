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
 * A municipality code as the SDK accepts it in {@code Municipality}: three digits ({@code "751"}). {@code null} is
 * valid.
 *
 * <pre>{@code
 * public record CourseRequest(@MunicipalityCode String municipality, ...) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = dk.samarbejdsmodel.validation.internal.MunicipalityCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(MunicipalityCode.List.class)
public @interface MunicipalityCode {

  /** The message; by default the SDK's own, keyed by the violation's code. */
  String message() default "{dk.samarbejdsmodel.validation.MunicipalityCode.message}";

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
    MunicipalityCode[] value();
  }
}
