package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.Redaction;
import dk.samarbejdsmodel.validation.Problem;
import dk.samarbejdsmodel.validation.SamValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
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

  /**
   * Constraint violations found by calling the validator directly (the share request, parsed from a bounded body):
   * listed like those of {@code @ValidDocument}.
   */
  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolations(ConstraintViolationException e, HttpServletRequest request) {
    return respond(problem(new ArrayList<>(e.getConstraintViolations())), request);
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

  /**
   * Constraint violations of a controller parameter ({@code @ValidDocument} on the course body): one violation per
   * SDK problem, with its JSON Pointer, its code and the message Hibernate Validator interpolated in the request's
   * language ({@code ContributorValidationMessages} of the validation module, or the vendor's override), CPR-like
   * text masked. A document's errors make an {@code invalid-document} problem; anything else {@code invalid-request}.
   */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ConstraintViolation<?>> violations = new ArrayList<>();
    for (ParameterValidationResult result : ex.getParameterValidationResults()) {
      for (MessageSourceResolvable error : result.getResolvableErrors()) {
        violation(result, error).ifPresent(violations::add);
      }
    }
    return refuse(violations, ex, headers, status, request);
  }

  /** Constraint violations of a {@code @Valid} request DTO, reported like {@link #handleHandlerMethodValidationException}. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ConstraintViolation<?>> violations = new ArrayList<>();
    for (ObjectError error : ex.getBindingResult().getAllErrors()) {
      if (error.contains(ConstraintViolation.class)) {
        violations.add(error.unwrap(ConstraintViolation.class));
      }
    }
    return refuse(violations, ex, headers, status, request);
  }

  private static Optional<ConstraintViolation<?>> violation(ParameterValidationResult result,
      MessageSourceResolvable error) {
    try {
      return Optional.of(result.unwrap(error, ConstraintViolation.class));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private ResponseEntity<Object> refuse(List<ConstraintViolation<?>> violations, Exception ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (violations.isEmpty() || !(request instanceof ServletWebRequest s)) {
      return handleExceptionInternal(ex, null, headers, status, request);
    }
    ResponseEntity<ProblemDetail> response = respond(problem(violations), s.getRequest());
    return new ResponseEntity<>(response.getBody(), response.getHeaders(), response.getStatusCode());
  }

  /** Violations as one problem: {@code invalid-document} when all are a document's read errors, else {@code invalid-request}. */
  private static ApiProblem problem(List<? extends ConstraintViolation<?>> violations) {
    List<ApiProblem.Violation> list = violations.stream().map(ProblemHandler::violation)
        .sorted(Comparator.comparing((ApiProblem.Violation v) -> v.pointer() == null ? "" : v.pointer())
            .thenComparing(ApiProblem.Violation::code))
        .toList();
    boolean document = violations.stream().allMatch(v -> SamValidation.problem(v)
        .map(p -> p.source() == Problem.Source.DOCUMENT).orElse(false));
    return document ? ApiProblem.invalidDocument(list) : ApiProblem.badRequest(list);
  }

  /**
   * One constraint violation as a problem violation: the SDK problem's JSON Pointer (for a document) or the property
   * path below the parameter as a pointer, the SDK code (or the constraint's name), and the interpolated message.
   */
  static ApiProblem.Violation violation(ConstraintViolation<?> v) {
    Optional<Problem> problem = SamValidation.problem(v);
    String pointer = problem.filter(p -> p.source() == Problem.Source.DOCUMENT).map(Problem::where)
        .orElseGet(() -> pointer(v.getPropertyPath()));
    String code = SamValidation.code(v).orElseGet(() -> v.getConstraintDescriptor() == null ? "INVALID"
        : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    return new ApiProblem.Violation(Redaction.maskCprLike(pointer), null, code,
        Redaction.maskCprLike(v.getMessage()));
  }

  /** The property nodes of a path below the method and parameter, as a JSON Pointer ({@code ""} for the whole body). */
  private static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.getIndex() != null) {
          b.append('/').append(node.getIndex());
        }
        if (node.getName() != null && !node.getName().startsWith("<")) {
          b.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
        }
      }
    }
    return b.toString();
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
