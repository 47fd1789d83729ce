package dk.samarbejdsmodel.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Redaction;
import dk.samarbejdsmodel.core.consent.ConsentDecision;
import dk.samarbejdsmodel.core.consent.ConsentEvaluator;
import dk.samarbejdsmodel.core.consent.ConsentReason;
import dk.samarbejdsmodel.core.consent.CourseShare;
import dk.samarbejdsmodel.core.consent.FormShare;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.consent.SharingCategories;
import dk.samarbejdsmodel.core.consent.SharingView;
import dk.samarbejdsmodel.core.consent.Withheld;
import dk.samarbejdsmodel.core.consent.WithheldReason;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.CourseStateException;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.course.TeamMembership;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.testkit.PersonalData;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The personal-data scan: exercises every public operation of the course aggregate, the CPR type and the
 * consent package on generated courses holding known CPR numbers, names, contact details and birth dates —
 * including hostile input (a CPR number used as an id, typed into free text, or parsed with a typo) — while
 * capturing {@code System.out}, {@code System.err} and every {@code java.util.logging} record at every level.
 * It fails if any personal-data string appears in the captured output, in any {@code toString()}, or in any
 * exception message (with its causes), and it fails if a public method of the scanned types was not exercised.
 */
class PersonalDataScanTest {

  /** The types whose every public method must be exercised. */
  static final List<Class<?>> SCANNED = List.of(Course.class, Cpr.class, ConsentEvaluator.class, ConsentDecision.class,
      Recipient.class, SharingView.class, CourseShare.class, FormShare.class, Withheld.class, SharingCategories.class,
      Redaction.class);

  final Set<String> texts = new LinkedHashSet<>();
  String lastText = "";
  final Set<String> exercised = new TreeSet<>();

  // ------------------------------------------------------------ capture

  /** Captured console and log output of an action. */
  static String captured(Runnable action) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Logger root = LogManager.getLogManager().getLogger("");
    Level level = root.getLevel();
    StringBuilder logs = new StringBuilder();
    SimpleFormatter formatter = new SimpleFormatter();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        synchronized (logs) {
          logs.append(formatter.format(r));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setLevel(Level.ALL);
    try {
      System.setOut(capture);
      System.setErr(capture);
      root.setLevel(Level.ALL);
      root.addHandler(handler);
      action.run();
    } finally {
      root.removeHandler(handler);
      root.setLevel(level);
      System.setOut(out);
      System.setErr(err);
    }
    return buf.toString(StandardCharsets.UTF_8) + logs;
  }

  // ------------------------------------------------------------ recording

  void record(String name, Supplier<?> call) {
    exercised.add(name);
    try {
      Object result = call.get();
      lastText = String.valueOf(result);
      texts.add(lastText);
    } catch (RuntimeException e) {
      recordException(e);
    }
  }

