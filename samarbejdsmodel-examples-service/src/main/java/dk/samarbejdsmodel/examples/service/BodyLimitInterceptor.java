package dk.samarbejdsmodel.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a body whose declared {@code Content-Length} is over the limit with 413 before anything touches the
 * body — in particular before Spring's body reading sends {@code 100 Continue}, so a client announcing an
 * over-size body with {@code Expect: 100-continue} never sends it. Bodies without a length (chunked) are cut off
 * by {@link RequestValues#body} once they pass the limit.
 */
@Component
class BodyLimitInterceptor implements HandlerInterceptor {

  private final int limit;

  BodyLimitInterceptor(ServiceProperties properties) {
    this.limit = properties.maxBodyBytes();
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getContentLengthLong() > limit) {
      throw ApiProblem.tooLarge(limit);
    }
    return true;
  }
}
