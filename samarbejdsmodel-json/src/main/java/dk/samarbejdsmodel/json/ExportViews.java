package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.core.consent.FormShare;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.consent.SharingView;
import dk.samarbejdsmodel.core.consent.Withheld;
import dk.samarbejdsmodel.core.consent.WithheldReason;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.json.internal.ObjectCodec;
import dk.samarbejdsmodel.json.tree.JsonArray;
import dk.samarbejdsmodel.json.tree.JsonObject;
import dk.samarbejdsmodel.json.tree.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Eksportvisninger: the export views a vendor selects when writing, so that a document holds exactly what its
 * recipient may receive.
 *
 * <ul>
 *   <li>{@link #full()} — everything ({@link ExportView#FULL}, the default): for the case system itself and
 *       authorised systems.</li>
 *   <li>{@link #teamShare(Course, Recipient, LocalDate)} — teamdeling: the goal-and-agreement form as one
 *       recipient may receive it on a date under the course's consents (built by the consent package's
 *       {@link SharingView}). Never the CPR number (S0 §6.4); a goal, agreement or the wishes only when consent
 *       covers every category; and every withheld item listed, with its reason, in the document's extension
 *       {@value #SHARING_EXTENSION} — so a strict reader still accepts the document.</li>
 *   <li>{@link #pseudonymised(Pseudonymiser, LocalDate)} — for evaluators: a {@code cohort} is written as a
 *       {@code pseudonymised-cohort} document of {@code CohortRecord}s with HMAC-SHA256 pseudonyms, ages instead
 *       of the birth date, and no names, contact details or free text.</li>
 * </ul>
 *
 * <pre>{@code
 * SamJson json = SamJson.defaults();
 * Recipient uu = Recipient.of(course, "p-uu");
 * byte[] toUu = json.writer().withView(ExportViews.teamShare(course, uu, LocalDate.of(2025, 6, 10)))
 *     .write(DocumentKind.GOAL_AGREEMENT_FORM, form);        // or write(DocumentKind.COURSE, course): its current form
 *
 * byte[] extract = json.writer().withView(ExportViews.pseudonymised(Pseudonymiser.withKey(key), asOf))
 *     .write(DocumentKind.COHORT, cohort);                   // a pseudonymised-cohort document
 * }</pre>
 *
 * <p>The views hold the course (team share) or the key (pseudonymised) but print neither: their
 * {@code toString()} shows only the view's name, ids and dates. They are immutable and thread-safe.
 */
public final class ExportViews {

  /** The extension key under which a team share lists its recipient, date, permitted categories and withheld items. */
  public static final String SHARING_EXTENSION = "dk.samarbejdsmodel:sharing";

  private ExportViews() {}

  /** Fuld: everything, unchanged ({@link ExportView#FULL}). */
  public static ExportView full() {
    return ExportView.FULL;
  }

  /**
   * Teamdeling: the team share of the course's goal-and-agreement form for a recipient on a date.
   *
   * <p>Writing a {@code goal-agreement-form} (one of the course's revisions) writes its share; writing the
   * {@code course} itself writes the share of its latest form revision on the date (a course share is not a valid
   * {@code course} document — it has no birth date — so the form is what is sent to the team). Either way the
   * result is a {@code goal-agreement-form} document. Vendor extensions and kept unknown fields of the source are
   * not carried into the share (they are listed as withheld under the path {@code extensions}).
   *
   * @throws IllegalArgumentException (when writing) for another kind, another course, a form that is not one of
   *     the course's revisions, or a course without a form on the date
   */
  public static ExportView teamShare(Course course, Recipient recipient, LocalDate date) {
    return new TeamShare(Objects.requireNonNull(course, "course"), Objects.requireNonNull(recipient, "recipient"),
        Objects.requireNonNull(date, "date"));
  }

  /**
   * Pseudonymiseret: writes a {@code cohort} as a {@code pseudonymised-cohort} document as of {@code asOf} (courses
   * started after {@code asOf} are not in the extract); a {@code pseudonymised-cohort} with the same
   * {@code asOf} is written as it is. Vendor extensions and unknown fields are never carried over.
   *
   * @throws IllegalArgumentException (when writing) for any other kind, or a pseudonymised cohort of another date
   */
  public static ExportView pseudonymised(Pseudonymiser pseudonymiser, LocalDate asOf) {
    return new Pseudonymised(Objects.requireNonNull(pseudonymiser, "pseudonymiser"), Objects.requireNonNull(asOf, "asOf"));
  }

  /** The sharing note written under {@value #SHARING_EXTENSION}. */
  static JsonObject sharingNote(FormShare share, Collection<Withheld> withheld) {
    JsonObject.Builder note = JsonObject.builder();
    note.put("view", "TEAM_SHARE");
    JsonObject.Builder recipient = JsonObject.builder();
    share.recipient().organisationId().ifPresent(o -> recipient.put("organisationId", o));
    share.recipient().professionalId().ifPresent(p -> recipient.put("professionalId", p));
    note.put("recipient", recipient.build());
    note.put("date", share.date().toString());
    note.put("permittedCategories", codes(share.permittedCategories()));
    List<JsonValue> list = new ArrayList<>();
    for (Withheld w : withheld) {
      JsonObject.Builder item = JsonObject.builder();
      item.put("path", w.path());
      item.put("reason", w.reason().name());
      if (!w.categories().isEmpty()) {
        item.put("categories", codes(w.categories()));
      }
      w.consentReason().ifPresent(r -> item.put("consentReason", r.name()));
      list.add(item.build());
    }
    note.put("withheld", new JsonArray(list));
    return note.build();
  }

  private static JsonArray codes(Collection<InformationCategory> categories) {
    return new JsonArray(categories.stream().map(InformationCategory::code).sorted()
        .map(c -> (JsonValue) JsonValue.of(c)).toList());
  }

  /** The team-share view. */
  private static final class TeamShare implements ExportView {
    private final Course course;
    private final Recipient recipient;
    private final LocalDate date;

    TeamShare(Course course, Recipient recipient, LocalDate date) {
      this.course = course;
      this.recipient = recipient;
      this.date = date;
    }

    @Override
    public String name() {
      return "TEAM_SHARE";
    }

    @Override
    public JsonObject apply(DocumentKind<?> kind, JsonObject document) {
      throw new UnsupportedOperationException(
          "the TEAM_SHARE view is computed from the course's consents; write the value with DocumentWriter.withView");
    }

    @Override
    public <T> JsonObject render(DocumentKind<T> kind, T value, Retained retained, DocumentWriter full) {
      GoalAgreementForm form;
      if (kind == DocumentKind.GOAL_AGREEMENT_FORM) {
        form = (GoalAgreementForm) value;
      } else if (kind == DocumentKind.COURSE) {
        if (!course.equals(value)) {
          throw new IllegalArgumentException("this TEAM_SHARE view was made for another course");
        }
        form = course.formOn(date).orElseThrow(() -> new IllegalArgumentException(
            "the course has no goal-and-agreement form on " + date));
      } else {
        throw new IllegalArgumentException("the TEAM_SHARE view writes goal-agreement-form documents (from a form or "
            + "a course), not " + kind.wireName());
      }
      FormShare share = SharingView.form(course, form, recipient, date);
      GoalAgreementForm shared = share.form().orElseGet(() -> GoalAgreementForm.builder().id(form.id())
          .revision(form.revision()).updatedAt(form.updatedAt()).build());
      List<Withheld> withheld = new ArrayList<>(share.withheld());
      if (!retained.isEmpty()) {
        withheld.add(Withheld.of("extensions", WithheldReason.NOT_IN_SHARE));
      }
      JsonObject document = full.toTree(DocumentKind.GOAL_AGREEMENT_FORM, shared, Retained.empty());
      return document.with(ObjectCodec.EXTENSIONS, JsonObject.builder().put(SHARING_EXTENSION,
          sharingNote(share, withheld)).build());
    }

    @Override
    public String toString() {
      return "ExportView[TEAM_SHARE, course " + course.id() + ", " + recipient + ", " + date + "]";
    }
  }

  /** The pseudonymised view. */
  private static final class Pseudonymised implements ExportView {
    private final Pseudonymiser pseudonymiser;
    private final LocalDate asOf;

    Pseudonymised(Pseudonymiser pseudonymiser, LocalDate asOf) {
      this.pseudonymiser = pseudonymiser;
      this.asOf = asOf;
    }

    @Override
    public String name() {
      return "PSEUDONYMISED";
    }

    @Override
    public JsonObject apply(DocumentKind<?> kind, JsonObject document) {
      throw new UnsupportedOperationException(
          "the PSEUDONYMISED view is computed from the cohort; write the value with DocumentWriter.withView");
    }

    @Override
    public <T> JsonObject render(DocumentKind<T> kind, T value, Retained retained, DocumentWriter full) {
      PseudonymisedCohort extract;
      if (kind == DocumentKind.COHORT) {
        extract = PseudonymisedCohort.of((Cohort) value, pseudonymiser, asOf);
      } else if (kind == DocumentKind.PSEUDONYMISED_COHORT) {
        extract = (PseudonymisedCohort) value;
        if (!extract.asOf().equals(asOf)) {
          throw new IllegalArgumentException("the pseudonymised cohort is as of another date than this view");
        }
      } else {
        throw new IllegalArgumentException("the PSEUDONYMISED view writes cohorts as pseudonymised-cohort documents, "
            + "not " + kind.wireName() + " documents");
      }
      return full.toTree(DocumentKind.PSEUDONYMISED_COHORT, extract, Retained.empty());
    }

    @Override
    public String toString() {
      return "ExportView[PSEUDONYMISED, " + pseudonymiser + ", as of " + asOf + "]";
    }
  }
}
