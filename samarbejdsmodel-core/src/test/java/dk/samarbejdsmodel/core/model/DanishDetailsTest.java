package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samarbejdsmodel.core.Details;
import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import org.junit.jupiter.api.Test;

/** Danish structural messages are Danish throughout: the English explanations are translated, ids kept. */
class DanishDetailsTest {

  @Test
  void danishMessagesHoldNoEnglishExplanation() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> MeetingParticipant.of("p-1", ParticipantRole.COORDINATOR, false, true));
    assertEquals("er inkonsistent: aktiv deltagelse forudsætter fremmøde",
        e.violations().get(0).message(Labels.DANISH));
    assertEquals("is inconsistent: active participation requires attendance",
        e.violations().get(0).message(Labels.ENGLISH));
  }

  @Test
  void explanationsWithIdsKeepTheIds() {
    assertEquals("programmet dk.x:STU har ingen bostøtte", Details.danish("programme dk.x:STU has no housing support"));
    assertEquals("besvarelsen angiver version 2, men instrumentet er version 1",
        Details.danish("response pins version 2 but the instrument is version 1"));
    assertEquals("a plugin's own text", Details.danish("a plugin's own text"));
  }
}
