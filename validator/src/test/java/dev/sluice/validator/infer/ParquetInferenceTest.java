package dev.sluice.validator.infer;

import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet files written here: nesting, lineage, caps, options and the profile. */
class ParquetInferenceTest {
  private static final String NESTED = "message m { required int64 id; "
      + "optional group customer { optional binary email (STRING); optional int32 age; } "
      + "optional group tags (LIST) { repeated group list { optional binary element (STRING); } } "
      + "optional group lines (LIST) { repeated group list { optional group element { "
      + "optional binary sku (STRING); optional double price; } } } "
      + "optional group attrs (MAP) { repeated group key_value { required binary key (STRING); "
      + "optional binary value (STRING); } } }";

  @TempDir Path dir;

  @Test
  void structsBecomeObjectsListsArraysAndMapsAreLeftOut() throws Exception {
    ParquetFixture f = ParquetFixture.schema(NESTED).metadata("lineage.source_system", "crm")
        .metadata("other.key", "x");
    for (long i = 1; i <= 300; i++) {
      f.row(row("id", i, "customer", Map.of("email", "u" + i + "@x.example", "age", (int) (20 + i % 50)),
          "tags", List.of(i % 2 == 0 ? "red" : "blue"),
          "lines", List.of(Map.of("sku", "S" + i, "price", i * 1.5)),
          "attrs", Map.of("k", "v")));
    }
    Path file = f.write(dir.resolve("nested.parquet"));
    Inferred inferred = Inferred.of(List.of(file), InferOptions.DEFAULTS, dir);
    DatasetSpec m = inferred.contract().schema().get(0);
    assertThat(m.properties()).extracting(FieldSpec::name).containsExactly("id", "customer", "tags", "lines");
    FieldSpec customer = m.property("customer").orElseThrow();
    assertThat(customer.logicalType()).isEqualTo("object");
    assertThat(customer.properties()).extracting(FieldSpec::name).containsExactly("email", "age");
    assertThat(customer.properties().get(0).options().format()).isEqualTo("email");
    assertThat(customer.properties().get(1).required()).isTrue();
    FieldSpec tags = m.property("tags").orElseThrow();
    assertThat(tags.logicalType()).isEqualTo("array");
    assertThat(tags.items().logicalType()).isEqualTo("string");
    assertThat(tags.items().quality()).hasSize(1); // red/blue: an enum on the items
    FieldSpec lines = m.property("lines").orElseThrow();
    assertThat(lines.items().logicalType()).isEqualTo("object");
    assertThat(lines.items().properties()).extracting(FieldSpec::name).containsExactly("sku", "price");
    assertThat(lines.items().properties().get(0).unique()).isFalse(); // inside a list: never
    assertThat(inferred.result().notes()).anyMatch(n -> n.contains("attrs"));
    assertThat(inferred.yaml()).contains("key: lineage.source_system").doesNotContain("other.key")
        .contains("- crm");
  }

  @Test
  void aSmallDistinctBudgetGivesUpUniquenessAndEnumsForAnEstimate() throws Exception {
    ParquetFixture f = ParquetFixture.schema("message m { required int64 id; required binary s (STRING); }");
    for (long i = 0; i < 5000; i++) {
      f.row(row("id", i, "s", i % 3 == 0 ? "a" : "b"));
    }
    Path file = f.write(dir.resolve("ids.parquet"));
    Inferred exact = Inferred.of(List.of(file), InferOptions.DEFAULTS, dir);
    assertThat(exact.contract().schema().get(0).property("id").orElseThrow().unique()).isTrue();
    InferOptions tiny = InferOptions.DEFAULTS.withDistinctMemory(20_000);
    Inferred capped = Inferred.of(List.of(file), tiny, dir);
    assertThat(capped.contract().schema().get(0).property("id").orElseThrow().unique()).isFalse();
    JsonNode id = new ObjectMapper().readTree(capped.result().profileJson()).get("columns").get(0);
    assertThat(id.get("distinct").get("method").asText()).isEqualTo("hyperloglog");
    assertThat(id.get("distinct").get("count").asLong()).isBetween(4750L, 5250L);
  }

  @Test
  void enumThresholdZeroTurnsEnumsOff() throws Exception {
    ParquetFixture f = ParquetFixture.schema("message m { required binary s (STRING); }");
    for (int i = 0; i < 1000; i++) {
      f.row(row("s", i % 2 == 0 ? "on" : "off"));
    }
    Path file = f.write(dir.resolve("flags.parquet"));
    assertThat(Inferred.of(List.of(file), InferOptions.DEFAULTS, dir).yaml())
        .contains("metric: invalidValues").contains("- \"on\"").contains("- \"off\"");
    assertThat(Inferred.of(List.of(file), InferOptions.DEFAULTS.withEnumThreshold(0), dir).yaml())
        .doesNotContain("invalidValues");
  }

