package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
 * never printed. Each pseudonym carries a check ({@link #isPseudonym}), so that a pseudonymised cohort accepts
 * only ids made here — never a plain or unsalted hash of an id or a CPR number.
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

  /**
   * The pseudonym of {@code id} in the namespace {@code kind} (e.g. "course"): 32 lower-case hex digits — the
   * first 24 are HMAC-SHA256 of the id under the key, the last 8 their {@linkplain #isPseudonym check}.
   */
  public String pseudonym(String kind, String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] h = mac.doFinal((kind + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
      String head = HexFormat.of().formatHex(h, 0, HEAD_HEX / 2);
      return head + check(head);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * Whether a text is a pseudonym as this class makes them: 32 lower-case hex digits whose last 8 are the check
   * of the first 24 (the first 8 hex digits of SHA-256 of {@value #CHECK_DOMAIN} and the first 24).
   *
   * <p>Only ids made by a {@code Pseudonymiser} may enter a pseudonymised cohort. An id made any other way — an
   * unsalted hash of a CPR number, which can be reversed in about a second from the age at start and the start
   * date, a random or hand-typed hex string — fails the check (all but one in 2<sup>32</sup>). The check is not
   * a secret and needs no key, so an evaluator without the key can apply it; it stops mistaken and careless
   * pseudonyms, not a deliberate forgery (docs/privacy.md §2).
   */
  public static boolean isPseudonym(String text) {
    if (text == null || text.length() != HEAD_HEX + CHECK_HEX) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return check(text.substring(0, HEAD_HEX)).equals(text.substring(HEAD_HEX));
  }

  /** What the check digits of a pseudonym are derived with, so that no other hash has them by design. */
  public static final String CHECK_DOMAIN = "dk.samarbejdsmodel:pseudonym-check:1\u0000";

  private static final int HEAD_HEX = 24;
  private static final int CHECK_HEX = 8;

  private static String check(String head) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((CHECK_DOMAIN + head).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, CHECK_HEX / 2);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
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
