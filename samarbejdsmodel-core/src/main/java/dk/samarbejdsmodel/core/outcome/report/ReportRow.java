package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rapportrække: one row of a report table — the code of what it counts (a category, life area, role or
 * checklist item code; empty for derived rows), its printed label and its cells.
 *
 * <pre>{@code
 * ReportRow row = new ReportRow("YES", new Text("Ja", "Yes"), List.of(Cell.percent(s), Cell.count(s.count())));
 * }</pre>
 *
 * @param code the code, so programs can match rows without reading Danish or English text
 * @param label the row label
 * @param cells the cells, one per column after the label column
 */
public record ReportRow(Optional<String> code, Text label, List<Cell> cells) {

  /** Copies the cells. */
  public ReportRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    cells = List.copyOf(cells);
  }

  /** A row with a code. */
  public ReportRow(String code, Text label, List<Cell> cells) {
    this(Optional.of(code), label, cells);
  }

  /** A row without a code. */
  public ReportRow(Text label, List<Cell> cells) {
    this(Optional.empty(), label, cells);
  }
}
