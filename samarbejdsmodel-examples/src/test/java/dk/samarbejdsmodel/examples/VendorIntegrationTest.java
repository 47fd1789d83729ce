package dk.samarbejdsmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.consent.WithheldReason;
import dk.samarbejdsmodel.core.course.CourseState;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.DueItemKind;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the vendor example and checks the form, the Danish findings, the due items and the team share. */
class VendorIntegrationTest {

  @TempDir static Path dir;
  static VendorIntegration.Result result;
  static String printed;

  @BeforeAll
  static void run() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    result = VendorIntegration.run(VendorIntegration.samplePlan(), VendorIntegration.DEFAULT_DATE, dir,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void thePlanBecomesTheFormOnAnActiveCourse() {
    assertEquals(1, result.course().formRevisions().size());
    assertEquals(3, result.course().latestForm().orElseThrow().goals().size());
    assertEquals(5, result.course().latestForm().orElseThrow().agreements().size());
    assertEquals(CourseState.ACTIVE, result.course().state(VendorIntegration.DEFAULT_DATE));
  }

  @Test
  void findingsArePrintedInDanishWithCodeAndRule() {
    // Action 4 ("Gå i seng inden kl. 23") has neither deadline nor follow-up date: R-GOAL-01.
    Finding goal = result.findings().stream().filter(f -> f.ruleId().equals("R-GOAL-01")).findFirst().orElseThrow();
    assertTrue(goal.path().contains("agreements"), goal.path());
    assertTrue(printed.contains(goal.code() + " R-GOAL-01"), printed);
    assertTrue(printed.contains(goal.messageDa()), printed);
    assertFalse(goal.messageDa().equals(goal.messageEn()));
  }

  @Test
  void dueItemsAreSortedAndIncludeTheFixedMeetingAtSeventeenAndAHalf() {
    LocalDate previous = LocalDate.MIN;
    for (DueItem d : result.dueItems()) {
      assertFalse(d.dueDate().isBefore(previous), "sorted by date");
      previous = d.dueDate();
    }
    // Born 15 August 2008: the AFTERCARE fixed meeting at 17½ falls due on 15 February 2026.
    assertTrue(result.dueItems().stream().anyMatch(d -> d.kind() == DueItemKind.FIXED_MEETING
        && d.dueDate().equals(LocalDate.of(2026, 2, 15))), result.dueItems().toString());
    assertTrue(printed.contains("2026-02-15"), printed);
  }

  @Test
  void theTeamShareHoldsOnlyConsentedGoalsNeverTheCprAndListsWhatWasWithheld() throws Exception {
    String json = Files.readString(result.teamShareFile());
    assertFalse(json.contains("150808"), "no CPR number");
    assertFalse(json.contains("4123"), "no CPR number");
    assertTrue(json.contains("\"g1\"") && json.contains("\"g3\""), "education and network goals shared");
    assertFalse(json.contains("psykolog"), "the health goal and its agreements are withheld (no HEALTH consent)");
    assertTrue(result.share().withheld().stream().anyMatch(w -> w.path().equals("goals[g2]")
        && w.reason() == WithheldReason.NOT_COVERED_BY_CONSENT));
    assertTrue(printed.contains("tilbageholdt goals[g2]"), printed);
    // What was written is a valid goal-agreement-form document that says what it withheld, and why.
    var read = SamJson.defaults().reader().read(json, DocumentKind.GOAL_AGREEMENT_FORM);
    assertTrue(read.isValid(), read.errors().toString());
    assertEquals(2, read.orElseThrow().goals().size());
    assertTrue(json.contains("\"dk.samarbejdsmodel:sharing\""), json);
    assertTrue(json.contains("\"goals[g2]\"") && json.contains("NOT_COVERED_BY_CONSENT"), json);
  }

  @Test
  void nothingPersonalIsPrinted() {
    for (String secret : new String[] {"150808", "Sara", "Nielsen", "Mette Holm", "Ali Demir"}) {
      assertFalse(printed.contains(secret), "printed " + secret);
    }
  }
}
