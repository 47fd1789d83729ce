package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.instrument.Polarity;

/**
 * Udviklingsklassifikation: classifies a first/latest pair of scores, polarity-aware, with a threshold in scale
 * points (O-02). The default threshold is 1: any change of at least one point counts.
 *
 * <pre>{@code
 * ChangeClassifier.DEFAULT.classify(4, 3, Polarity.HIGHER_IS_BETTER);      // DECLINE
 * ChangeClassifier.withThreshold(2).classify(4, 3, Polarity.HIGHER_IS_BETTER);  // STATUS_QUO
 * ChangeClassifier.DEFAULT.classify(4, 3, Polarity.LOWER_IS_BETTER);      // PROGRESS
 * }</pre>
 */
public final class ChangeClassifier {

  /** Threshold 1. */
  public static final ChangeClassifier DEFAULT = new ChangeClassifier(1);

  private final int threshold;

  private ChangeClassifier(int threshold) {
    this.threshold = threshold;
  }

  /** A classifier with a threshold of at least 1 point. */
  public static ChangeClassifier withThreshold(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("the threshold is at least 1 point");
    }
    return new ChangeClassifier(threshold);
  }

  /** The threshold in scale points. */
  public int threshold() {
    return threshold;
  }

  /** The improvement (positive is better) from {@code first} to {@code latest} under the polarity. */
  public static int improvement(int first, int latest, Polarity polarity) {
    return polarity == Polarity.LOWER_IS_BETTER ? first - latest : latest - first;
  }

  /** The class of the pair. */
  public ChangeClass classify(int first, int latest, Polarity polarity) {
    int d = improvement(first, latest, polarity);
    return d >= threshold ? ChangeClass.PROGRESS : d <= -threshold ? ChangeClass.DECLINE : ChangeClass.STATUS_QUO;
  }

  /** A description of the rule for method texts. */
  public String describe() {
    return "progress = improvement of at least " + threshold + " point(s) from the first to the latest response, "
        + "decline = worsening of at least " + threshold + ", status quo otherwise; polarity-aware";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChangeClassifier && ((ChangeClassifier) o).threshold == threshold;
  }

  @Override
  public int hashCode() {
    return threshold;
  }

  @Override
  public String toString() {
    return "ChangeClassifier[threshold=" + threshold + "]";
  }
}
