package dk.samarbejdsmodel.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Eksperimentel: an API that works and is tested, but whose shape may still change in a minor release. The
 * API-compatibility check (japicmp) does not guard it. Everything public that is not marked {@code @Experimental}
 * or {@link Internal} is stable: it changes incompatibly only in a major release.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE})
public @interface Experimental {}
