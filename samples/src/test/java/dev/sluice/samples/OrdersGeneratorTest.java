package dev.sluice.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrdersGeneratorTest {
  @TempDir Path dir;

  @Test
  void sameSeedAndProductionTimeWriteTheSameBytes() throws IOException {
    Generated.write(dir.resolve("a.parquet"), "--rows", "3000", "--dirty", "--seed", "9");
    Generated.write(dir.resolve("b.parquet"), "--rows", "3000", "--dirty", "--seed", "9");
    assertThat(Files.readAllBytes(dir.resolve("a.parquet")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.parquet")));
  }

  @Test
  void anotherSeedWritesOtherValuesAndRunId() throws IOException {
    OrdersFile a = Generated.write(dir.resolve("a.parquet"), "--rows", "500", "--seed", "1");
    OrdersFile b = Generated.write(dir.resolve("b.parquet"), "--rows", "500", "--seed", "2");
    assertThat(a.rows()).isNotEqualTo(b.rows());
    assertThat(a.keyValues().get(LineageTags.RUN_ID))
        .isNotEqualTo(b.keyValues().get(LineageTags.RUN_ID));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 24, 997, 2_000, 10_007})
  void dirtyFilesShowExactlyTheDocumentedDefects(long rows) throws IOException {
    OrdersFile file = Generated.write(dir.resolve("d.parquet"), "--rows", "" + rows, "--dirty",
        "--row-group-rows", "1000");
    assertThat(file.rows()).hasSize((int) rows);
    assertThat(ContractRules.observe(file.rows())).isEqualTo(Defects.dirty(rows).metrics());
    assertThat(ContractRules.pairDuplicatesWithNulls(file.rows()))
        .isEqualTo(Defects.dirty(rows).metric("orders.duplicateValues"));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2_000, 10_007})
  void cleanFilesPassEveryRowCheck(long rows) throws IOException {
    OrdersFile file = Generated.write(dir.resolve("c.parquet"), "--rows", "" + rows);
    Map<String, Long> observed = ContractRules.observe(file.rows());
    assertThat(observed).isEqualTo(Defects.clean(rows).metrics());
    assertThat(100.0 * observed.get("customer_email.missingValues")).isLessThanOrEqualTo(2.0 * rows);
    assertThat(100.0 * observed.get("score.nullValues")).isLessThanOrEqualTo(2.0 * rows);
  }

  @Test
  void percentRulesPassWhenCleanAndFailWhenDirty() {
    for (long rows : List.of(2_000L, 100_000L)) {
      Defects clean = Defects.clean(rows);
      Defects dirty = Defects.dirty(rows);
      assertThat(percent(clean, "customer_email.missingValues", rows)).isLessThan(5);
      assertThat(percent(clean, "score.nullValues", rows)).isLessThan(5);
      assertThat(percent(dirty, "customer_email.missingValues", rows)).isGreaterThanOrEqualTo(5);
      assertThat(percent(dirty, "score.nullValues", rows)).isGreaterThanOrEqualTo(5);
      assertThat(percent(dirty, "channel.invalidValues", rows)).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void footerCarriesTheLineageTags() throws IOException {
    OrdersFile clean = Generated.write(dir.resolve("c.parquet"), "--rows", "10", "--seed", "5");
    OrdersFile dirty = Generated.write(dir.resolve("d.parquet"), "--rows", "10", "--dirty");
    assertThat(clean.keyValues())
        .containsEntry(LineageTags.SOURCE_SYSTEM, "orders-service")
        .containsEntry(LineageTags.PRODUCED_AT, "2026-11-25T09:00:00Z")
        .containsEntry(LineageTags.RUN_ID, LineageTags.runId(5).toString());
    assertThat(clean.keyValues().get(LineageTags.RUN_ID))
        .matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    assertThat(dirty.keyValues()).containsEntry(LineageTags.SOURCE_SYSTEM, "manual-upload");
  }

  @Test
  void ordersEndJustBeforeTheProductionTime() throws IOException {
    OrdersFile file = Generated.write(dir.resolve("c.parquet"), "--rows", "100");
    long produced = Generated.PRODUCED_AT.toEpochMilli() * 1_000;
    List<Long> times = file.rows().stream().map(OrderRow::createdAtMicros).toList();
    assertThat(times).isSorted().doesNotHaveDuplicates();
    assertThat(times.get(99)).isLessThan(produced).isGreaterThanOrEqualTo(produced - 1_000_000);
    assertThat(times.get(0)).isGreaterThanOrEqualTo(produced - 100 * 1_000_000L);
  }

  @Test
  void rowGroupsHoldAtMostTheRequestedRows() throws IOException {
    OrdersFile file = Generated.write(dir.resolve("c.parquet"), "--rows", "2100",
        "--row-group-rows", "500");
    assertThat(file.rowGroupRows()).containsExactly(500L, 500L, 500L, 500L, 100L);
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void everyCompressionWritesTheSameValues(Compression compression) throws IOException {
    OrdersFile file = Generated.write(dir.resolve("c.parquet"), "--rows", "300", "--dirty",
        "--compression", compression.name().toLowerCase(java.util.Locale.ROOT));
    OrdersFile plain = Generated.write(dir.resolve("p.parquet"), "--rows", "300", "--dirty",
        "--compression", "none");
    assertThat(file.codec()).isEqualTo(compression.codec());
    assertThat(file.rows()).isEqualTo(plain.rows());
    assertThat(plain.codec()).isEqualTo(CompressionCodecName.UNCOMPRESSED);
  }

  @Test
  void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("orders.parquet");
    Files.writeString(out, "old");
    Generated.write(out, "--rows", "10");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
    assertThat(Files.size(out)).isGreaterThan(3);
  }

  @Test
  void writesTheSchemaOfOrdersSchema() throws IOException {
    OrdersFile file = Generated.write(dir.resolve("c.parquet"), "--rows", "1");
    assertThat(file.schema()).isEqualTo(OrdersSchema.TYPE);
  }

  @Test
  void usageErrorsExitWithTwoAndWriteNothing() {
    Path out = dir.resolve("x.parquet");
    assertThat(Generated.run(out)).isEqualTo(2);
    assertThat(Generated.run(out, "--rows", "ten")).isEqualTo(2);
    assertThat(Generated.run(out, "--rows", "1", "--compression", "lzo")).isEqualTo(2);
    assertThat(Generated.run(out, "--rows", "1", "--bogus")).isEqualTo(2);
    assertThat(Generated.run(out, "--rows", "1", "--produced-at", "yesterday")).isEqualTo(2);
    assertThat(Generated.run(out, "--rows", "-1")).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  private static double percent(Defects d, String check, long rows) {
    return 100.0 * d.metric(check) / rows;
  }
}
