package dk.samarbejdsmodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hostile bodies are refused before they reach the database. */
class LimitsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MIB = 1024 * 1024;

  private final ServiceUnderTest service = ServiceUnderTest.shared();

  private long writes() {
    return service.bean(CourseStore.class).writeAttempts();
  }

  @Test
  void a_17_mib_body_announced_with_expect_continue_is_refused_with_413_before_it_is_sent() throws IOException {
    long before = writes();
    try (Socket socket = new Socket("127.0.0.1", service.base().getPort())) {
      socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
      socket.getOutputStream().write(("PUT /courses/course-big HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + 17 * MIB + "\r\nExpect: 100-continue\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String status = statusLine(socket.getInputStream());
      assertTrue(status.startsWith("HTTP/1.1 413"), status);
    }
    assertEquals(before, writes());
  }

  @Test
  void a_17_mib_body_sent_with_its_content_length_is_refused_with_413() throws IOException {
    long before = writes();
    try (Socket socket = new Socket("127.0.0.1", service.base().getPort())) {
      socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(("PUT /courses/course-big HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + 17 * MIB + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[MIB];
      Arrays.fill(chunk, (byte) ' ');
      try {
        for (int i = 0; i < 17; i++) {
          out.write(chunk);
        }
        out.flush();
      } catch (IOException e) {
        // the server closes the connection once it has refused the body; its answer is read below
      }
      String status = statusLine(socket.getInputStream());
      assertTrue(status.startsWith("HTTP/1.1 413"), status);
    }
    assertEquals(before, writes());
  }

  @Test
  void a_17_mib_chunked_body_is_refused_with_413_once_it_passes_the_limit() throws IOException {
    long before = writes();
    try (Socket socket = new Socket("127.0.0.1", service.base().getPort())) {
      socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(("PUT /courses/course-chunked HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[MIB];
      Arrays.fill(chunk, (byte) ' ');
      try {
        for (int i = 0; i < 17; i++) {
          out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // the server may close the connection once it has refused the body; its answer is read below
      }
      String status = statusLine(socket.getInputStream());
      assertTrue(status.startsWith("HTTP/1.1 413"), status);
    }
    assertEquals(before, writes());
  }

  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
      line.write(c);
    }
    return line.toString(StandardCharsets.US_ASCII).trim();
  }

  @Test
  void deep_nesting_and_invalid_utf8_are_refused_with_400_and_the_readers_code() throws Exception {
    long before = writes();
    String deep = "{\"schemaVersion\":\"1.0\",\"kind\":\"course\",\"extensions\":{\"x:y\":" + "[".repeat(100_000)
        + "]".repeat(100_000) + "}}";
    HttpResponse<String> d = service.put("/courses/course-deep", deep, null);
    assertEquals(400, d.statusCode(), d.body());
    assertEquals("TOO_DEEP", MAPPER.readTree(d.body()).get("violations").get(0).get("code").asText());

    byte[] bad = "{\"schemaVersion\":\"1.0\",\"kind\":\"course\",\"id\":\"c-\u00e6\"}".getBytes(StandardCharsets.UTF_8);
    byte[] invalid = Arrays.copyOf(bad, bad.length);
    invalid[invalid.length - 4] = (byte) 0xC3;
    invalid[invalid.length - 3] = (byte) 0x28; // 0xC3 0x28 is not UTF-8
    HttpResponse<String> u = service.send(service.request("/courses/course-utf8").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(invalid)).build());
    assertEquals(400, u.statusCode(), u.body());
    JsonNode v = MAPPER.readTree(u.body()).get("violations").get(0);
    assertEquals("NOT_UTF8", v.get("code").asText());

    HttpResponse<String> text = service.send(service.request("/courses/course-text").header("Content-Type", "text/plain")
        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(415, text.statusCode(), text.body());
    HttpResponse<String> notJson = service.put("/courses/course-x", "not json at all", null);
    assertEquals(400, notJson.statusCode());
    assertEquals(before, writes(), "nothing refused reached the database");
  }
}
