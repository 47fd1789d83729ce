/**
 * Intern: the hand-written codecs of the interchange format — one description per core type (field names,
 * JSON types, required/optional, personal-data marks) from which reading, writing and the JSON Schemas are all
 * derived. Not API: use {@link dk.samarbejdsmodel.json.SamJson}.
 */
@Internal
@NullMarked
package dk.samarbejdsmodel.json.internal;

import dk.samarbejdsmodel.core.Internal;
import org.jspecify.annotations.NullMarked;
