package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymisering: turns courses into {@link CohortRecord}s whose course, young-person and coordinator ids are
 * keyed HMAC-SHA256 pseudonyms. The same key gives the same pseudonyms in every export, so exports can be
 * linked; without the key the ids cannot be recomputed. The key is the user's (at least 16 bytes) and is
 * never printed.
 *
 * <pre>{@code
 * Pseudonymiser p = Pseudonymiser.withKey(secretBytes);   // >= 16 bytes, kept by the data controller
 * List<CohortRecord> export = p.records(courses, LocalDate.of(2016, 1, 31));
 * }</pre>
 */
public final class Pseudonymiser {

  /** Shortest accepted key in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  private final byte[] key;

  private Pseudonymiser(byte[] key) {
    this.key = key;
  }

  /** A pseudonymiser with a copy of {@code key}; throws when shorter than {@value #MIN_KEY_BYTES} bytes. */
  public static Pseudonymiser withKey(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the pseudonymisation key must be at least " + MIN_KEY_BYTES + " bytes");
    }
    return new Pseudonymiser(Arrays.copyOf(key, key.length));
  }

  /** The pseudonym of {@code id} in the namespace {@code kind} (e.g. "course"): 32 hex digits. */
  public String pseudonym(String kind, String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] h = mac.doFinal((kind + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The pseudonymised record of a course as of {@code asOf} (built-in instruments, as {@link CohortRecord#from}). */
  public CohortRecord record(Course course, LocalDate asOf) {
    return record(course, asOf, Catalogue.builtIn());
  }

  /** The pseudonymised record of a course as of {@code asOf}; the catalogue knows its responses' instruments. */
  public CohortRecord record(Course course, LocalDate asOf, Catalogue catalogue) {
    return CohortRecord.build(course, asOf, catalogue, id -> pseudonym("course", id),
        id -> pseudonym("young-person", id), id -> pseudonym("coordinator", id));
  }

  /** Pseudonymised records of the courses started on or before {@code asOf} (built-in instruments). */
  public List<CohortRecord> records(Collection<Course> courses, LocalDate asOf) {
    return records(courses, asOf, Catalogue.builtIn());
  }

  /** Pseudonymised records of the courses started on or before {@code asOf}, instruments from a catalogue. */
  public List<CohortRecord> records(Collection<Course> courses, LocalDate asOf, Catalogue catalogue) {
    return courses.stream().filter(c -> !c.startDate().isAfter(asOf)).map(c -> record(c, asOf, catalogue))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "Pseudonymiser[HmacSHA256, key ***]";
  }
}
