package dk.samarbejdsmodel.json;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formatversion: the {@code schemaVersion} of a document, {@code MAJOR.MINOR}. A minor version only adds
 * optional fields; a major version changes the format and comes with a {@link Migration} from the previous one.
 * This SDK writes {@link #CURRENT} and reads every {@code 1.x}, plus older versions it can migrate.
 *
 * <pre>{@code
 * FormatVersion.parse("1.0").orElseThrow().isReadableAsCurrent(); // true
 * FormatVersion.parse("2.0").orElseThrow().isNewerMajor();         // true: refused as UNSUPPORTED_VERSION
 * }</pre>
 *
 * @param major the major version
 * @param minor the minor version
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

  /** The version this SDK writes: 1.0. */
  public static final FormatVersion CURRENT = new FormatVersion(1, 0);

  private static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  /** Checks that both parts are non-negative. */
  public FormatVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("version parts must not be negative");
    }
  }

  /** Parses {@code MAJOR.MINOR}; empty for anything else. */
  public static Optional<FormatVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SYNTAX.matcher(text);
    return m.matches() ? Optional.of(new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  /** True when a reader of {@link #CURRENT} reads this version directly (same major version). */
  public boolean isReadableAsCurrent() {
    return major == CURRENT.major;
  }

  /** True when this version's major is newer than the current one: the reader refuses it. */
  public boolean isNewerMajor() {
    return major > CURRENT.major;
  }

  @Override
  public int compareTo(FormatVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  /** {@code MAJOR.MINOR}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
