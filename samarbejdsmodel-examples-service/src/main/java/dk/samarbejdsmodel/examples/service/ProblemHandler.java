package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.Redaction;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problemer — every error as an RFC 9457 problem detail ({@code application/problem+json}) in Danish or English.
 *
 * <p>No error body carries anything taken from the request except the request path with CPR-like text masked:
 * not the document, not a parameter value, not an exception message. The database being away is 503 with
 * {@code Retry-After}; anything unexpected is 500 and is logged by exception class only (messages of driver and
 * framework exceptions can quote data).
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  /** The service's own refusals. */
  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> problem(ApiProblem p, HttpServletRequest request) {
    return respond(p, request);
  }

  /** The database is not there (connection refused, cut, or timed out): 503, nothing changed. */
  @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
      CannotCreateTransactionException.class})
  ResponseEntity<ProblemDetail> unavailable(Exception e, HttpServletRequest request) {
    LOG.warn("database unavailable: {}", e.getClass().getSimpleName());
    return respond(ApiProblem.unavailable(), request);
  }

  /**
   * Anything else: 503 if the database connection broke underneath (a commit or rollback on a dead connection), else
   * 500, logged by class and where it was thrown, never by message.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (isDatabaseDown(t)) {
        LOG.warn("database unavailable: {} ({})", e.getClass().getSimpleName(), t.getClass().getSimpleName());
        return respond(ApiProblem.unavailable(), request);
      }
      root = t;
    }
    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    LOG.error("unexpected {} (root cause {}) at {} handling {} {}", e.getClass().getName(), root.getClass().getName(),
        at, request.getMethod(), safePath(request));
    return respond(ApiProblem.internal(), request);
  }

  /**
   * Connection-level failures: Spring's resource exceptions, a commit or rollback that failed (its outcome is not
   * known to the client, who must read again), or SQL states 08 (connection), 53 (resources), 57P (shutdown).
   */
  private static boolean isDatabaseDown(Throwable t) {
    if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
        || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P");
    }
    return false;
  }

  /** Spring MVC's own errors (404 route, 405, 406, 415, unreadable body …), with a masked instance. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    Locale locale = request instanceof ServletWebRequest s ? Lang.of(s.getRequest()) : Locale.ENGLISH;
    HttpStatus status = HttpStatus.resolve(statusCode.value());
    ProblemDetail detail = ProblemDetail.forStatus(statusCode);
    detail.setTitle(status == null ? "Error" : status.getReasonPhrase());
    detail.setDetail(Lang.pick(locale, "Forespørgslen kunne ikke behandles (" + statusCode.value() + ").",
        "The request could not be handled (" + statusCode.value() + ")."));
    if (request instanceof ServletWebRequest s) {
      detail.setInstance(URI.create(safePath(s.getRequest())));
    }
    HttpHeaders h = new HttpHeaders();
    h.putAll(headers);
    h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    h.set(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
    return new ResponseEntity<>(detail, h, statusCode);
  }

  private static ResponseEntity<ProblemDetail> respond(ApiProblem p, HttpServletRequest request) {
    Locale locale = Lang.of(request);
    ProblemDetail detail = ProblemDetail.forStatus(p.status());
    detail.setType(URI.create(ApiProblem.TYPE_BASE + p.type()));
    detail.setTitle(p.title(locale));
    detail.setDetail(p.detail(locale));
    detail.setInstance(URI.create(safePath(request)));
    for (Map.Entry<String, Object> e : p.properties().entrySet()) {
      detail.setProperty(e.getKey(), e.getValue());
    }
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(p.headers());
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    headers.set(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
    return new ResponseEntity<>(detail, headers, p.status());
  }

  /** The request path with CPR-like text masked and anything not safe in a URI reference removed. */
  static String safePath(HttpServletRequest request) {
    String raw = request.getRequestURI();
    String path = raw;
    try {
      String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      if (Redaction.containsCprLike(decoded)) {
        path = Redaction.maskCprLike(decoded);
      }
    } catch (IllegalArgumentException e) {
      path = "/";
    }
    path = Redaction.maskCprLike(path);
    StringBuilder b = new StringBuilder(path.length());
    for (char c : path.toCharArray()) {
      b.append(c > 32 && c < 127 && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
          && c != '{' && c != '|' && c != '}' ? c : '_');
    }
    return b.toString();
  }
}
