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
 * A whole interchange document (docs/format.md), as a {@code String}, {@code byte[]} or Jackson {@code JsonNode}
 * (Jackson 2 or 3): the SDK's reader reads it with the configured {@link SamValidationSettings#json()}, and
 * <em>every</em> read error becomes one constraint violation whose property path ends in the error's JSON Pointer
 * ({@code body./agreements/0/goalIds/0}) and whose message template is the error code's key
 * ({@code {dk.samarbejdsmodel.document.UNKNOWN_REFERENCE}}). {@code null} is valid.
 *
 * <pre>{@code
 * public record FormUpload(@NotNull @ValidDocument(kind = DocumentType.GOAL_AGREEMENT_FORM) String body) {}
 * }</pre>
 *
 * <p>On a {@code ReadResult} that the application has read already (an HTTP message converter that reads the body
 * once with {@code SamJson.reader()}), the result's own errors are reported — the document is not read again —
 * and a valid result of another kind is a {@code WRONG_KIND} violation at {@code /kind}.
 */
@Documented
@Constraint(validatedBy = {dk.samarbejdsmodel.validation.internal.DocumentStringValidator.class, dk.samarbejdsmodel.validation.internal.DocumentBytesValidator.class, dk.samarbejdsmodel.validation.internal.DocumentNodeValidator.class, dk.samarbejdsmodel.validation.internal.DocumentObjectValidator.class, dk.samarbejdsmodel.validation.internal.DocumentResultValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ValidDocument.List.class)
public @interface ValidDocument {

  /** The message; by default the SDK's own, keyed by the violation's code. */
  String message() default "{dk.samarbejdsmodel.validation.ValidDocument.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The kind the document must be; {@link DocumentType#ANY} accepts every kind. */
  DocumentType kind();

  /** Several on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    ValidDocument[] value();
  }
}
