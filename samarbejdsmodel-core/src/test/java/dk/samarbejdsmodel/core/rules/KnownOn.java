package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import java.time.LocalDate;
import java.util.Optional;

/** A course as it was known on a date: nothing recorded after the date (meetings, forms, consents, the end …). */
final class KnownOn {

  private KnownOn() {}

  static Course course(Course c, LocalDate d) {
    return ImmutableCourse.builder().from(c)
        .meetings(c.meetings().stream().filter(m -> !m.date().isAfter(d)).toList())
        .formRevisions(c.formRevisions().stream().filter(f -> !f.updatedAt().isAfter(d)).toList())
        .checklists(c.checklists().stream().filter(x -> !x.date().isAfter(d)).toList())
        .responses(c.responses().stream().filter(x -> !x.date().isAfter(d)).toList())
        .statusRegistrations(c.statusRegistrations().stream().filter(x -> !x.date().isAfter(d)).toList())
        .consents(c.consents().stream().filter(x -> !x.givenAt().isAfter(d)).toList())
        .teamMemberships(c.teamMemberships().stream().filter(x -> !x.from().isAfter(d)).toList())
        .startUpSteps(c.startUpSteps().stream().filter(x -> !x.date().isAfter(d)).toList())
        .networkCard(c.networkCard().filter(x -> !x.madeAt().isAfter(d)))
        .networkOverview(c.networkOverview().filter(x -> !x.updatedAt().isAfter(d)))
        .interventionOverview(c.interventionOverview().filter(x -> !x.updatedAt().isAfter(d)))
        .youngPersonsAdult(c.youngPersonsAdult().filter(x -> !x.from().isAfter(d)))
        .end(c.end().filter(e -> !e.date().isAfter(d)).map(Optional::of).orElse(Optional.empty()))
        .build();
  }
}
