package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseState;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "Embedding in 15 lines" example, kept compiling and true. Edit both together. */
class ReadmeExampleTest {

  @Test
  void readmeExampleBuildsACourseAndRedactsPersonalData() {
    // --- begin README example ---
    Course course = Course.builder()
        .id("c-1").programme(Programmes.AFTERCARE).municipality(Municipality.of("751", "Aarhus"))
        .youngPerson(YoungPerson.builder().id("yp-1").birthDate(LocalDate.of(2009, 4, 2))
            .cpr(Cpr.parse("020409-4321")).name(PersonName.of("Sara", "Nielsen")).build())
        .startDate(LocalDate.of(2025, 5, 1))
        .addProfessionals(Professional.builder().id("p-1").role(ParticipantRole.COORDINATOR).build())
        .addCoordinatorAssignments(CoordinatorAssignment.of("p-1", LocalDate.of(2025, 5, 1)))
        .build();                                   // structurally invalid input throws, listing every violation
    course = course.recordMeeting(Meeting.builder().id("m-1").kind(MeetingKind.NETWORK)
        .date(LocalDate.of(2025, 6, 2)).nextMeetingDate(LocalDate.of(2025, 8, 25))
        .addParticipants(MeetingParticipant.of("yp-1", ParticipantRole.YOUNG_PERSON, true, true)).build());
    course.state(LocalDate.of(2025, 6, 3));         // STARTING until the first form revision exists
    // --- end README example ---

    assertEquals(CourseState.STARTING, course.state(LocalDate.of(2025, 6, 3)));
    assertEquals(1, course.meetings().size());
    String printed = course.toString();
    for (String secret : new String[] {"020409", "4321", "Sara", "Nielsen", "2009-04-02"}) {
      assertFalse(printed.contains(secret), () -> "toString leaks " + secret);
    }
  }
}
