/**
 * The interchange format: {@code SamJson} reads and writes the SDK's JSON documents (course, form, checklist,
 * cohort, …), with every error reported at once as a JSON Pointer, a code and Danish and English messages; the
 * Jackson 2 module; the JSON Schemas; format versions and migrations; export views. See docs/format.md.
 */
@NullMarked
package dk.samarbejdsmodel.json;

import org.jspecify.annotations.NullMarked;
