package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.json.tree.JsonObject;

/**
 * Migrering: a pure function that turns a document of one format version into the next version, on the JSON
 * tree — the SDK's own immutable {@link JsonObject}, so a migration depends on no JSON library. The reader chains
 * migrations until it reaches a readable version, then reads the result as usual.
 *
 * <p>Implementations must be pure: they must not do I/O and must give the same output for the same input (the
 * tree cannot be changed in place; {@code with}, {@code without} and {@code renamed} return new objects). Register one with
 * {@code META-INF/services/dk.samarbejdsmodel.json.Migration} or {@link SamJson.Builder#addMigration}. The SDK
 * ships one worked migration, from the 0.9 draft to 1.0 (see docs/format.md).
 *
 * <pre>{@code
 * public final class V1ToV2 implements Migration {
 *   public FormatVersion from() { return new FormatVersion(1, 0); }
 *   public FormatVersion to() { return new FormatVersion(2, 0); }
 *   public JsonObject migrate(JsonObject doc) {
 *     return doc.with("schemaVersion", "2.0").renamed("caseWorker", "caseworker");
 *   }
 * }
 * }</pre>
 */
public interface Migration {

  /** The version this migration reads. */
  FormatVersion from();

  /** The version this migration produces; greater than {@link #from()}. */
  FormatVersion to();

  /**
   * The document migrated to {@link #to()}, including its {@code schemaVersion}.
   *
   * @param document a document of version {@link #from()}
   * @return the migrated document
   * @throws IllegalArgumentException if the document cannot be migrated (reported as
   *     {@link ErrorCode#MIGRATION_FAILED})
   */
  JsonObject migrate(JsonObject document);

  /**
   * Where an error found in the migrated document lies in the document as it was sent, so that every error a
   * reader reports points into what the sender wrote. The default keeps the pointer (a migration that only adds
   * or changes values); a migration that renames or moves fields maps their pointers back.
   *
   * @param migratedPointer a JSON Pointer into {@code migrate(source)}
   * @param source the document as it was before this migration
   * @return a JSON Pointer into {@code source}
   */
  default String sourcePointer(String migratedPointer, JsonObject source) {
    return migratedPointer;
  }
}
