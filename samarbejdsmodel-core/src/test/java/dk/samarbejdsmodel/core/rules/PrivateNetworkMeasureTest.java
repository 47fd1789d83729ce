package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.course.YoungPersonsAdult;
import dk.samarbejdsmodel.core.meeting.ImmutableMeeting;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.Grouped;
import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * O-09 with the young person's adult: a private-network participant only when a private person holds the role
 * (S0 §6.5 pp. 36–37: about half of the adults are professionals). Hand-computed: three courses in one
 * municipality, each with one network meeting — (a) the adult is the UU counsellor (a professional), (b) the adult
 * is the mother (a private person), (c) no adult but the mother attends as parent. Involved: (b) and (c), so
 * 2 of 3 = 67 %; before the correction (a) counted too and the figure was 3 of 3 = 100 %.
 */
class PrivateNetworkMeasureTest {

  static Course withOneMeeting(String id, String adultId, ParticipantRole role, String personId) {
    Course c = Fixtures.aftercare();
    Meeting first = c.networkMeetings().get(0);
    Meeting only = ImmutableMeeting.copyOf(first).withParticipants(List.of(
        MeetingParticipant.of("yp", ParticipantRole.YOUNG_PERSON, true, true),
        MeetingParticipant.of("p-koord", ParticipantRole.COORDINATOR, true, true),
        MeetingParticipant.of(personId, role, true, true)));
    ImmutableCourse b = ImmutableCourse.copyOf(c).withId(id).withFormRevisions(List.of())
        .withMeetings(List.of(only));
    return adultId == null ? b : b.withYoungPersonsAdult(YoungPersonsAdult.of(adultId, Fixtures.START));
  }

  @Test
  void the_young_persons_adult_counts_as_private_network_only_when_a_private_person_holds_the_role() {
    Course professionalAdult = withOneMeeting("c-a", "p-uu", ParticipantRole.YOUNG_PERSONS_ADULT, "p-uu");
    Course privateAdult = withOneMeeting("c-b", "pp-mor", ParticipantRole.YOUNG_PERSONS_ADULT, "pp-mor");
    Course parent = withOneMeeting("c-c", null, ParticipantRole.PARENT_WITH_CUSTODY, "pp-mor");
    List<CohortRecord> records = List.of(CohortRecord.from(professionalAdult, Fixtures.D),
        CohortRecord.from(privateAdult, Fixtures.D), CohortRecord.from(parent, Fixtures.D));

    CohortRecord.ParticipantRecord a = records.get(0).networkMeetings().get(0).participants().get(2);
    assertTrue(a.professional());
    assertFalse(a.privateNetwork());
    assertTrue(records.get(1).networkMeetings().get(0).participants().get(2).privateNetwork());

    Grouped<Share> o09 = Measures.privateNetworkInvolvement().of(records);
    assertEquals(2, o09.total().count());
    assertEquals(3, o09.total().n());
    assertEquals(67, o09.total().percent());
  }
}
