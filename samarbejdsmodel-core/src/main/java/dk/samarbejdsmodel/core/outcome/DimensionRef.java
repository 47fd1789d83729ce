package dk.samarbejdsmodel.core.outcome;

import java.util.Objects;

/**
 * Dimensionsreference: one dimension of one instrument, e.g. the dialogue form's household-and-economy area.
 *
 * <pre>{@code
 * DimensionRef household = new DimensionRef("DIALOGUE_FORM", "HOUSEHOLD_ECONOMY");
 * }</pre>
 *
 * @param instrumentId the instrument id
 * @param dimension the dimension code
 */
public record DimensionRef(String instrumentId, String dimension) {

  /** Checks for nulls. */
  public DimensionRef {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(dimension, "dimension");
  }
}
