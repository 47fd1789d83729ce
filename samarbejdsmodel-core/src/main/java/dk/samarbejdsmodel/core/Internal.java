package dk.samarbejdsmodel.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Intern: public only because another module of the SDK needs it. Not for users; it may change or go away in
 * any release, and the API-compatibility check (japicmp) does not guard it. Packages named {@code *.internal}
 * and the generated {@code Immutable*} implementation classes are internal whether marked or not.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE})
public @interface Internal {}
