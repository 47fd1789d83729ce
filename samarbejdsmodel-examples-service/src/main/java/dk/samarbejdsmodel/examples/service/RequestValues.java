package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.Redaction;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Værdier fra forespørgslen — what the service takes from a request besides the document: the course id of the
 * path, the actor header, date parameters and the bounded body. A bad value is refused with 400 and a violation
 * that names the parameter, never the value (it might be a CPR number typed into the wrong box).
 */
final class RequestValues {

  /** The header naming who makes the request (in a real system: the authenticated user's id). */
  static final String ACTOR_HEADER = "X-Actor";

  private RequestValues() {}

  /** The course id of the path: 1–128 printable characters, not CPR-like. */
  static String courseId(String id, Locale locale) {
    if (!isPseudonymousId(id)) {
      throw ApiProblem.badRequest(List.of(new ApiProblem.Violation(null, "id", "INVALID_FORMAT", Lang.pick(locale,
          "et forløbs-id er 1-128 synlige tegn og må ikke ligne et CPR-nummer",
          "a course id is 1-128 printable characters and must not look like a CPR number"))));
    }
    return id;
  }

  /** The actor of the request: the {@value #ACTOR_HEADER} header, or {@code anonymous}. */
  static String actor(HttpServletRequest request, Locale locale) {
    String actor = request.getHeader(ACTOR_HEADER);
    if (actor == null) {
      return "anonymous";
    }
    if (!isPseudonymousId(actor) || actor.chars().anyMatch(Character::isWhitespace)) {
      throw ApiProblem.badRequest(List.of(new ApiProblem.Violation(null, ACTOR_HEADER, "INVALID_FORMAT",
          Lang.pick(locale, "aktøren er et id på 1-128 synlige tegn uden mellemrum og må ikke ligne et CPR-nummer",
              "the actor is an id of 1-128 printable characters without spaces and must not look like a CPR number"))));
    }
    return actor;
  }

  /** A date parameter ({@code YYYY-MM-DD}), or today. */
  static LocalDate date(String name, String value, Clock clock, Locale locale) {
    if (value == null || value.isEmpty()) {
      return LocalDate.now(clock);
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // reported below, without the value
    }
    throw ApiProblem.badRequest(List.of(new ApiProblem.Violation(null, name, "INVALID_DATE",
        Lang.pick(locale, "en dato skrives ÅÅÅÅ-MM-DD", "a date is written YYYY-MM-DD"))));
  }

  /** Whether a text can serve as an id: 1–128 printable characters and nothing CPR-like. */
  static boolean isPseudonymousId(String id) {
    if (id == null || id.isEmpty() || id.length() > 128 || Redaction.containsCprLike(id)) {
      return false;
    }
    return id.codePoints().noneMatch(c -> Character.isISOControl(c) || !Character.isDefined(c));
  }

  /**
   * The request body, at most {@code limit} bytes. A declared {@code Content-Length} over the limit is refused
   * before a byte is read; a body without one is read up to the limit and refused as soon as it passes it.
   */
  static byte[] body(HttpServletRequest request, int limit) throws IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw ApiProblem.unsupportedMediaType();
    }
    return body(request.getInputStream(), request.getContentLengthLong(), limit);
  }

  /**
   * A body stream, at most {@code limit} bytes ({@code declared} is its {@code Content-Length}, or -1): refused with
   * 413 before reading when the declared length is over the limit, else as soon as the bytes read pass it.
   */
  static byte[] body(InputStream stream, long declared, int limit) throws IOException {
    if (declared > limit) {
      throw ApiProblem.tooLarge(limit);
    }
    byte[] buffer = new byte[(int) Math.min(Math.max(declared, 8192), limit + 1L)];
    int size = 0;
    try (InputStream in = stream) {
      while (true) {
        if (size == buffer.length) {
          if (size > limit) {
            throw ApiProblem.tooLarge(limit);
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, limit + 1L));
        }
        int n = in.read(buffer, size, buffer.length - size);
        if (n < 0) {
          break;
        }
        size += n;
        if (size > limit) {
          throw ApiProblem.tooLarge(limit);
        }
      }
    }
    return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
  }
}
