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
  void fileTargetAppendsOneSchemaValidEventPerRun() throws Exception {
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
    assertThat(lines).hasSize(2);
    JsonNode failed = JSON.readTree(lines.get(0));
    JsonNode passed = JSON.readTree(lines.get(1));
    assertThat(LineageSchemas.runEventViolations(failed)).isEmpty();
    assertThat(LineageSchemas.runEventViolations(passed)).isEmpty();
    assertThat(failed.get("eventType").asText()).isEqualTo("FAIL");
    assertThat(passed.get("eventType").asText()).isEqualTo("COMPLETE");
    assertThat(failed.at("/run/runId").asText()).isNotEqualTo(passed.at("/run/runId").asText());
    assertThat(failed.at("/job/namespace").asText()).isEqualTo("sluice");
    assertThat(failed.at("/job/name").asText()).isEqualTo("cli-test-orders.orders");
    assertThat(failed.at("/inputs/0/namespace").asText()).isEqualTo("file");
    assertThat(failed.at("/inputs/0/name").asText()).isEqualTo(dirty.toAbsolutePath().toString());
  }

  @Test
  void assertionsAndMetricsFollowTheReport() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path dirty = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Path events = dir.resolve("lineage.jsonl");
    Cli cli = Cli.run("validate", contract.toString(), dirty.toString(), "--format", "json",
        "--openlineage", events.toString());
    JsonNode report = JSON.readTree(cli.out());
    JsonNode facets = JSON.readTree(Files.readString(events)).at("/inputs/0/inputFacets");
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
    JsonNode event = JSON.readTree(Files.readString(events));
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
  void urlTargetReceivesTheEventByPost() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    List<String> types = new CopyOnWriteArrayList<>();
    HttpServer server = receiver(201, bodies, types);
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
    assertThat(bodies).hasSize(1);
    assertThat(types).containsExactly("application/json");
    JsonNode event = JSON.readTree(bodies.get(0));
    assertThat(LineageSchemas.runEventViolations(event)).isEmpty();
    assertThat(event.get("eventType").asText()).isEqualTo("FAIL");
  }

  @Test
  void aRefusedDeliveryIsAWarningThatLeavesTheExitCode() throws Exception {
    HttpServer server = receiver(500, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
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
    ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(events));
    ((ObjectNode) event.at("/inputs/0/inputFacets/dataQualityAssertions/assertions/0"))
        .put("success", "yes");
    ((ObjectNode) event.at("/inputs/0/inputFacets/dataQualityMetrics")).put("rowCount", "3");
    event.put("eventType", "DONE");
    assertThat(LineageSchemas.runEventViolations(event)).hasSizeGreaterThanOrEqualTo(3);
  }

  private static HttpServer receiver(int status, List<String> bodies, List<String> types)
      throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      types.add(exchange.getRequestHeaders().getFirst("Content-Type"));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }
}
