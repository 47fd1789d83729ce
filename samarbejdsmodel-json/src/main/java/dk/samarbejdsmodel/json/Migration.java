package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Migrering: a pure function that turns a document of one format version into the next version, on the JSON
 * tree. The reader chains migrations until it reaches a readable version, then reads the result as usual.
 *
 * <p>Implementations must be pure: they must not change their argument (the reader passes a copy anyway), must
 * not do I/O and must give the same output for the same input. Register one with
 * {@code META-INF/services/dk.samarbejdsmodel.json.Migration} or {@link SamJson.Builder#addMigration}. The SDK
 * ships one worked migration, from the 0.9 draft to 1.0 (see docs/format.md).
 *
 * <pre>{@code
 * public final class V1ToV2 implements Migration {
 *   public FormatVersion from() { return new FormatVersion(1, 0); }
 *   public FormatVersion to() { return new FormatVersion(2, 0); }
 *   public ObjectNode migrate(ObjectNode doc) {
 *     ObjectNode out = doc.deepCopy();
 *     out.put("schemaVersion", "2.0");
 *     return out;
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
   * @param document a document of version {@link #from()}; not changed
   * @return a new tree
   * @throws IllegalArgumentException if the document cannot be migrated (reported as
   *     {@link ErrorCode#MIGRATION_FAILED})
   */
  ObjectNode migrate(ObjectNode document);

  /**
   * Where an error found in the migrated document lies in the document as it was sent, so that every error a
   * reader reports points into what the sender wrote. The default keeps the pointer (a migration that only adds
   * or changes values); a migration that renames or moves fields maps their pointers back.
   *
   * @param migratedPointer a JSON Pointer into {@code migrate(source)}
   * @param source the document as it was before this migration; not changed
   * @return a JSON Pointer into {@code source}
   */
  default String sourcePointer(String migratedPointer, ObjectNode source) {
    return migratedPointer;
  }
}
