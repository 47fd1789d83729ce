package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Share;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Gennemførelse af faste møder: fixed meetings held of those due, overall and per young person (O-11).
 *
 * <pre>{@code
 * MeetingCompletion m = Measures.fixedMeetingCompletion().of(records);
 * m.overall().text();             // held of due over all courses
 * m.allHeld().text();             // young people with every due meeting held
 * }</pre>
 *
 * @param overall held of due, summed over courses
 * @param allHeld courses with every due fixed meeting held, of courses with at least one due
 * @param perCourse held of due per (pseudonymous) course id
 */
public record MeetingCompletion(Share overall, Share allHeld, Map<String, Share> perCourse) {

  /** Copies the map. */
  public MeetingCompletion {
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(allHeld, "allHeld");
    perCourse = Collections.unmodifiableMap(new LinkedHashMap<>(perCourse));
  }
}
