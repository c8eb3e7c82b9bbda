package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenLineageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Workspace ws() {
    return new Workspace(dir);
  }

  @Test
  void fileTargetAppendsAStartAndATerminalEventPerRun() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path dirty = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Path clean = ws().parquet("clean.parquet", Workspace.CLEAN_ROWS);
    Path events = dir.resolve("lineage.jsonl");
    assertThat(Cli.run("validate", contract.toString(), dirty.toString(), "--openlineage",
        events.toString()).exitCode()).isEqualTo(1);
    Cli second = Cli.run("validate", contract.toString(), clean.toString(), "--openlineage",
        events.toString());
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).isEmpty();
    List<String> lines = Files.readAllLines(events);
    assertThat(lines).hasSize(4);
    List<JsonNode> all = new java.util.ArrayList<>();
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      assertThat(LineageSchemas.runEventViolations(event)).isEmpty();
      all.add(event);
    }
    assertThat(all).extracting(e -> e.get("eventType").asText())
        .containsExactly("START", "FAIL", "START", "COMPLETE");
    JsonNode start = all.get(0);
    JsonNode failed = all.get(1);
    assertThat(start.at("/run/runId")).isEqualTo(failed.at("/run/runId"));
    assertThat(all.get(2).at("/run/runId")).isEqualTo(all.get(3).at("/run/runId"))
        .isNotEqualTo(failed.at("/run/runId"));
    assertThat(start.get("job")).isEqualTo(failed.get("job"));
    assertThat(start.at("/inputs/0/name")).isEqualTo(failed.at("/inputs/0/name"));
    assertThat(start.at("/inputs/0/inputFacets").isMissingNode()).isTrue();
    assertThat(failed.at("/job/namespace").asText()).isEqualTo("sluice");
    assertThat(failed.at("/job/name").asText()).isEqualTo("cli-test-orders.orders");
    assertThat(failed.at("/inputs/0/namespace").asText()).isEqualTo("file");
    assertThat(failed.at("/inputs/0/name").asText()).isEqualTo(dirty.toAbsolutePath().toString());
  }

  @Test
  void dataThatCannotBeJudgedEndsTheStartedRunWithAFailAndItsReason() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path broken = dir.resolve("broken.parquet");
    Files.writeString(broken, "not parquet at all");
    Path events = dir.resolve("lineage.jsonl");
    Cli cli = Cli.run("validate", contract.toString(), broken.toString(), "--openlineage",
        events.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    List<String> lines = Files.readAllLines(events);
    assertThat(lines).hasSize(2);
    JsonNode start = JSON.readTree(lines.get(0));
    JsonNode end = JSON.readTree(lines.get(1));
    assertThat(LineageSchemas.runEventViolations(end)).isEmpty();
    assertThat(start.get("eventType").asText()).isEqualTo("START");
    assertThat(end.get("eventType").asText()).isEqualTo("FAIL");
    assertThat(end.at("/run/runId")).isEqualTo(start.at("/run/runId"));
    assertThat(end.at("/run/facets/errorMessage/message").asText())
        .isEqualTo(cli.err().lines().filter(l -> l.contains("broken.parquet")).findFirst()
            .orElseThrow().replaceFirst("^sluice: (error: )?", ""));
    assertThat(end.at("/run/facets/errorMessage/programmingLanguage").asText()).isEqualTo("Java");
    assertThat(end.at("/inputs/0/name").asText()).isEqualTo(broken.toAbsolutePath().toString());
  }

  @Test
  void aContractThatDoesNotLoadEmitsNothing() throws Exception {
    Path contract = dir.resolve("bad.odcs.yaml");
    Files.writeString(contract, "apiVersion: v3.1.0\nkind: [unclosed\n");
    Path clean = ws().parquet("clean.parquet", Workspace.CLEAN_ROWS);
    Path events = dir.resolve("lineage.jsonl");
    Cli cli = Cli.run("validate", contract.toString(), clean.toString(), "--openlineage",
        events.toString());
    assertThat(cli.exitCode()).isNotZero();
    assertThat(events).doesNotExist();
  }

  @Test
  void assertionsAndMetricsFollowTheReport() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path dirty = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Path events = dir.resolve("lineage.jsonl");
    Cli cli = Cli.run("validate", contract.toString(), dirty.toString(), "--format", "json",
        "--openlineage", events.toString());
    JsonNode report = JSON.readTree(cli.out());
    JsonNode facets = lastEvent(events).at("/inputs/0/inputFacets");
    JsonNode assertions = facets.at("/dataQualityAssertions/assertions");
    assertThat(assertions).hasSize(report.get("checks").size());
    for (int i = 0; i < assertions.size(); i++) {
      JsonNode check = report.get("checks").get(i);
      JsonNode a = assertions.get(i);
      assertThat(a.get("assertion").asText()).isEqualTo(check.get("id").asText());
      assertThat(a.get("success").asBoolean())
          .isEqualTo(check.get("status").asText().equals("passed"));
      assertThat(a.path("column").asText(null)).isEqualTo(check.get("property").asText(null));
    }
    JsonNode metrics = facets.get("dataQualityMetrics");
    assertThat(metrics.get("rowCount").asLong()).isEqualTo(4);
    assertThat(metrics.at("/columnMetrics/id/nullCount").asLong()).isEqualTo(1);
    assertThat(metrics.at("/columnMetrics/email/nullCount").asLong()).isEqualTo(1);
    // 3 non-null ids, 1 duplicate: 2 distinct
    assertThat(metrics.at("/columnMetrics/id/distinctCount").asLong()).isEqualTo(2);
    assertThat(metrics.at("/columnMetrics/amount").isMissingNode()).isTrue();
    assertThat(metrics.at("/columnMetrics/id").has("min")).isFalse();
  }

  @Test
  void severalFilesAreInputsWithTheirOwnRowCounts() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path a = ws().parquet("a.parquet", Workspace.CLEAN_ROWS);
    Path b = ws().parquet("b.parquet", Workspace.DIRTY_ROWS);
    Path events = dir.resolve("lineage.jsonl");
    Cli.run("validate", contract.toString(), a.toString(), b.toString(), "--openlineage",
        events.toString());
    JsonNode event = lastEvent(events);
    assertThat(LineageSchemas.runEventViolations(event)).isEmpty();
    JsonNode inputs = event.get("inputs");
    assertThat(inputs).hasSize(2);
    assertThat(inputs.get(0).at("/inputFacets/dataQualityMetrics/rowCount").asLong()).isEqualTo(3);
    assertThat(inputs.get(1).at("/inputFacets/dataQualityMetrics/rowCount").asLong()).isEqualTo(4);
    assertThat(inputs.get(1).at("/inputFacets/dataQualityMetrics/columnMetrics").isEmpty()).isTrue();
    assertThat(inputs.get(0).at("/inputFacets/dataQualityAssertions/assertions"))
        .isEqualTo(inputs.get(1).at("/inputFacets/dataQualityAssertions/assertions"));
  }

  @Test
  void urlTargetReceivesTheEventsByPost() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    List<String> types = new CopyOnWriteArrayList<>();
    List<String> auth = new CopyOnWriteArrayList<>();
    HttpServer server = receiver(201, bodies, types, auth);
    try {
      Path contract = ws().contract("orders.odcs.yaml");
      Path dirty = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
      Cli cli = Cli.run("validate", contract.toString(), dirty.toString(), "--openlineage",
          url(server) + "/api/v1/lineage");
      assertThat(cli.exitCode()).isEqualTo(1);
      assertThat(cli.err()).isEmpty();
    } finally {
      server.stop(0);
    }
    assertThat(bodies).hasSize(2);
    assertThat(types).containsExactly("application/json", "application/json");
    JsonNode start = JSON.readTree(bodies.get(0));
    JsonNode event = JSON.readTree(bodies.get(1));
    assertThat(LineageSchemas.runEventViolations(start)).isEmpty();
    assertThat(LineageSchemas.runEventViolations(event)).isEmpty();
    assertThat(start.get("eventType").asText()).isEqualTo("START");
    assertThat(event.get("eventType").asText()).isEqualTo("FAIL");
    if (System.getenv(LineageEmission.API_KEY_VARIABLE) == null) {
      assertThat(auth).containsExactly("", "");
    }
  }

  @Test
  void anApiKeyIsSentAsABearerToken() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    List<String> auth = new CopyOnWriteArrayList<>();
    HttpServer server = receiver(200, bodies, new CopyOnWriteArrayList<>(), auth);
    java.io.StringWriter warnings = new java.io.StringWriter();
    try {
      LineageEmission emission = new LineageEmission(url(server) + "/api/v1/lineage",
          " s3cret-key \n", java.time.Instant.now(), new java.io.PrintWriter(warnings, true));
      emission.start("c.orders", List.of("-"));
      emission.abort("c.orders", List.of("-"), "stdin ended inside a batch");
    } finally {
      server.stop(0);
    }
    assertThat(warnings.toString()).isEmpty();
    assertThat(auth).containsExactly("Bearer s3cret-key", "Bearer s3cret-key");
    JsonNode end = JSON.readTree(bodies.get(1));
    assertThat(end.at("/inputs/0/namespace").asText()).isEqualTo("sluice");
    assertThat(end.at("/inputs/0/name").asText()).isEqualTo("stdin");
    assertThat(end.at("/run/facets/errorMessage/message").asText())
        .isEqualTo("stdin ended inside a batch");
  }

  @Test
  void aRefusedDeliveryIsAWarningThatLeavesTheExitCode() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server = receiver(500, bodies, new CopyOnWriteArrayList<>(),
        new CopyOnWriteArrayList<>());
    Path contract = ws().contract("orders.odcs.yaml");
    Path clean = ws().parquet("clean.parquet", Workspace.CLEAN_ROWS);
    Cli refused;
    try {
      refused = Cli.run("validate", contract.toString(), clean.toString(), "--openlineage",
          url(server) + "/lineage");
    } finally {
      server.stop(0);
    }
    assertThat(refused.exitCode()).isZero();
    assertThat(refused.err()).startsWith("sluice: warning: OpenLineage event not delivered to ")
        .contains("HTTP 500").hasLineCount(1);
    assertThat(bodies).hasSize(1); // the refused START: the terminal event is not attempted
    Cli unreachable = Cli.run("validate", contract.toString(), clean.toString(), "--openlineage",
        url(server) + "/lineage");
    assertThat(unreachable.exitCode()).isZero();
    assertThat(unreachable.err()).startsWith("sluice: warning: OpenLineage event not delivered")
        .hasLineCount(1);
  }

  @Test
  void anUnwritableFileIsAWarningToo() {
    Path contract = ws().contract("orders.odcs.yaml");
    Path clean = ws().parquet("clean.parquet", Workspace.CLEAN_ROWS);
    Cli cli = Cli.run("validate", contract.toString(), clean.toString(), "--openlineage",
        dir.resolve("no/such/dir/events.jsonl").toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).contains("OpenLineage event not delivered").contains("no such file");
  }

  @Test
  void theSchemasAcceptTheOfficialExamplesAndRejectABrokenEvent() throws Exception {
    for (String name : List.of("DataQualityAssertionsDatasetFacet", "DataQualityMetricsInputDatasetFacet")) {
      try (InputStream in = getClass().getResourceAsStream("/openlineage/example-" + name + ".json")) {
        JsonNode example = JSON.readTree(in);
        String schema = name.startsWith("DataQualityA") ? LineageSchemas.ASSERTIONS : LineageSchemas.METRICS;
        assertThat(LineageSchemas.violations(schema, example)).isEmpty();
      }
    }
    Path contract = ws().contract("orders.odcs.yaml");
    Path clean = ws().parquet("clean.parquet", Workspace.CLEAN_ROWS);
    Path events = dir.resolve("e.jsonl");
    Cli.run("validate", contract.toString(), clean.toString(), "--openlineage", events.toString());
    ObjectNode event = (ObjectNode) lastEvent(events);
    ((ObjectNode) event.at("/inputs/0/inputFacets/dataQualityAssertions/assertions/0"))
        .put("success", "yes");
    ((ObjectNode) event.at("/inputs/0/inputFacets/dataQualityMetrics")).put("rowCount", "3");
    event.put("eventType", "DONE");
    assertThat(LineageSchemas.runEventViolations(event)).hasSizeGreaterThanOrEqualTo(3);
  }

  private static HttpServer receiver(int status, List<String> bodies, List<String> types)
      throws IOException {
    return receiver(status, bodies, types, new CopyOnWriteArrayList<>());
  }

  /** A local endpoint answering {@code status}, noting each body, content type and auth header. */
  private static HttpServer receiver(int status, List<String> bodies, List<String> types,
      List<String> auth) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      types.add(exchange.getRequestHeaders().getFirst("Content-Type"));
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      auth.add(authorization == null ? "" : authorization);
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static JsonNode lastEvent(Path events) throws IOException {
    List<String> lines = Files.readAllLines(events);
    return JSON.readTree(lines.get(lines.size() - 1));
  }
}
