package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.CodeSet;
import dk.samarbejdsmodel.core.OpenCode;
import java.util.List;

/**
 * Anbringelsestype: the young person's placement (S0 Fig 4.1).
 *
 * <p>An open code: vendors add their own as {@code namespace:CODE} through {@link #of(String)}.
 */
public final class PlacementType extends OpenCode {

  private static final CodeSet<PlacementType> CODES = new CodeSet<>(PlacementType::new);

  /** Døgninstitution. */
  public static final PlacementType RESIDENTIAL_INSTITUTION = CODES.builtIn("RESIDENTIAL_INSTITUTION");
  /** Opholdssted. */
  public static final PlacementType OPHOLDSSTED = CODES.builtIn("OPHOLDSSTED");
  /** Sikret institution. */
  public static final PlacementType SECURE_INSTITUTION = CODES.builtIn("SECURE_INSTITUTION");
  /** Plejefamilie. */
  public static final PlacementType FOSTER_FAMILY = CODES.builtIn("FOSTER_FAMILY");
  /** Netværksanbringelse. */
  public static final PlacementType NETWORK_PLACEMENT = CODES.builtIn("NETWORK_PLACEMENT");
  /** Kommunal plejefamilie. */
  public static final PlacementType MUNICIPAL_FOSTER_FAMILY = CODES.builtIn("MUNICIPAL_FOSTER_FAMILY");
  /** Eget værelse. */
  public static final PlacementType OWN_ROOM = CODES.builtIn("OWN_ROOM");
  /** Tidligere anbragt. */
  public static final PlacementType FORMERLY_PLACED = CODES.builtIn("FORMERLY_PLACED");
  /** Andet. */
  public static final PlacementType OTHER = CODES.builtIn("OTHER");

  private PlacementType(String code) {
    super(code);
  }

  /** The built-in constant for the code, or a vendor code. */
  public static PlacementType of(String code) {
    return CODES.of(code);
  }

  /** The built-in constants. */
  public static List<PlacementType> builtIns() {
    return CODES.builtIns();
  }
}
