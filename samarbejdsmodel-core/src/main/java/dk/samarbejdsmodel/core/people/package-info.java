/**
 * Personer: the young person, professionals, private persons, organisations and the personal-data value types
 * ({@link dk.samarbejdsmodel.core.people.Cpr}, {@link dk.samarbejdsmodel.core.people.PersonName},
 * {@link dk.samarbejdsmodel.core.people.ContactDetails}) that never print themselves.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.people;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
