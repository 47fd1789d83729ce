package dk.samarbejdsmodel.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.people.ParticipantRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link HandleplanMapper#role(String)} on the role titles Danish case systems write. Whole words, adult and
 * staff roles before the young person and the parents: a foster mother or an uncle taken for a custody holder
 * would change what a consent covers.
 */
class HandleplanMapperRoleTest {

  static final Map<String, ParticipantRole> TITLES = new LinkedHashMap<>();

  static {
    // the young person and the young person's adult
    TITLES.put("Den unge", ParticipantRole.YOUNG_PERSON);
    TITLES.put("den unge selv", ParticipantRole.YOUNG_PERSON);
    TITLES.put("Unge", ParticipantRole.YOUNG_PERSON);
    TITLES.put("Den unges voksne", ParticipantRole.YOUNG_PERSONS_ADULT);
    TITLES.put("Den unges voksne (plejemor)", ParticipantRole.YOUNG_PERSONS_ADULT);
    TITLES.put("Den unges voksen – morbror", ParticipantRole.YOUNG_PERSONS_ADULT);
    // parents and the private network
    TITLES.put("Mor", ParticipantRole.PARENT_WITH_CUSTODY);
    TITLES.put("Far", ParticipantRole.PARENT_WITH_CUSTODY);
    TITLES.put("Forældre", ParticipantRole.PARENT_WITH_CUSTODY);
    TITLES.put("Forældremyndighedsindehaver", ParticipantRole.PARENT_WITH_CUSTODY);
    TITLES.put("Morbror", ParticipantRole.PRIVATE_OTHER);
    TITLES.put("Moster", ParticipantRole.PRIVATE_OTHER);
    TITLES.put("Farmor", ParticipantRole.PRIVATE_OTHER);
    TITLES.put("Storesøster", ParticipantRole.PRIVATE_OTHER);
    TITLES.put("Kæreste", ParticipantRole.PRIVATE_OTHER);
    TITLES.put("Stedfar", ParticipantRole.PRIVATE_OTHER);
    // placement and foster care
    TITLES.put("Plejemor", ParticipantRole.PLACEMENT);
    TITLES.put("Plejefar", ParticipantRole.PLACEMENT);
    TITLES.put("Plejefamilie", ParticipantRole.PLACEMENT);
    TITLES.put("Pædagog på opholdsstedet", ParticipantRole.PLACEMENT);
    TITLES.put("Familieplejekonsulent", ParticipantRole.FOSTER_CARE_CONSULTANT);
    // caseworkers
    TITLES.put("Sagsbehandler", ParticipantRole.CASEWORKER_CHILDREN_YOUTH);
    TITLES.put("Socialrådgiver", ParticipantRole.CASEWORKER_CHILDREN_YOUTH);
    TITLES.put("Familierådgiver", ParticipantRole.CASEWORKER_CHILDREN_YOUTH);
    TITLES.put("Sagsbehandler, Børn og Unge", ParticipantRole.CASEWORKER_CHILDREN_YOUTH);
    TITLES.put("Sagsbehandler (voksen)", ParticipantRole.CASEWORKER_ADULTS);
    TITLES.put("Voksenrådgiver", ParticipantRole.CASEWORKER_ADULTS);
    TITLES.put("Rådgiver, voksenområdet", ParticipantRole.CASEWORKER_ADULTS);
    TITLES.put("Ydelsessagsbehandler", ParticipantRole.BENEFITS_OFFICE_CASEWORKER);
    // other professionals
    TITLES.put("Psykiatrisk rådgiver", ParticipantRole.PSYCHIATRIC_COUNSELLOR);
    TITLES.put("Psykolog", ParticipantRole.PSYCHIATRIC_COUNSELLOR);
    TITLES.put("UU-vejleder", ParticipantRole.UU_COUNSELLOR);
    TITLES.put("KUI-vejleder", ParticipantRole.UU_COUNSELLOR);
    TITLES.put("Ungevejleder", ParticipantRole.UU_COUNSELLOR);
    TITLES.put("Jobkonsulent", ParticipantRole.JOB_CENTRE_CONSULTANT);
    TITLES.put("Jobcenterkonsulent", ParticipantRole.JOB_CENTRE_CONSULTANT);
    TITLES.put("Virksomhedskonsulent, Jobcenter Aarhus", ParticipantRole.JOB_CENTRE_CONSULTANT);
    TITLES.put("Kontaktperson", ParticipantRole.CONTACT_PERSON);
    TITLES.put("Fast kontaktperson", ParticipantRole.CONTACT_PERSON);
    TITLES.put("Koordinator", ParticipantRole.COORDINATOR);
    TITLES.put("Myndighedskoordinator", ParticipantRole.COORDINATOR);
    TITLES.put("Guide", ParticipantRole.COORDINATOR);
    TITLES.put("Ungdomssanktionskoordinator", ParticipantRole.YOUTH_SANCTION_COORDINATOR);
    TITLES.put("Misbrugskonsulent", ParticipantRole.SUBSTANCE_ABUSE_CONSULTANT);
    TITLES.put("SSP-medarbejder", ParticipantRole.SSP_WORKER);
    TITLES.put("Bostøttemedarbejder (CTI)", ParticipantRole.HOUSING_SUPPORT_WORKER);
    TITLES.put("Klasselærer", ParticipantRole.SCHOOL_REPRESENTATIVE);
    TITLES.put("Studievejleder", ParticipantRole.EDUCATION_INSTITUTION_REPRESENTATIVE);
    TITLES.put("Arbejdsgiver", ParticipantRole.COMPANY_REPRESENTATIVE);
    // unknown texts are kept as OTHER, never dropped
    TITLES.put("Mentor", ParticipantRole.OTHER);
    TITLES.put("Fodboldtræner", ParticipantRole.OTHER);
    TITLES.put("Formand", ParticipantRole.OTHER);
  }

  @Test
  void danish_role_titles_map_to_the_right_role() {
    assertTrue(TITLES.size() >= 30, "at least 30 titles");
    Map<String, ParticipantRole> actual = new LinkedHashMap<>();
    TITLES.keySet().forEach(t -> actual.put(t, HandleplanMapper.role(t)));
    assertEquals(TITLES, actual);
  }

  @Test
  void words_inside_other_words_do_not_match() {
    // "mor" in "Morbror"/"Formand", "far" in "Farmor", "uu" nowhere but as a word
    assertEquals(ParticipantRole.PRIVATE_OTHER, HandleplanMapper.role("MORBROR"));
    assertEquals(ParticipantRole.OTHER, HandleplanMapper.role("Formand"));
    assertEquals(ParticipantRole.OTHER, HandleplanMapper.role("Fuutbold"));
  }
}
