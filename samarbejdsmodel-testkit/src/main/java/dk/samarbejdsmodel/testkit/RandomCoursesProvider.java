package dk.samarbejdsmodel.testkit;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.programme.Programme;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The {@link ArgumentsProvider} behind {@link RandomCoursesSource}: one argument per course, named
 * {@code seed=N}. Usable on its own with {@code @ArgumentsSource(RandomCoursesProvider.class)} (20 courses from
 * seed 1, any built-in programme). Needs JUnit Jupiter 5.13 or newer (JUnit 6 included).
 */
public final class RandomCoursesProvider implements ArgumentsProvider, AnnotationConsumer<RandomCoursesSource> {

  private int count = 20;
  private long seed = 1L;
  private Optional<Programme> programme = Optional.empty();

  /** Creates a provider with the defaults; JUnit configures it from the annotation. */
  public RandomCoursesProvider() {
    // configured by accept
  }

  @Override
  public void accept(RandomCoursesSource source) {
    if (source.count() < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    this.count = source.count();
    this.seed = source.seed();
    this.programme = source.programme().isEmpty() ? Optional.empty()
        : Optional.of(Catalogue.builtIn().programme(source.programme()).orElseThrow(() ->
            new IllegalArgumentException("not a built-in programme: " + source.programme())));
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    return LongStream.range(0, count).map(i -> seed + i).mapToObj(s -> {
      Course c = programme.map(p -> RandomCourses.course(s, p)).orElseGet(() -> RandomCourses.course(s));
      return Arguments.of(Named.of("seed=" + s, c));
    });
  }
}
