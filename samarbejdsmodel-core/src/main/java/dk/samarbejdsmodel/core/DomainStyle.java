package dk.samarbejdsmodel.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Domænestil: the Immutables style shared by every value type of the SDK.
 *
 * <p>Abstract value types are public (for example {@code Goal}); the generated immutable implementation is
 * {@code ImmutableGoal}. Every value type exposes {@code builder()} and validates itself structurally in
 * {@code build()} (see {@link StructuralViolationException}): missing required fields, all at once, and a
 * {@code null} handed to a builder are reported as {@code StructuralViolationException} too. Personal data attributes are marked
 * {@code @Value.Redacted} and print as {@code ***}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    redactedMask = "***",
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    // No @Generated annotations from the class path on generated types: org.immutables.value.Generated is
    // compile-only here, and a consumer compiling against our jars without it got one javac warning per
    // generated type (issue 18). Override is a harmless placeholder: an empty list would allow every one.
    allowedClasspathAnnotations = {Override.class},
    // A missing required field (all of them at once) or a null handed to a builder is a structural problem
    // like any other: StructuralViolationException with one REQUIRED violation per field, not Immutables'
    // IllegalStateException/NullPointerException.
    throwForInvalidImmutableState = StructuralViolationException.class,
    throwForNullPointer = StructuralViolationException.class,
    depluralize = true,
    depluralizeDictionary = {"agreement:agreements", "goal:goals", "person:persons", "entry:entries"})
public @interface DomainStyle {}
