package dk.samarbejdsmodel.examples;

import dk.samarbejdsmodel.samples.SampleCohort;
import dk.samarbejdsmodel.json.Cohort;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Prøvekohorten som fil — writes the bundled sample cohort document: {@code SampleCohort.generate} with its
 * default seed, as a canonical cohort document, gzip-compressed.
 *
 * <pre>
 * java dk.samarbejdsmodel.examples.SampleCohortFile samarbejdsmodel-examples/src/main/resources/dk/samarbejdsmodel/examples/sample-cohort.json.gz
 * </pre>
 *
 * <p>{@code SampleCohortFileTest} fails if the bundled file differs from what this writes, so the resource
 * can never drift from the generator.
 */
public final class SampleCohortFile {

  /** The cohort id of the sample. */
  public static final String ID = "sample-s0-2016";

  private SampleCohortFile() {}

  /** The sample cohort as a {@link Cohort}. */
  public static Cohort cohort() {
    return new Cohort(ID, SampleCohort.AS_OF,
        Optional.of("Prøvekohorte: syntetiske unge i ti kommuner, konstrueret efter S0's offentliggjorte tal"),
        SampleCohort.generate(SampleCohort.DEFAULT_SEED));
  }

  /** The canonical, uncompressed document. */
  public static byte[] json() {
    return SamJson.defaults().writer().write(DocumentKind.COHORT, cohort());
  }

  /** The gzip-compressed document (deterministic: the gzip header carries no timestamp). */
  public static byte[] gzip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(json());
    }
    return bytes.toByteArray();
  }

  /** Writes the compressed document to the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SampleCohortFile <target.json.gz>");
      System.exit(2);
    }
    Path target = Path.of(args[0]);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.write(target, gzip());
    System.out.println("wrote " + target);
  }
}
