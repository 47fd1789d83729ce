package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.SmartHttpMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Dokumentkroppen — reads a request body declared as {@code @RequestBody ReadResult<Course>} (or another document
 * kind) once, with the SDK's hardened reader: at most {@code sam.max-body-bytes} bytes (413 beyond), strict UTF-8,
 * the format's nesting, string and number limits, every structural error with its JSON Pointer. The result is handed
 * to the controller as it is — valid or not — and the {@code @ValidDocument} constraint on the parameter turns its
 * errors into constraint violations ({@link ProblemHandler} lists them). The body is parsed exactly once: the
 * constraint reports the errors of this read, it does not read again.
 *
 * <p>Only {@code application/json} bodies; anything else is Spring's 415. Never writes.
 */
@Component
class DocumentBodyConverter implements SmartHttpMessageConverter<ReadResult<?>> {

  private final SamJson json;
  private final int limit;

  DocumentBodyConverter(SamJson json, ServiceProperties properties) {
    this.json = json;
    this.limit = properties.maxBodyBytes();
  }

  @Override
  public List<MediaType> getSupportedMediaTypes() {
    return List.of(MediaType.APPLICATION_JSON);
  }

  @Override
  public boolean canRead(ResolvableType type, MediaType mediaType) {
    return ReadResult.class.isAssignableFrom(type.toClass())
        && (mediaType == null || MediaType.APPLICATION_JSON.equalsTypeAndSubtype(mediaType));
  }

  @Override
  public ReadResult<?> read(ResolvableType type, HttpInputMessage message, Map<String, Object> hints)
      throws IOException {
    byte[] body = RequestValues.body(message.getBody(), message.getHeaders().getContentLength(), limit);
    DocumentKind<?> kind = kindOf(type);
    return kind == null ? json.reader().read(body) : json.reader().read(body, kind);
  }

  /** The document kind named by the type argument ({@code ReadResult<Course>} → course); null for any kind. */
  static DocumentKind<?> kindOf(ResolvableType type) {
    Class<?> value = type.as(ReadResult.class).getGeneric(0).resolve();
    if (value == null) {
      return null;
    }
    return DocumentKind.all().stream().filter(k -> k.type() == value).findFirst().orElse(null);
  }

  @Override
  public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
    return false;
  }

  @Override
  public void write(ReadResult<?> value, ResolvableType type, MediaType contentType, HttpOutputMessage message,
      Map<String, Object> hints) {
    throw new UnsupportedOperationException("DocumentBodyConverter only reads");
  }
}
