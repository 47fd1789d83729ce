package dk.samarbejdsmodel.examples;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.consent.FormShare;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.consent.SharingView;
import dk.samarbejdsmodel.core.consent.Withheld;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.Organisation;
import dk.samarbejdsmodel.core.people.OrganisationSector;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.DueItems;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import dk.samarbejdsmodel.examples.vendor.Handleplan;
import dk.samarbejdsmodel.examples.vendor.HandleplanMapper;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ExportViews;
import dk.samarbejdsmodel.json.SamJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Leverandørintegration — what a case-system vendor does with the SDK, end to end.
 *
 * <ol>
 *   <li>take the vendor's own plan record (an ICS-style {@link Handleplan} under SEL § 140) and map it onto the
 *       goal-and-agreement form ({@link HandleplanMapper});</li>
 *   <li>put it on the young person's course — structurally invalid input is refused with every violation,
 *       in Danish;</li>
 *   <li>evaluate the rules and print the findings in Danish, most severe first;</li>
 *   <li>list the due items — what must happen next, and by when;</li>
 *   <li>write the team-share JSON of the form for one recipient (the job-centre consultant): only what the
 *       consents allow, never the CPR number, with what was withheld listed.</li>
 * </ol>
 *
 * <pre>
 * java dk.samarbejdsmodel.examples.VendorIntegration [--out DIR] [--date YYYY-MM-DD]
 * </pre>
 *
 * <p>The example is deterministic: the plan, the course and the evaluation date are fixed (the date can be
 * given), so its output can be compared run to run.
 */
public final class VendorIntegration {

