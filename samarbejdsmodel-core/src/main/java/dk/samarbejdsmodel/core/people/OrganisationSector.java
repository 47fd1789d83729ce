package dk.samarbejdsmodel.core.people;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Sektor/forvaltning: the sector an organisation belongs to.
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class OrganisationSector extends OpenCode {

  private static final CodeSet<OrganisationSector> CODES = new CodeSet<>(OrganisationSector::new);

  /** Børne- og familieafdeling. */
  public static final OrganisationSector CHILDREN_AND_FAMILY = CODES.builtIn("CHILDREN_AND_FAMILY");
  /** Jobcenter. */
  public static final OrganisationSector JOB_CENTRE = CODES.builtIn("JOB_CENTRE");
  /** Ungdommens Uddannelsesvejledning (UU). */
  public static final OrganisationSector UU = CODES.builtIn("UU");
  /** Voksenområdet. */
  public static final OrganisationSector ADULT_SERVICES = CODES.builtIn("ADULT_SERVICES");
  /** Socialpsykiatri. */
  public static final OrganisationSector SOCIAL_PSYCHIATRY = CODES.builtIn("SOCIAL_PSYCHIATRY");
  /** Regionspsykiatri (børne- og ungdoms- og voksenpsykiatri). */
  public static final OrganisationSector REGIONAL_PSYCHIATRY = CODES.builtIn("REGIONAL_PSYCHIATRY");
  /** Anbringelsessted. */
  public static final OrganisationSector PLACEMENT = CODES.builtIn("PLACEMENT");
  /** Skole. */
  public static final OrganisationSector SCHOOL = CODES.builtIn("SCHOOL");
  /** Uddannelsesinstitution. */
  public static final OrganisationSector EDUCATION_INSTITUTION = CODES.builtIn("EDUCATION_INSTITUTION");
  /** Ungdomsskole. */
  public static final OrganisationSector YOUTH_SCHOOL = CODES.builtIn("YOUTH_SCHOOL");
  /** Virksomhed. */
  public static final OrganisationSector COMPANY = CODES.builtIn("COMPANY");
  /** Frivillig organisation. */
  public static final OrganisationSector NGO = CODES.builtIn("NGO");
  /** Boligområdet / bostøtte. */
  public static final OrganisationSector HOUSING = CODES.builtIn("HOUSING");
  /** Ydelseskontor. */
  public static final OrganisationSector BENEFITS_OFFICE = CODES.builtIn("BENEFITS_OFFICE");
  /** Andet. */
  public static final OrganisationSector OTHER = CODES.builtIn("OTHER");

  private OrganisationSector(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static OrganisationSector of(String code) {
    return CODES.of(code);
  }

  /** The built-in constants. */
  public static List<OrganisationSector> builtIns() {
    return CODES.builtIns();
  }
}
