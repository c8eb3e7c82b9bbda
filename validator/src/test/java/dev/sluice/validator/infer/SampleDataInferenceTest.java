package dev.sluice.validator.infer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.validator.report.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed samples (Parquet, CSV, JSON Lines, clean and dirty) give contracts they pass. */
class SampleDataInferenceTest {
  static final Path ORDERS = Path.of("..", "samples", "orders", "data");

  @TempDir Path dir;

  @Test
  void ordersParquetGivesTypesKeysRangesEnumsFormatsAndLineage() throws Exception {
    Path file = ORDERS.resolve("orders.parquet");
    Inferred inferred = Inferred.of(List.of(file), InferOptions.DEFAULTS, dir);
    assertThat(inferred.report().verdict()).isEqualTo(Verdict.PASSED);
    DatasetSpec orders = inferred.contract().schema().get(0);
    assertThat(orders.name()).isEqualTo("orders");
    assertThat(orders.properties()).extracting(FieldSpec::name).containsExactly("order_id",
        "customer_id", "customer_email", "status", "channel", "amount", "quantity", "created_at",
        "score", "coupon_code");
    FieldSpec id = orders.property("order_id").orElseThrow();
    assertThat(id.logicalType()).isEqualTo("integer");
    assertThat(id.physicalType()).isEqualTo("int64");
    assertThat(id.required()).isTrue();
    assertThat(id.unique()).isTrue();
    assertThat(orders.property("quantity").orElseThrow().physicalType()).isEqualTo("int32");
    assertThat(orders.property("customer_email").orElseThrow().options().format()).isEqualTo("email");
    assertThat(orders.property("customer_email").orElseThrow().required()).isFalse();
    assertThat(orders.property("created_at").orElseThrow().logicalType()).isEqualTo("timestamp");
    assertThat(inferred.yaml()).contains("validValues:\n                - cancelled")
        .contains("key: lineage.run_id\n        required: true\n        format: uuid")
        .contains("format: parquet").contains("path: ../samples/orders/data/orders.parquet")
        // keys in a fixed order, whatever the JVM's hash seed (Map.of iterates in a random one)
        .contains("- property: lineageTags\n    value:");
    assertThat(inferred.contract().servers().get(0).type()).isEqualTo("local");
  }

  @Test
  void dirtyParquetStillPassesItsOwnContract() throws Exception {
    Inferred inferred = Inferred.of(List.of(ORDERS.resolve("orders-dirty.parquet")),
        InferOptions.DEFAULTS, dir);
    FieldSpec id = inferred.contract().schema().get(0).property("order_id").orElseThrow();
    assertThat(id.unique()).isFalse(); // the dirty file repeats ids
  }

  @Test
  void dirtyCsvIsTypedFromItsText() throws Exception {
    Inferred inferred = Inferred.of(List.of(ORDERS.resolve("orders-dirty.csv")),
        InferOptions.DEFAULTS, dir);
    DatasetSpec orders = inferred.contract().schema().get(0);
    assertThat(orders.property("customer_id").orElseThrow().logicalType()).isEqualTo("integer");
    assertThat(orders.property("amount").orElseThrow().logicalType()).isEqualTo("number");
    assertThat(orders.property("status").orElseThrow().logicalType()).isEqualTo("string");
    assertThat(orders.property("created_at").orElseThrow().logicalType()).isEqualTo("timestamp");
    assertThat(inferred.yaml()).contains("format: csv");
  }

  @Test
  void dirtyJsonLinesPassesItsOwnContract() throws Exception {
    Inferred inferred = Inferred.of(List.of(ORDERS.resolve("orders-dirty.jsonl")),
        InferOptions.DEFAULTS, dir);
    DatasetSpec orders = inferred.contract().schema().get(0);
    assertThat(orders.property("customer_id").orElseThrow().logicalType()).isIn("integer", null);
    assertThat(orders.property("status").orElseThrow().logicalType()).isEqualTo("string");
    assertThat(inferred.yaml()).contains("format: json");
  }

  @Test
  void twoFilesAreOneDatasetBehindAGlob() throws Exception {
    List<Path> both = List.of(ORDERS.resolve("orders-dirty.parquet"), ORDERS.resolve("orders.parquet"));
    Inferred inferred = Inferred.of(both, InferOptions.DEFAULTS, dir);
    assertThat(inferred.result().rows()).isEqualTo(4000);
    assertThat(inferred.yaml()).contains("path: ../samples/orders/data/*.parquet");
    assertThat(inferred.result().profileJson()).contains("\"rows\" : 4000");
  }
}