  @Test
  void dateRangesAreWholeDaysOutward() throws Exception {
    ParquetFixture f = ParquetFixture.schema("message m { required int32 d (DATE); "
        + "required int64 t (TIMESTAMP(MICROS,true)); required int64 l (TIMESTAMP(MILLIS,false)); }");
    f.row(row("d", 19723, "t", 1_704_103_200_000_000L, "l", 1_704_103_200_000L)); // 2024-01-01T10:00
    f.row(row("d", 19724, "t", 1_704_200_000_000_000L, "l", 1_704_200_000_000L));
    Path file = f.write(dir.resolve("times.parquet"));
    Inferred inferred = Inferred.of(List.of(file), InferOptions.DEFAULTS.withDateRanges(true), dir);
    DatasetSpec m = inferred.contract().schema().get(0);
    assertThat(m.property("d").orElseThrow().options().lower().value()).isEqualTo("2024-01-01");
    assertThat(m.property("t").orElseThrow().options().lower().value()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(m.property("t").orElseThrow().options().upper().value()).isEqualTo("2024-01-03T00:00:00Z");
    assertThat(m.property("l").orElseThrow().physicalType()).isEqualTo("timestamp_ntz");
    assertThat(Inferred.of(List.of(file), InferOptions.DEFAULTS, dir).yaml()).doesNotContain("minimum");
  }

  @Test
  void floatsWithNanGetNoRangeAndTheProfileCountsThem() throws Exception {
    ParquetFixture f = ParquetFixture.schema("message m { optional double x; }");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Double x = i == 8 ? null : Double.valueOf(i == 7 ? Double.NaN : i);
      rows.add(row("x", x));
    }
    Path file = f.rows(rows).write(dir.resolve("nan.parquet"));
    Inferred inferred = Inferred.of(List.of(file), InferOptions.DEFAULTS, dir);
    assertThat(inferred.contract().schema().get(0).property("x").orElseThrow().options().lower()).isNull();
    JsonNode x = new ObjectMapper().readTree(inferred.result().profileJson()).get("columns").get(0);
    assertThat(x.get("nans").asLong()).isEqualTo(1);
    assertThat(x.get("nulls").asLong()).isEqualTo(1);
    assertThat(x.get("nullFraction").asDouble()).isEqualTo(0.01);
    assertThat(x.get("quantiles").get("p50").asDouble()).isBetween(48.0, 51.0);
    assertThat(x.get("quantiles").get("method").asText()).isEqualTo("bottom-k sample");
    assertThat(x.get("top")).hasSize(5);
  }

  @Test
  void aSidecarAddsLineageTagsAndTagsMissingFromAFileAreOptional() throws Exception {
    Path a = ParquetFixture.schema("message m { required int64 id; }").row(row("id", 1L))
        .metadata("lineage.run_id", "run-1").write(dir.resolve("a.parquet"));
    Path b = ParquetFixture.schema("message m { required int64 id; }").row(row("id", 2L))
        .write(dir.resolve("b.parquet"));
    Files.writeString(dir.resolve("b.parquet.lineage.json"), "{\"lineage.run_id\": \"run-2\", "
        + "\"lineage.team\": \"sales\"}");
    Inferred inferred = Inferred.of(List.of(a, b), InferOptions.DEFAULTS, dir);
    assertThat(inferred.yaml()).contains("key: lineage.run_id\n        required: true\n")
        .contains("key: lineage.team\n        required: false\n        validValues:")
        .contains("path: " + dir.toString().replace('\\', '/') + "/*.parquet");
  }

  @Test
  void aTagTheSidecarContradictsGetsNoRule() throws Exception {
    Path a = ParquetFixture.schema("message m { required int64 id; }").row(row("id", 1L))
        .metadata("lineage.source", "crm").metadata("lineage.owner", "sales")
        .write(dir.resolve("a.parquet"));
    Files.writeString(dir.resolve("a.parquet.lineage.json"), "{\"lineage.source\": \"erp\"}");
    String yaml = Inferred.of(List.of(a), InferOptions.DEFAULTS, dir).yaml();
    assertThat(yaml).contains("key: lineage.owner").doesNotContain("lineage.source");
  }
}
