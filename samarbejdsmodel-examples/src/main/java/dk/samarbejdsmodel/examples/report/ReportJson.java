package dk.samarbejdsmodel.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.outcome.report.Cell;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.ReportRow;
import dk.samarbejdsmodel.core.outcome.report.ReportTable;
import dk.samarbejdsmodel.core.Text;

/**
 * Rapport som JSON — the cohort report as a JSON tree for further processing (spreadsheets, dashboards, R or
 * Python). Every table has {@code n} with its {@code unit} and a {@code method} in Danish
 * and English; every row its {@code code} (category, life area, role or item code; null for derived rows); every
 * cell its {@code kind}, full-precision {@code value}, and for shares the Wilson bounds {@code lower} and
 * {@code upper} as numbers; {@code da}/{@code en} hold the printed text. Suppressed cells have null numbers.
 *
 * <pre>{@code
 * JsonNode json = ReportJson.toTree(report, "Prøvekohorte");
 * json.at("/tables/0/rows/0/cells/0/value").asDouble();
 * }</pre>
 */
public final class ReportJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ReportJson() {}

  /**
   * The report as a tree: {@code {cohort, asOf, courses, minimumCellSize, programme, instrument: {id, version},
   * tables: [...]}} ({@code programme} is null when the report covers every course).
   */
  public static ObjectNode toTree(CohortReport report, String cohortTitle) {
    ObjectNode root = F.objectNode();
    root.put("kind", "cohort-report");
    root.put("cohort", cohortTitle);
    root.put("asOf", report.asOf().toString());
    root.put("courses", report.courses());
    root.put("minimumCellSize", report.options().minimumCellSize());
    report.options().programme().ifPresentOrElse(p -> root.put("programme", p), () -> root.putNull("programme"));
    root.putObject("instrument").put("id", report.options().instrument().id())
        .put("version", report.options().instrument().version());
    ArrayNode tables = root.putArray("tables");
    for (ReportTable t : report.tables()) {
      ObjectNode o = tables.addObject();
      o.put("id", t.id());
      t.figureId().ifPresentOrElse(f -> o.put("figure", f), () -> o.putNull("figure"));
      o.set("title", text(t.title()));
      ArrayNode cols = o.putArray("columns");
      t.columns().forEach(c -> cols.add(text(c)));
      ArrayNode rows = o.putArray("rows");
      for (ReportRow r : t.rows()) {
        ObjectNode row = rows.addObject();
        r.code().ifPresentOrElse(c -> row.put("code", c), () -> row.putNull("code"));
        row.set("label", text(r.label()));
        ArrayNode cells = row.putArray("cells");
        for (Cell c : r.cells()) {
          ObjectNode cell = cells.addObject();
          cell.put("kind", c.kind().name());
          number(cell, "value", c.value());
          if (c.kind() == Cell.Kind.PERCENT || c.kind() == Cell.Kind.INTERVAL) {
            number(cell, "lower", c.lower());
            number(cell, "upper", c.upper());
          }
          cell.put("da", c.textDa());
          cell.put("en", c.textEn());
          if (c.suppressed()) {
            cell.put("suppressed", true);
          }
        }
      }
      o.put("n", t.n());
      o.set("unit", text(t.unit()));
      o.set("method", text(t.method()));
      ArrayNode notes = o.putArray("notes");
      t.notes().forEach(n -> notes.add(text(n)));
    }
    return root;
  }

  /** The tree as indented UTF-8 text. */
  public static String toJson(CohortReport report, String cohortTitle) {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toTree(report, cohortTitle));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("writing an in-memory tree cannot fail", e);
    }
  }

  private static void number(ObjectNode o, String field, java.util.OptionalDouble v) {
    if (v.isPresent()) {
      o.put(field, v.getAsDouble());
    } else {
      o.putNull(field);
    }
  }

  private static JsonNode text(Text t) {
    return F.objectNode().put("da", t.da()).put("en", t.en());
  }
}
