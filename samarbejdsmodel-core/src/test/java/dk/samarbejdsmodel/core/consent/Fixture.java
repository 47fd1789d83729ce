package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.Organisation;
import dk.samarbejdsmodel.core.people.OrganisationSector;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.LocalDate;
import java.util.List;

/** A small hand-made course for example-based consent tests. */
final class Fixture {

  static final LocalDate BIRTH = LocalDate.of(2009, 4, 2);
  static final LocalDate EIGHTEEN = LocalDate.of(2027, 4, 2);
  static final LocalDate START = LocalDate.of(2025, 5, 1);
  static final String CPR = "020409-4321";

  static final Recipient UU = Recipient.professional("p-uu", "org-uu");
  static final Recipient UU_COLLEAGUE = Recipient.professional("p-uu2", "org-uu");
  static final Recipient JOB_CENTRE = Recipient.organisation("org-jc");
  static final Recipient CASEWORKER = Recipient.professional("p-bu", "org-bu");

  private Fixture() {}

  static Course course(Programme programme, LocalDate birth, Consent... consents) {
    Cpr cpr = dk.samarbejdsmodel.testkit.RandomCourses.cprFor(birth, new java.util.SplittableRandom(7));
    return Course.builder().id("c-1").programme(programme).municipality(Municipality.of("751", "Aarhus"))
        .youngPerson(YoungPerson.builder().id("yp-1").birthDate(birth).cpr(cpr)
            .name(PersonName.of("Signelil", "Abildtrup")).build())
        .startDate(START)
        .addOrganisations(org("org-uu", OrganisationSector.UU), org("org-jc", OrganisationSector.JOB_CENTRE),
            org("org-bu", OrganisationSector.CHILDREN_AND_FAMILY))
        .addProfessionals(pro("p-koord", ParticipantRole.COORDINATOR, "org-bu"),
            pro("p-uu", ParticipantRole.UU_COUNSELLOR, "org-uu"), pro("p-uu2", ParticipantRole.UU_COUNSELLOR, "org-uu"),
            pro("p-bu", ParticipantRole.CASEWORKER_CHILDREN_YOUTH, "org-bu"))
        .addPrivatePersons(PrivatePerson.builder().id("pp-mor").role(ParticipantRole.PARENT_WITH_CUSTODY)
            .custodyHolder(true).name(PersonName.of("Ingeborg", "Abildtrup")).build())
        .addCoordinatorAssignments(CoordinatorAssignment.of("p-koord", START))
        .addConsents(consents)
        .build();
  }

  static Course course(Programme programme, Consent... consents) {
    return course(programme, BIRTH, consents);
  }

  /** A consent from the start date, without end, to the UU organisation and the job centre, on two categories. */
  static Consent.Builder consent(String id, SignatoryKind... by) {
    Consent.Builder b = Consent.builder().id(id).givenAt(START).validFrom(START)
        .addParties(ConsentParty.organisation("org-uu"), ConsentParty.organisation("org-jc"))
        .addCategories(InformationCategory.EDUCATION, InformationCategory.EMPLOYMENT)
        .purpose("Samarbejde om uddannelse og job");
    for (SignatoryKind k : by) {
      b.addSignatories(Signatory.of(k, k == SignatoryKind.YOUNG_PERSON ? "yp-1" : "pp-mor"));
    }
    return b;
  }

  static List<SignatoryKind> both() {
    return List.of(SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER);
  }

  private static Organisation org(String id, OrganisationSector sector) {
    return Organisation.builder().id(id).name(id).sector(sector).municipalityCode("751").build();
  }

  private static Professional pro(String id, ParticipantRole role, String org) {
    return Professional.builder().id(id).role(role).organisationId(org).name(PersonName.of("Kasimir", "Fuglsangholt"))
        .build();
  }
}
