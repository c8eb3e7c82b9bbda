package dev.sluice.cli;

import dev.sluice.validator.report.ValidationReport;
import io.openlineage.client.OpenLineage.RunEvent;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Delivers a validation's OpenLineage events, all of one run (a UUIDv7 of the time it started):
 * {@code START} before the data is read, then the terminal event. An {@code http(s)} URL gets
 * each by POST (as the client's HTTP transport does, {@value #TIMEOUT_SECONDS} s timeout, with
 * {@code Authorization: Bearer <key>} when the environment holds {@value #API_KEY_VARIABLE});
 * anything else is a file that gets each appended as one JSON line (as the client's file
 * transport does). Lineage is a side channel: a failed delivery is a one-line warning on stderr,
 * never a different exit code, and the run's later events are not attempted (no second warning,
 * no second timeout).
 */
final class LineageEmission {
  static final int TIMEOUT_SECONDS = 10;
  /** The environment variable holding the backend's API key (as OpenLineage's clients name it). */
  static final String API_KEY_VARIABLE = "OPENLINEAGE_API_KEY";

  private final String target;
  private final @Nullable String apiKey;
  private final UUID runId;
  private final PrintWriter err;
  private boolean failed;
  /** Made for the first event sent by POST, kept for the run's next one. */
  private @Nullable HttpClient client;

  LineageEmission(String target, @Nullable String apiKey, Instant started, PrintWriter err) {
    this.target = target;
    this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    this.runId = UUIDUtils.generateNewUUID(started);
    this.err = err;
  }

  /** Emission to {@code target} with the API key of this process's environment, if any. */
  static LineageEmission fromEnvironment(String target, Instant started, PrintWriter err) {
    return new LineageEmission(target, System.getenv(API_KEY_VARIABLE), started, err);
  }

  /** The validation of {@code paths} as {@code job} begins. */
  void start(String job, List<String> paths) {
    send(LineageEvent.start(job, paths, runId, now()));
  }

  /** The validation ended with {@code report}. */
  void finish(ValidationReport report) {
    send(LineageEvent.of(report, runId, now()));
  }

  /** The validation started as {@code job} ended without a report, for {@code reason}. */
  void abort(String job, List<String> paths, String reason) {
    send(LineageEvent.aborted(job, paths, reason, runId, now()));
  }

  private static ZonedDateTime now() {
    return ZonedDateTime.now(ZoneOffset.UTC);
  }

  private void send(RunEvent event) {
    if (failed) {
      return;
    }
    String json = OpenLineageClientUtils.toJson(event);
    try {
      if (isUrl(target)) {
        post(URI.create(target), json);
      } else {
        Files.writeString(Path.of(target), json + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      }
      return;
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
    failed = true;
  }

  private static void warn(PrintWriter err, String target, String reason) {
    err.println("sluice: warning: OpenLineage event not delivered to " + target + ": " + reason
        + " (the validation's result stands)");
  }

  static boolean isUrl(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private void post(URI uri, String json) throws IOException, InterruptedException {
    if (client == null) {
      client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    HttpResponse<String> response = client.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode());
    }
  }
}
