package dk.samarbejdsmodel.validation;

import dk.samarbejdsmodel.json.DocumentKind;

/** The document kinds of {@link ValidDocument @ValidDocument} (annotation attributes cannot hold a {@link DocumentKind}). */
public enum DocumentType {
  /** {@code course}. */
  COURSE(DocumentKind.COURSE),
  /** {@code goal-agreement-form}. */
  GOAL_AGREEMENT_FORM(DocumentKind.GOAL_AGREEMENT_FORM),
  /** {@code meeting-checklist}. */
  MEETING_CHECKLIST(DocumentKind.MEETING_CHECKLIST),
  /** {@code dialogue-response}. */
  DIALOGUE_RESPONSE(DocumentKind.DIALOGUE_RESPONSE),
  /** {@code cohort}. */
  COHORT(DocumentKind.COHORT),
  /** {@code programme}. */
  PROGRAMME(DocumentKind.PROGRAMME),
  /** {@code instrument}. */
  INSTRUMENT(DocumentKind.INSTRUMENT),
  /** {@code pseudonymised-cohort}. */
  PSEUDONYMISED_COHORT(DocumentKind.PSEUDONYMISED_COHORT),
  /** Any kind; the document says which. */
  ANY(null);

  private final DocumentKind<?> kind;

  DocumentType(DocumentKind<?> kind) {
    this.kind = kind;
  }

  /** The SDK kind; {@code null} for {@link #ANY}. */
  public DocumentKind<?> kind() {
    return kind;
  }
}
