package dev.sluice.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.lint.LintMode;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.FieldSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;

/** The sample contract lints clean and describes what the generator writes. */
class OrdersContractTest {
  static final Path CONTRACT = Path.of("orders/orders.odcs.yaml");

  @Test
  void lintsWithoutFindingsInStrictMode() throws IOException {
    Contracts.LintResult result = Contracts.lint(CONTRACT, LintMode.STRICT);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void namesTheGeneratedColumnsInOrder() throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    List<String> properties = contract.schema().get(0).properties().stream()
        .map(FieldSpec::name).toList();
    List<String> columns = OrdersSchema.TYPE.getFields().stream().map(Type::getName).toList();
    assertThat(properties).isEqualTo(columns);
  }

  @Test
  void allowsTheCleanSourceSystemButNotTheDirtyOne() throws IOException {
    JsonNode tags = yaml().path("customProperties").get(0).path("value");
    List<String> valid = new ArrayList<>();
    tags.get(0).path("validValues").forEach(v -> valid.add(v.asText()));
    assertThat(tags.get(0).path("key").asText()).isEqualTo(LineageTags.SOURCE_SYSTEM);
    assertThat(valid).contains(LineageTags.CLEAN_SOURCE).doesNotContain(LineageTags.DIRTY_SOURCE);
    assertThat(LineageTags.runId(1).toString()).matches(tags.get(1).path("pattern").asText());
  }

  @Test
  void localServerPointsAtTheCommittedCleanFile() throws IOException {
    JsonNode local = yaml().path("servers").get(0);
    assertThat(local.path("type").asText()).isEqualTo("local");
    assertThat(CONTRACT.resolveSibling(local.path("path").asText()))
        .isEqualTo(CommittedSamplesTest.CLEAN).exists();
  }

  private static JsonNode yaml() throws IOException {
    return new YAMLMapper().readTree(CONTRACT.toFile());
  }
}
