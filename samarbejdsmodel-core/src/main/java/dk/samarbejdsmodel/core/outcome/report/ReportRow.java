package dk.samarbejdsmodel.core.outcome.report;

import java.util.List;
import java.util.Objects;

/**
 * Rapportrække: one row of a report table — a label and its cells.
 *
 * <pre>{@code
 * ReportRow row = new ReportRow(new Text("Ja", "Yes"), List.of(Cell.percent(s), Cell.count(s.count())));
 * }</pre>
 *
 * @param label the row label
 * @param cells the cells, one per column after the label column
 */
public record ReportRow(Text label, List<Cell> cells) {

  /** Copies the cells. */
  public ReportRow {
    Objects.requireNonNull(label, "label");
    cells = List.copyOf(cells);
  }
}
