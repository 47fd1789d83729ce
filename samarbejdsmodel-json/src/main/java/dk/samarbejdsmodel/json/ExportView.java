package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Eksportvisning: what a written document shows of the data. The writer encodes the full document and then
 * lets the view transform the JSON tree, so a view may remove fields (team share without CPR numbers) or
 * replace them (pseudonymised: keyed-hash ids, age instead of birth date).
 *
 * <p>This SDK implements {@link #FULL}. The views {@code TEAM_SHARE} and {@code PSEUDONYMISED} of the
 * architecture depend on the consent work and plug in here: an implementation receives the kind and a private
 * copy of the document tree and returns the tree to write.
 *
 * <pre>{@code
 * byte[] all = json.writer().write(DocumentKind.COURSE, course);                       // FULL
 * byte[] shared = json.writer().withView(myTeamShareView).write(DocumentKind.COURSE, course);
 * }</pre>
 */
public interface ExportView {

  /** Fuld: everything, unchanged. */
  ExportView FULL = new ExportView() {
    @Override
    public String name() {
      return "FULL";
    }

    @Override
    public ObjectNode apply(DocumentKind<?> kind, ObjectNode document) {
      return document;
    }
  };

  /** The view's name, such as {@code FULL}. */
  String name();

  /**
   * The document as this view shows it.
   *
   * @param kind the document's kind
   * @param document the full document; the view owns this copy and may change it
   * @return the document to write (may be {@code document} itself)
   */
  ObjectNode apply(DocumentKind<?> kind, ObjectNode document);
}
