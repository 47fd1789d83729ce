/**
 * JSON-træer: the SDK's own immutable JSON values — {@link dk.samarbejdsmodel.json.tree.JsonObject},
 * {@link dk.samarbejdsmodel.json.tree.JsonArray}, {@link dk.samarbejdsmodel.json.tree.JsonString},
 * {@link dk.samarbejdsmodel.json.tree.JsonNumber} (an exact {@code BigDecimal}),
 * {@link dk.samarbejdsmodel.json.tree.JsonBoolean} and {@link dk.samarbejdsmodel.json.tree.JsonNull} — used
 * wherever the json module's API hands out or takes a piece of a document: migrations, export views,
 * {@code DocumentWriter.toTree}, the JSON Schemas and retained extensions. No JSON library's types appear in the
 * API; the Jackson modules convert at their edge. See docs/format.md.
 */
@NullMarked
package dk.samarbejdsmodel.json.tree;

import org.jspecify.annotations.NullMarked;
