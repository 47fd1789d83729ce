package dk.samarbejdsmodel.core.people;

import dk.samarbejdsmodel.core.OpenCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deltagerrolle: the role a person has in a course or at a meeting (S0 Table 6.2). An open code: vendors add
 * their own with {@link #of(String, RoleKind)}.
 */
public final class ParticipantRole extends OpenCode {

  private static final Map<String, ParticipantRole> BUILT_IN = new LinkedHashMap<>();

  /** Den unge. */
  public static final ParticipantRole YOUNG_PERSON = builtIn("YOUNG_PERSON", RoleKind.YOUNG_PERSON);
  /** Forældremyndighedsindehaver. */
  public static final ParticipantRole PARENT_WITH_CUSTODY = builtIn("PARENT_WITH_CUSTODY", RoleKind.PRIVATE_NETWORK);
  /** Den unges voksne (private or professional; counted as private network unless a professional holds it). */
  public static final ParticipantRole YOUNG_PERSONS_ADULT = builtIn("YOUNG_PERSONS_ADULT", RoleKind.PRIVATE_NETWORK);
  /** Sagsbehandler, børn og unge. */
  public static final ParticipantRole CASEWORKER_CHILDREN_YOUTH = builtIn("CASEWORKER_CHILDREN_YOUTH", RoleKind.PROFESSIONAL);
  /** Sagsbehandler, voksne. */
  public static final ParticipantRole CASEWORKER_ADULTS = builtIn("CASEWORKER_ADULTS", RoleKind.PROFESSIONAL);
  /** UU-vejleder. */
  public static final ParticipantRole UU_COUNSELLOR = builtIn("UU_COUNSELLOR", RoleKind.PROFESSIONAL);
  /** Jobcenterkonsulent. */
  public static final ParticipantRole JOB_CENTRE_CONSULTANT = builtIn("JOB_CENTRE_CONSULTANT", RoleKind.PROFESSIONAL);
  /** Anbringelsessted. */
  public static final ParticipantRole PLACEMENT = builtIn("PLACEMENT", RoleKind.PROFESSIONAL);
  /** Kontaktperson. */
  public static final ParticipantRole CONTACT_PERSON = builtIn("CONTACT_PERSON", RoleKind.PROFESSIONAL);
  /** Ungdomssanktionskoordinator. */
  public static final ParticipantRole YOUTH_SANCTION_COORDINATOR = builtIn("YOUTH_SANCTION_COORDINATOR", RoleKind.PROFESSIONAL);
  /** Familieplejekonsulent. */
  public static final ParticipantRole FOSTER_CARE_CONSULTANT = builtIn("FOSTER_CARE_CONSULTANT", RoleKind.PROFESSIONAL);
  /** Misbrugskonsulent. */
  public static final ParticipantRole SUBSTANCE_ABUSE_CONSULTANT = builtIn("SUBSTANCE_ABUSE_CONSULTANT", RoleKind.PROFESSIONAL);
  /** Psykiatrisk konsulent/behandler. */
  public static final ParticipantRole PSYCHIATRIC_COUNSELLOR = builtIn("PSYCHIATRIC_COUNSELLOR", RoleKind.PROFESSIONAL);
  /** Sagsbehandler, ydelseskontor. */
  public static final ParticipantRole BENEFITS_OFFICE_CASEWORKER = builtIn("BENEFITS_OFFICE_CASEWORKER", RoleKind.PROFESSIONAL);
  /** Repræsentant fra skole. */
  public static final ParticipantRole SCHOOL_REPRESENTATIVE = builtIn("SCHOOL_REPRESENTATIVE", RoleKind.PROFESSIONAL);
  /** Repræsentant fra uddannelsesinstitution. */
  public static final ParticipantRole EDUCATION_INSTITUTION_REPRESENTATIVE =
      builtIn("EDUCATION_INSTITUTION_REPRESENTATIVE", RoleKind.PROFESSIONAL);
  /** Virksomhedsrepræsentant. */
  public static final ParticipantRole COMPANY_REPRESENTATIVE = builtIn("COMPANY_REPRESENTATIVE", RoleKind.PROFESSIONAL);
  /** SSP-medarbejder. */
  public static final ParticipantRole SSP_WORKER = builtIn("SSP_WORKER", RoleKind.PROFESSIONAL);
  /** Koordinator (guide, myndighedskoordinator). */
  public static final ParticipantRole COORDINATOR = builtIn("COORDINATOR", RoleKind.PROFESSIONAL);
  /** Bostøttemedarbejder (CTI/ICM). */
  public static final ParticipantRole HOUSING_SUPPORT_WORKER = builtIn("HOUSING_SUPPORT_WORKER", RoleKind.PROFESSIONAL);
  /** Anden privat person (family, friend). */
  public static final ParticipantRole PRIVATE_OTHER = builtIn("PRIVATE_OTHER", RoleKind.PRIVATE_NETWORK);
  /** Andre. */
  public static final ParticipantRole OTHER = builtIn("OTHER", RoleKind.PROFESSIONAL);

  private final RoleKind kind;

  private ParticipantRole(String code, RoleKind kind) {
    super(code);
    this.kind = kind;
  }

  private static ParticipantRole builtIn(String code, RoleKind kind) {
    ParticipantRole r = new ParticipantRole(code, kind);
    BUILT_IN.put(code, r);
    return r;
  }

  /** The built-in role, or a vendor role that counts as a professional. */
  public static ParticipantRole of(String code) {
    return of(code, RoleKind.PROFESSIONAL);
  }

  /** The built-in role, or a vendor role of the given kind. */
  public static ParticipantRole of(String code, RoleKind kind) {
    ParticipantRole r = BUILT_IN.get(code);
    if (r != null) {
      return r;
    }
    r = new ParticipantRole(code, java.util.Objects.requireNonNull(kind, "kind"));
    requireNamespaced(r);
    return r;
  }

  /** Every built-in role in S0 Table 6.2 order. */
  public static List<ParticipantRole> builtIns() {
    return List.copyOf(BUILT_IN.values());
  }

  /** A vendor role with the same code but another kind is another role. */
  @Override
  protected Enum<?> qualifier() {
    return kind;
  }

  /** Whether the role is the young person, private network or a professional. */
  public RoleKind kind() {
    return kind;
  }
}
