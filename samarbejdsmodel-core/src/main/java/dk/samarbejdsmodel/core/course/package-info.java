/**
 * Forløb: the course aggregate around one young person in one programme, its history and its lifecycle
 * ({@code STARTING → ACTIVE → ENDED}). Update operations return a new course.
 */
@DomainStyle
package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.DomainStyle;
