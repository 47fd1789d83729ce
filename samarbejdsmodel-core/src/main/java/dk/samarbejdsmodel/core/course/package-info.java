/**
 * Forløb: the course aggregate around one young person in one programme, its history and its lifecycle
 * ({@code STARTING → ACTIVE → ENDED}). Update operations return a new course.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.course;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