  /** The evaluation date used when none is given. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 12, 1);

  private static final Locale DA = Labels.DANISH;

  private VendorIntegration() {}

  /** Runs the example; see the class comment. */
  public static void main(String[] args) {
    Path out = Path.of("vendor-out");
    LocalDate date = DEFAULT_DATE;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else if (args[i].equals("--date") && i + 1 < args.length) {
        date = LocalDate.parse(args[++i]);
      } else {
        System.err.println("usage: VendorIntegration [--out DIR] [--date YYYY-MM-DD]");
        System.exit(2);
      }
    }
    try {
      run(samplePlan(), date, out, System.out);
    } catch (IOException e) {
      System.err.println("error: cannot write to " + out + ": " + e.getClass().getSimpleName());
      System.exit(1);
    } catch (StructuralViolationException e) {
      System.exit(2); // the violations have been printed in Danish by run
    }
  }

  /**
   * Hvad eksemplet gav — what the run produced, for tests and callers.
   *
   * @param course the course with the plan's form on it
   * @param findings the rule findings at the date
   * @param dueItems the due items at the date
   * @param share the team share for the job-centre consultant
   * @param teamShareFile the JSON file written
   */
  public record Result(Course course, List<Finding> findings, List<DueItem> dueItems, FormShare share,
      Path teamShareFile) {}

  /** Runs the five steps for a plan at a date, printing to {@code out} and writing into {@code outDir}. */
  public static Result run(Handleplan plan, LocalDate date, Path outDir, PrintStream out) throws IOException {
    // 1. The vendor's plan → the SDK's form.
    String youngPersonId = "yp-" + plan.caseId();
    GoalAgreementForm form = HandleplanMapper.toForm(plan, youngPersonId, 1);
    out.printf("1. Handleplan %s (%s): %d mål og %d indsatser → mål- og aftaleskema med %d mål og %d aftaler%n",
        plan.caseId(), plan.legalBasis(), plan.targets().size(), plan.actions().size(), form.goals().size(),
        form.agreements().size());

    // 2. The course, with the form on it. Structural errors would be listed here, in Danish.
    Course course;
    try {
      course = course(plan, youngPersonId).reviseForm(form);
    } catch (StructuralViolationException e) {
      out.println("2. Skemaet kunne ikke lægges på forløbet:");
      for (Violation v : e.violations()) {
        out.println("   " + v.path() + ": " + v.message(DA));
      }
      throw e;
    }
    out.printf("2. Forløb %s (%s) har nu skema-revision %d; tilstand %s%n", course.id(),
        Catalogue.standard().label("Programme", course.programme().id(), DA), form.revision(),
        Labels.label(course.state(date), DA).toLowerCase(DA));

    // 3. Rule findings, in Danish, most severe first.
    List<Finding> findings = Catalogue.standard().evaluator().evaluate(course, date).stream()
        .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::code)).toList();
    out.printf("3. Regeltjek pr. %s: %d fund%n", date, findings.size());
    for (Finding f : findings) {
      out.printf("   %-7s %s %-14s %s%n", Labels.label(f.severity(), DA), f.code(), f.ruleId(), f.message(DA));
    }

    // 4. What is due, and by when.
    List<DueItem> due = DueItems.of(course, date);
    out.printf("4. Det næste, der skal ske (%d):%n", due.size());
    for (DueItem d : due) {
      out.printf("   %s  %-45s %s%n", d.dueDate(), d.kind().label(DA), d.ruleId());
    }

    // 5. The team share of the form for the job-centre consultant.
    String consultant = HandleplanMapper.participantId(plan, ParticipantRole.JOB_CENTRE_CONSULTANT);
    Recipient recipient = Recipient.of(course, consultant);
    FormShare share = SharingView.form(course, form, recipient, date);
    Files.createDirectories(outDir);
    Path file = outDir.resolve("team-share-" + consultant + ".json");
    SamJson json = SamJson.builder().prettyPrint(true).build();
    // The team-share view filters by consent, never writes the CPR number, and lists what it withheld
    // under the document's extensions ("dk.samarbejdsmodel:sharing"), so a strict reader accepts it.
    Files.write(file, json.writer().withView(ExportViews.teamShare(course, recipient, date))
        .write(DocumentKind.GOAL_AGREEMENT_FORM, form));
    out.printf("5. Deling til jobcenterkonsulenten: %d af %d mål delt, %d elementer tilbageholdt → %s%n",
        share.form().map(f -> f.goals().size()).orElse(0), form.goals().size(), share.withheld().size(), file);
    for (Withheld w : share.withheld()) {
      out.printf("   tilbageholdt %-28s %s%n", w.path(), Labels.label(w.reason(), DA));
    }
    return new Result(course, findings, due, share, file);
  }

  /** The course a vendor holds for the plan's young person (an aftercare course under SEL § 140). */
  static Course course(Handleplan plan, String youngPersonId) {
    String c = plan.caseId();
    LocalDate start = plan.planDate().minusWeeks(3);
    String coordinator = HandleplanMapper.participantId(plan, ParticipantRole.COORDINATOR);
    String caseworker = HandleplanMapper.participantId(plan, ParticipantRole.CASEWORKER_CHILDREN_YOUTH);
    String counsellor = HandleplanMapper.participantId(plan, ParticipantRole.UU_COUNSELLOR);
    String consultant = HandleplanMapper.participantId(plan, ParticipantRole.JOB_CENTRE_CONSULTANT);
    String mother = c + "-mother";
    return Course.builder()
        .id("course-" + c)
        .programme(Programmes.AFTERCARE)
        .municipality(Municipality.of("751", "Aarhus"))
        .youngPerson(YoungPerson.builder().id(youngPersonId).birthDate(Cpr.parse(plan.cpr()).birthDate())
            .cpr(Cpr.parse(plan.cpr())).name(PersonName.of(plan.givenName(), plan.familyName())).build())
        .startDate(start)
        .addOrganisations(
            Organisation.builder().id("org-bfu").name("Børne- og Familieafdelingen").sector(OrganisationSector.CHILDREN_AND_FAMILY).build(),
            Organisation.builder().id("org-uu").name("UU Aarhus").sector(OrganisationSector.UU).build(),
            Organisation.builder().id("org-jc").name("Jobcenter Aarhus").sector(OrganisationSector.JOB_CENTRE).build())
        .addProfessionals(
            Professional.builder().id(coordinator).role(ParticipantRole.COORDINATOR).organisationId("org-bfu").build(),
            Professional.builder().id(caseworker).role(ParticipantRole.CASEWORKER_CHILDREN_YOUTH)
                .organisationId("org-bfu").build(),
            Professional.builder().id(counsellor).role(ParticipantRole.UU_COUNSELLOR).organisationId("org-uu").build(),
            Professional.builder().id(consultant).role(ParticipantRole.JOB_CENTRE_CONSULTANT)
                .organisationId("org-jc").build())
        .addPrivatePersons(PrivatePerson.builder().id(mother).role(ParticipantRole.PARENT_WITH_CUSTODY)
            .custodyHolder(true).relation("mor").build())
        .addCoordinatorAssignments(CoordinatorAssignment.of(coordinator, start))
        // Consent for education, employment and social matters — not health — to the three organisations.
        .addConsents(Consent.builder().id("consent-1").givenAt(start).validFrom(start)
            .addSignatories(Signatory.of(SignatoryKind.YOUNG_PERSON, youngPersonId),
                Signatory.of(SignatoryKind.CUSTODY_HOLDER, mother))
            .addParties(ConsentParty.organisation("org-bfu"), ConsentParty.organisation("org-uu"),
                ConsentParty.organisation("org-jc"))
            .addCategories(InformationCategory.EDUCATION, InformationCategory.EMPLOYMENT, InformationCategory.SOCIAL)
            .purpose("Koordinering af indsatsen i Samarbejdsmodellen").build())
        .addMeetings(Meeting.builder().id("m-1").kind(MeetingKind.NETWORK).date(plan.planDate())
            .leaderId(coordinator).nextMeetingDate(plan.planDate().plusWeeks(8))
            .addParticipants(MeetingParticipant.of(youngPersonId, ParticipantRole.YOUNG_PERSON, true, true),
                MeetingParticipant.of(coordinator, ParticipantRole.COORDINATOR, true, true),
                MeetingParticipant.of(mother, ParticipantRole.PARENT_WITH_CUSTODY, true, true),
                MeetingParticipant.of(counsellor, ParticipantRole.UU_COUNSELLOR, true, true),
                MeetingParticipant.of(consultant, ParticipantRole.JOB_CENTRE_CONSULTANT, true, false))
            .build())
        .build();
  }

  /** A DUBU-style plan for a 17-year-old placed young person: school, well-being and network targets. */
  public static Handleplan samplePlan() {
    LocalDate planned = LocalDate.of(2025, 11, 24);
    return new Handleplan("sag4711", "150808-4123", "Sara", "Nielsen", "SEL § 140", planned,
        "Jeg vil gerne i gang med en uddannelse som frisør og have mit eget værelse.",
        List.of(
            new Handleplan.Target(1, "Skoleforhold", "Gennemføre 10. klasse og søge ind på en erhvervsuddannelse",
                LocalDate.of(2026, 6, 30)),
            new Handleplan.Target(2, "Sundhedsforhold", "Bedre søvn og trivsel med støtte fra psykolog",
                LocalDate.of(2026, 3, 31)),
            new Handleplan.Target(3, "Familie og netværk", "Styrke kontakten til morbror", null)),
        List.of(
            new Handleplan.Action(1, "Ansøgning til EUD via optagelse.dk", "UU-vejleder", "Mette Holm",
                LocalDate.of(2026, 3, 1)),
            new Handleplan.Action(1, "Afklare praktikplads", "Jobcenterkonsulent", "Ali Demir",
                LocalDate.of(2026, 2, 1)),
            new Handleplan.Action(2, "Henvisning til psykolog", "Sagsbehandler", "Lone Berg",
                LocalDate.of(2025, 12, 15)),
            new Handleplan.Action(2, "Gå i seng inden kl. 23 på hverdage", "Den unge", null, null),
            new Handleplan.Action(3, "Invitere morbror til næste netværksmøde", "Koordinator", "Sofie Lund",
                LocalDate.of(2026, 1, 15))));
  }
}
