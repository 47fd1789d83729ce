package dk.samarbejdsmodel.core.people;

import dk.samarbejdsmodel.core.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Organisation: a municipal department, regional service, school, company or NGO taking part in a course.
 *
 * <pre>{@code
 * Organisation jc = Organisation.builder().id("org-jc").name("Jobcenter Aarhus")
 *     .sector(OrganisationSector.JOB_CENTRE).municipalityCode("751").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organisation {

  /** Id. */
  public abstract String id();

  /** Navn. */
  public abstract String name();

  /** Sektor. */
  public abstract OrganisationSector sector();

  /** Kommunenummer (three digits) when municipal. */
  public abstract Optional<String> municipalityCode();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Organisation}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableOrganisation.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.notBlank("name", name());
    municipalityCode().ifPresent(c -> {
      if (!c.matches("\\d{3}")) {
        v.add("municipalityCode", dk.samarbejdsmodel.core.StructuralCode.INVALID_FORMAT, "three digits");
      }
    });
    v.throwIfAny("Organisation");
  }
}
