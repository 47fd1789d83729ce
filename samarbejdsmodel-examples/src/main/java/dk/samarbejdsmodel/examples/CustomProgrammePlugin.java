package dk.samarbejdsmodel.examples;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Eksempel: a municipality's own programme and life area, found through {@code ServiceLoader} by
 * {@link Catalogue#standard()} — see {@link dk.samarbejdsmodel.examples.plugin.StuPlugin} and
 * {@code META-INF/services/}. Nothing in the SDK changes: the programme is looked up by id in the catalogue, a
 * course is built in it, a dialogue response scores the new life area, and the catalogue labels it; structural
 * validation checks the response against the plugin's instrument.
 *
 * <p>Run: {@code mvn -q -pl samarbejdsmodel-examples exec:java -Dexec.mainClass=dk.samarbejdsmodel.examples.CustomProgrammePlugin}
 */
public final class CustomProgrammePlugin {

  private CustomProgrammePlugin() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}; returns the course it built. */
  public static Course run(PrintStream out) {
    Catalogue catalogue = Catalogue.standard();
    Programme stu = catalogue.programme("dk.aarhus:STU")
        .orElseThrow(() -> new IllegalStateException("the STU plugin is not on the class path"));
    out.println("Programme found through ServiceLoader: " + stu.id() + " — " + stu.nameDa());
    out.println("  ages " + stu.minStartAge().orElseThrow() + "–" + (stu.endBeforeAge().orElseThrow() - 1)
        + ", coordinator title: " + stu.coordinatorTitleDa());
    Instrument form = stu.instruments().get(0);
    out.println("  instrument " + form.id() + " v" + form.version() + " with " + form.dimensions().size()
        + " life areas:");
    for (Dimension d : form.dimensions()) {
      out.println("    " + d.code() + " = " + catalogue.label(LifeArea.of(d.code()), Labels.DANISH)
          + " / " + catalogue.label(LifeArea.of(d.code()), Labels.ENGLISH));
    }

    LocalDate start = LocalDate.of(2026, 8, 10);
    InstrumentResponse.Builder response = InstrumentResponse.builder().id("r1").instrumentId(form.id())
        .instrumentVersion(form.version()).date(start.plusDays(7));
    int score = 2;
    for (Dimension d : form.dimensions()) {
      response.addAnswers(Answer.of(d.code(), score));
      score = score % 5 + 1;
    }
    Course course = Course.builder().id("stu-1").programme(stu).municipality(Municipality.of("751", "Aarhus"))
        .youngPerson(YoungPerson.builder().id("yp-stu-1").birthDate(LocalDate.of(2008, 6, 3)).build())
        .startDate(start)
        .addProfessionals(Professional.builder().id("guide-1").role(ParticipantRole.COORDINATOR)
            .title(stu.coordinatorTitleDa()).build())
        .addCoordinatorAssignments(CoordinatorAssignment.of("guide-1", start))
        .addResponses(response.build())
        .build();
    catalogue.requireFits(course);
    out.println("Course " + course.id() + " in " + course.programme().id() + " with a response scoring "
        + StuPluginLeisure.score(course) + " on " + dk.samarbejdsmodel.examples.plugin.StuPlugin.LEISURE.code());
    return course;
  }

  /** Reads the leisure score of the first response. */
  static final class StuPluginLeisure {
    private StuPluginLeisure() {}

    static int score(Course course) {
      return course.responses().get(0).score(dk.samarbejdsmodel.examples.plugin.StuPlugin.LEISURE.code())
          .orElseThrow();
    }
  }
}
