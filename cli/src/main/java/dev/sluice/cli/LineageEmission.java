package dev.sluice.cli;

import dev.sluice.validator.report.ValidationReport;
import io.openlineage.client.OpenLineageClientUtils;
import io.openlineage.client.utils.UUIDUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Delivers a validation's OpenLineage event: an {@code http(s)} URL gets it by POST (as the
 * client's HTTP transport does, {@value #TIMEOUT_SECONDS} s timeout); anything else is a file that
 * gets it appended as one JSON line (as the client's file transport does). Lineage is a side
 * channel: a failed delivery is a one-line warning on stderr, never a different exit code.
 */
final class LineageEmission {
  static final int TIMEOUT_SECONDS = 10;

  private LineageEmission() {}

  /** Sends the event for {@code report}; the run id is a UUIDv7 of the time the run started. */
  static void send(String target, ValidationReport report, Instant started, PrintWriter err) {
    String json = OpenLineageClientUtils.toJson(LineageEvent.of(report,
        UUIDUtils.generateNewUUID(started), ZonedDateTime.now(ZoneOffset.UTC)));
    try {
      if (isUrl(target)) {
        post(URI.create(target), json);
      } else {
        Files.writeString(Path.of(target), json + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      }
    } catch (java.net.ConnectException e) {
      warn(err, target, "cannot connect" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (IOException e) {
      warn(err, target, IoMessages.reason(e));
    } catch (IllegalArgumentException e) {
      warn(err, target, IoMessages.firstLine(String.valueOf(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      warn(err, target, "interrupted");
    }
  }

  private static void warn(PrintWriter err, String target, String reason) {
    err.println("sluice: warning: OpenLineage event not delivered to " + target + ": " + reason
        + " (the validation's result stands)");
  }

  static boolean isUrl(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static void post(URI uri, String json) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode());
    }
  }
}