  void recordException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      lastText = String.valueOf(t.getMessage());
      texts.add(lastText);
      texts.add(t.toString());
      if (t instanceof CourseStateException cse) {
        texts.add(cse.message(Labels.DANISH));
        texts.add(cse.message(Labels.ENGLISH));
      }
      if (t instanceof dk.samarbejdsmodel.core.StructuralViolationException sve) {
        sve.violations().forEach(v -> {
          texts.add(v.toString());
          texts.add(v.message(Labels.DANISH));
        });
      }
    }
  }

  /** Every public no-argument method of every SDK object reachable from the root, results and exceptions recorded. */
  void walk(Object root) {
    walk(root, new IdentityHashMap<>());
  }

  private void walk(Object o, Map<Object, Boolean> seen) {
    if (o == null || seen.put(o, Boolean.TRUE) != null) {
      return;
    }
    if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> walk(x, seen));
      return;
    }
    if (o instanceof Collection<?> col) {
      col.forEach(x -> walk(x, seen));
      return;
    }
    if (o instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        walk(k, seen);
        walk(v, seen);
      });
      return;
    }
    // plain values (strings, dates) returned by accessors are the data itself, not output; SDK objects print
    if (!o.getClass().getName().startsWith("dk.samarbejdsmodel.core")) {
      return;
    }
    texts.add(String.valueOf(o));
    if (o.getClass().isEnum()) {
      return;
    }
    for (Method m : o.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
          || m.getName().matches("with[A-Z].*") || m.getName().equals("builder")) {
        continue;
      }
      exercised.add(m.getDeclaringClass().getSimpleName().replaceFirst("^Immutable", "") + "." + m.getName());
      Object result;
      try {
        result = m.invoke(o);
      } catch (InvocationTargetException e) {
        recordException(e.getCause());
        continue;
      } catch (ReflectiveOperationException e) {
        continue;
      }
      walk(result, seen);
    }
  }

  // ------------------------------------------------------------ the exercise

  void exercise(Course c) {
    LocalDate start = c.startDate();
    LocalDate eighteen = c.youngPerson().dateAtAge(Period.ofYears(18));
    List<LocalDate> dates = List.of(start.plusMonths(7), eighteen.minusDays(1), eighteen);
    String cpr = c.youngPerson().cpr().map(Cpr::value).orElse("0101014321");
    String cprHyphen = cpr.substring(0, 6) + "-" + cpr.substring(6);
    String name = c.youngPerson().name().map(PersonName::fullName).orElse("Valdemarine Abildtrup");

    walk(c);

    // queries
    for (LocalDate d : dates) {
      record("Course.state", () -> c.state(d));
      record("Course.ageOn", () -> c.ageOn(d));
      record("Course.coordinatorOn", () -> c.coordinatorOn(d));
      record("Course.formOn", () -> c.formOn(d));
    }
    c.professionals().forEach(p -> record("Course.professional", () -> c.professional(p.id())));
    c.privatePersons().forEach(p -> record("Course.privatePerson", () -> c.privatePerson(p.id())));
    record("Course.professional", () -> c.professional(cprHyphen));
    record("Course.privatePerson", () -> c.privatePerson(cpr));
    c.responses().forEach(r -> record("Course.instrumentFor", () -> c.instrumentFor(r)));
    record("Course.responsesTo", () -> c.responsesTo("DIALOGUE_FORM"));
    record("Course.responsesTo", () -> c.responsesTo(cpr));

    // updates, valid and refused, with hostile input: CPR numbers as ids, in free text
    LocalDate late = c.end().map(e -> e.date().plusDays(10)).orElse(start.plusYears(4));
    record("Course.recordMeeting", () -> c.recordMeeting(Meeting.builder().id("scan-m").kind(MeetingKind.NETWORK)
        .date(late).addParticipants(MeetingParticipant.of(c.youngPerson().id(), ParticipantRole.YOUNG_PERSON, true,
            true)).build()));
    record("Course.recordMeeting", () -> c.recordMeeting(Meeting.builder().id(cprHyphen).kind(MeetingKind.NETWORK)
        .date(start).build()));
    record("Course.recordMeeting", () -> c.recordMeeting(Meeting.builder().id("scan-m2").kind(MeetingKind.NETWORK)
        .date(start).addParticipants(MeetingParticipant.of(cpr, ParticipantRole.YOUNG_PERSON, true, true)).build()));
    c.latestForm().ifPresent(f -> {
      record("Course.reviseForm", () -> c.reviseForm(f.nextRevision(late).wishes("Mit cpr er " + cprHyphen).build()));
      record("Course.reviseForm", () -> c.reviseForm(f));
    });
    record("Course.recordChecklist", () -> c.recordChecklist(MeetingChecklist.builder().id("scan-cl")
        .meetingId(cprHyphen).date(start).build()));
    record("Course.recordChecklist", () -> c.recordChecklist(MeetingChecklist.builder().id("scan-cl2")
        .meetingId("unknown-meeting").date(late).build()));
    record("Course.recordResponse", () -> c.recordResponse(InstrumentResponse.builder().id("scan-r")
        .instrumentId("DIALOGUE_FORM").instrumentVersion(99).date(late).note(name + " " + cpr).build()));
    record("Course.registerStatus", () -> c.registerStatus(StatusRegistration.builder().date(late)
        .education(EducationStatus.notInEducation()).build()));
    record("Course.registerStatus", () -> c.registerStatus(StatusRegistration.builder().date(start.minusYears(1))
        .education(EducationStatus.notInEducation()).build()));
    record("Course.addConsent", () -> c.addConsent(Consent.builder().id("scan-k").givenAt(late).validFrom(late)
        .addSignatories(Signatory.of(SignatoryKind.CUSTODY_HOLDER, cprHyphen))
        .addParties(ConsentParty.professional(cpr)).addCategories(InformationCategory.HEALTH)
        .purpose("Samtykke fra " + name + ", cpr " + cprHyphen).build()));
    record("Course.withdrawConsent", () -> c.withdrawConsent(cprHyphen, late));
    record("Course.withdrawConsent", () -> c.withdrawConsent(cpr, late));
    c.consents().forEach(k -> {
      record("Course.withdrawConsent", () -> c.withdrawConsent(k.id(), k.givenAt().minusDays(1)));
      record("Course.withdrawConsent", () -> c.withdrawConsent(k.id(), k.givenAt().plusDays(3)));
    });
    record("Course.assignCoordinator", () -> c.assignCoordinator(cprHyphen, start.plusMonths(2)));
    record("Course.assignCoordinator", () -> c.assignCoordinator(c.professionals().get(0).id(), start.minusYears(1)));
    record("Course.addTeamMember", () -> c.addTeamMember(TeamMembership.of(cpr, ParticipantRole.UU_COUNSELLOR,
        start.plusDays(1))));
    record("Course.end", () -> c.end(CourseEnd.builder().date(start).kind(EndKind.PLANNED).build()));
    record("Course.end", () -> c.end(CourseEnd.builder().date(late.plusYears(1)).kind(EndKind.PLANNED).build()));
    record("Course.end", () -> c.end(CourseEnd.builder().date(late).kind(EndKind.PLANNED).build())
        .end(CourseEnd.builder().date(late).kind(EndKind.PLANNED).build()));

    // building values from personal data that do not fit
    record("YoungPerson.build", () -> YoungPerson.builder().id(cpr).birthDate(c.youngPerson().birthDate().plusDays(1))
        .cpr(Cpr.parse(cpr)).name(PersonName.of(name, name)).build());
    record("PersonName.of", () -> PersonName.of(name.repeat(20), ""));
    record("Professional.build", () -> Professional.builder().id(cprHyphen).role(ParticipantRole.COORDINATOR)
        .title(" ").name(PersonName.of(name, "")).build());
    record("PrivatePerson.build", () -> PrivatePerson.builder().id(" ").role(ParticipantRole.PARENT_WITH_CUSTODY)
        .relation(name).build());

    // CPR
    record("Cpr.parse", () -> Cpr.parse(cprHyphen));
    record("Cpr.parse", () -> Cpr.parse("99" + cpr.substring(2)));
    record("Cpr.parse", () -> Cpr.parse(cpr + "0"));
    record("Cpr.parse", () -> Cpr.parse(cpr.substring(0, 9) + "x"));
    record("Cpr.isValid", () -> Cpr.isValid(cpr));
    Cpr parsed = Cpr.parse(cpr);
    walk(parsed);
    record("Cpr.equals", () -> parsed.equals(Cpr.parse(cprHyphen)));
    record("Cpr.hashCode", parsed::hashCode);
    record("Cpr.toString", parsed::toString);

    // consent evaluation and sharing for every recipient, category and date
    List<Recipient> recipients = new ArrayList<>();
    c.professionals().forEach(p -> recipients.add(Recipient.of(c, p.id())));
    c.organisations().forEach(o -> recipients.add(Recipient.organisation(o.id())));
    recipients.add(Recipient.professional(c.professionals().get(0).id()));
    record("Recipient.of", () -> Recipient.of(c, cprHyphen));
    record("Recipient.organisation", () -> Recipient.organisation(cpr));
    record("Recipient.professional", () -> Recipient.professional(cprHyphen, "org"));
    record("Recipient.professional", () -> Recipient.professional(cprHyphen));
    record("Recipient.builder", () -> Recipient.builder().build());
    for (Recipient r : recipients) {
      for (Consent k : c.consents()) {
        k.parties().forEach(p -> record("Recipient.isCoveredBy", () -> r.isCoveredBy(p)));
      }
      for (LocalDate d : dates) {
        for (InformationCategory cat : InformationCategory.builtIns()) {
          record("ConsentEvaluator.evaluate", () -> ConsentEvaluator.evaluate(c, r, cat, d));
          record("ConsentEvaluator.evaluate", () -> ConsentEvaluator.evaluate(c.programme().consentPolicy(),
              c.youngPerson().birthDate(), c.consents(), r, cat, d));
        }
        // every share prints; the first and last recipient's shares are also walked through all accessors
        boolean deep = d.equals(dates.get(0)) && (r == recipients.get(0) || r == recipients.get(recipients.size() - 1));
        CourseShare share = SharingView.course(c, r, d);
        exercised.add("SharingView.course");
        texts.add(share.toString());
        if (deep) {
          walk(share);
        }
        for (GoalAgreementForm f : c.formRevisions().isEmpty() ? List.<GoalAgreementForm>of()
            : List.of(c.formRevisions().get(0), c.formRevisions().get(c.formRevisions().size() - 1))) {
          FormShare viaView = SharingView.form(c, f, r, d);
          FormShare team = FormShare.teamShare(c, f, r, d);
          exercised.add("SharingView.form");
          exercised.add("FormShare.teamShare");
          texts.add(viaView.toString());
          texts.add(team.toString());
          if (deep) {
            walk(team);
          }
        }
      }
    }
    c.latestForm().ifPresent(f -> record("SharingView.form", () -> SharingView.form(c,
        f.nextRevision(late).wishes(cprHyphen).build(), recipients.get(0), late)));
    record("ConsentDecision.builder", () -> ConsentDecision.builder().recipient(recipients.get(0))
        .category(InformationCategory.HEALTH).date(start).reason(ConsentReason.PERMITTED).build());
    record("Withheld.of", () -> Withheld.of(cprHyphen, WithheldReason.CPR_NUMBER));
    record("Withheld.builder", () -> Withheld.builder().path(" ").reason(WithheldReason.NOT_COVERED_BY_CONSENT).build());
    LifeArea.builtIns().forEach(a -> record("SharingCategories.forLifeArea", () -> SharingCategories.forLifeArea(a)));
    record("Redaction.maskCprLike", () -> Redaction.maskCprLike("note " + cprHyphen));
    record("Redaction.containsCprLike", () -> Redaction.containsCprLike(cpr));
    record("Course.builder", () -> Course.builder().from(c).id(cprHyphen).build());
    record("CourseShare.builder", () -> CourseShare.builder().build());
    record("FormShare.builder", () -> FormShare.builder().build());
    for (ConsentReason reason : ConsentReason.values()) {
      texts.add(Labels.label(reason, Labels.DANISH));
    }
  }

  /** The personal-data strings of a course: CPR numbers, names, contact details — and the birth date. */
  static Set<String> secrets(Course c) {
    Set<String> s = new LinkedHashSet<>(PersonalData.of(c));
    s.add(c.youngPerson().birthDate().toString());
    return s;
  }

  @Test
  void no_personal_data_in_output_logs_toString_or_exception_messages() {
    List<Course> courses = RandomCourses.courses(20261130L, 6);
    Set<String> secrets = new LinkedHashSet<>();
    courses.forEach(c -> secrets.addAll(secrets(c)));
    String console = captured(() -> courses.forEach(this::exercise));
    PersonalData.assertNoneIn(console, secrets);
    assertTrue(texts.size() > 2_000, () -> "the scan looked at " + texts.size() + " texts");
    for (String text : texts) {
      for (String secret : secrets) {
        if (text.contains(secret)) {
          throw new AssertionError("personal data leaked into: " + text.replace(secret, "<PERSONAL DATA>"));
        }
      }
      // numbers such as hash codes may have ten digits; anything else CPR-like is a leak
      assertFalse(!text.matches("-?\\d+") && Redaction.containsCprLike(text),
          () -> "CPR-like text in " + text.replaceAll("\\d", "#"));
    }
  }

  @Test
  void every_public_method_of_the_scanned_types_is_exercised() {
    exercise(RandomCourses.course(3L));
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : SCANNED) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
          String n = type.getSimpleName() + "." + m.getName();
          if (!exercised.contains(n)) {
            missing.add(n);
          }
        }
      }
    }
    assertEquals(Set.of(), missing, "public methods not exercised by the scan");
  }

  @Test
  void the_scan_detects_a_leak_on_the_console_in_a_log_record_or_in_a_message() {
    Course c = RandomCourses.course(5L);
    Set<String> secrets = secrets(c);
    String cpr = c.youngPerson().cpr().orElseThrow().value();
    String name = c.youngPerson().name().orElseThrow().familyName();
    String console = captured(() -> System.out.println("leak " + cpr));
    assertThrows(AssertionError.class, () -> PersonalData.assertNoneIn(console, secrets));
    String err = captured(() -> System.err.println(name));
    assertThrows(AssertionError.class, () -> PersonalData.assertNoneIn(err, secrets));
    String log = captured(() -> Logger.getLogger("vendor").finest("about " + name));
    assertThrows(AssertionError.class, () -> PersonalData.assertNoneIn(log, secrets));
    String birth = captured(() -> System.out.println(c.youngPerson().birthDate()));
    assertThrows(AssertionError.class, () -> PersonalData.assertNoneIn(birth, secrets));
    record("leak", () -> {
      throw new IllegalStateException("no " + name);
    });
    assertThrows(AssertionError.class, () -> PersonalData.assertNoneIn(lastText, secrets));
  }

  @Test
  void exception_messages_mask_cpr_like_text() {
    Course c = RandomCourses.course(9L);
    String cpr = c.youngPerson().cpr().orElseThrow().value();
    CourseStateException e = assertThrows(CourseStateException.class, () -> c.withdrawConsent(cpr, c.startDate()));
    assertFalse(e.getMessage().contains(cpr));
    assertTrue(e.getMessage().contains(Redaction.CPR_MASK));
    assertFalse(e.message(Labels.DANISH).contains(cpr));
    dk.samarbejdsmodel.core.Violation v = new dk.samarbejdsmodel.core.Violation("x[" + cpr + "]",
        dk.samarbejdsmodel.core.StructuralCode.UNKNOWN_REFERENCE, List.of(cpr.substring(0, 6) + " " + cpr.substring(6)));
    assertFalse(v.toString().contains(cpr.substring(6)), v.toString());
    assertEquals(Arrays.asList("a ******-**** b", null), Arrays.asList(Redaction.maskCprLike("a " + cpr + " b"),
        Redaction.maskCprLike(null)));
    assertEquals(Set.of("ok"), Set.of(Redaction.maskCprLike("ok")).stream().collect(Collectors.toSet()));
  }
}
