package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.json.tree.JsonObject;

/**
 * Eksportvisning: what a written document shows of the data, chosen when writing with
 * {@link DocumentWriter#withView(ExportView)}. The SDK's views are in {@link ExportViews}:
 * {@link #FULL} (everything), {@link ExportViews#teamShare team share} (what one recipient may receive under
 * consent, never the CPR number, with every withheld item listed) and {@link ExportViews#pseudonymised
 * pseudonymised} (the evaluator's {@code pseudonymised-cohort} document).
 *
 * <p>A view works at one of two levels. A <em>tree view</em> implements {@link #apply}: the writer encodes the
 * full document and the view transforms the JSON tree — the SDK's own immutable {@link JsonObject} (remove or
 * replace fields with {@code without} and {@code with}). A <em>value view</em> also
 * overrides {@link #render}: it receives the value itself and builds the document from it — the SDK's team-share
 * and pseudonymised views do this, because they are computed from the model (consent decisions, pseudonyms),
 * and their {@link #apply} refuses a bare tree rather than pass it through unfiltered.
 *
 * <pre>{@code
 * byte[] all = json.writer().write(DocumentKind.COURSE, course);                              // FULL
 * byte[] shared = json.writer().withView(ExportViews.teamShare(course, recipient, date))
 *     .write(DocumentKind.GOAL_AGREEMENT_FORM, form);
 *
 * ExportView noWishes = new ExportView() {                                                // a tree view
 *   public String name() { return "NO_WISHES"; }
 *   public JsonObject apply(DocumentKind<?> kind, JsonObject document) { return document.without("wishes"); }
 * };
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
    public JsonObject apply(DocumentKind<?> kind, JsonObject document) {
      return document;
    }
  };

  /** The view's name, such as {@code FULL}. */
  String name();

  /**
   * The document as this view shows it.
   *
   * @param kind the document's kind
   * @param document the full document
   * @return the document to write (may be {@code document} itself)
   */
  JsonObject apply(DocumentKind<?> kind, JsonObject document);

  /**
   * The document for a value, as this view writes it. By default the full document (written by {@code full},
   * a writer with the {@link #FULL} view and the same settings) passed through {@link #apply}. A value view
   * overrides this; it may write a different kind than asked for (the pseudonymised view writes a
   * {@code cohort} as a {@code pseudonymised-cohort}), and it decides what happens to the retained data.
   *
   * @param kind the kind the caller asked for
   * @param value the value
   * @param retained extensions and unknown fields read with the value
   * @param full a writer with the {@link #FULL} view, to encode documents with
   * @return the complete document, envelope included
   * @throws IllegalArgumentException if the view cannot show a document of this kind or for this value
   */
  default <T> JsonObject render(DocumentKind<T> kind, T value, Retained retained, DocumentWriter full) {
    return apply(kind, full.toTree(kind, value, retained));
  }
}
