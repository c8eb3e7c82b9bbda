package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.engine.DataFiles;
import dev.sluice.validator.engine.DatasetRun;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.plan.PlanCompiler;
import dev.sluice.validator.quarantine.Quarantine;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.QuarantineSummary;
import dev.sluice.validator.quarantine.SplitTarget;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.InlineContract;
import dev.sluice.validator.testing.ParquetFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet side of the quarantine: the fast path (bulk decoder in, PLAIN pages out) writes
 * exactly the rows and values the general path (parquet-java's readers and writers) writes;
 * nested files take the general path; outputs carry the lineage tags and the run's metadata;
 * a failure leaves nothing behind.
 */
class ParquetSplitterTest {
  private static final Path CONTRACT = DataFileScans.resource("quarantine", "orders.odcs.yaml");
  private static final Path DIRTY = DataFileScans.resource("quarantine", "orders-dirty.parquet");

  @TempDir Path dir;

  @Test
  void fastAndGeneralPathsWriteTheSameRowsInInputOrder() throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    ValidationOptions options = ValidationOptions.DEFAULTS.withBatchRows(100);
    QuarantineMarks.FileMarks marks = marks(contract, options, DIRTY);
    SplitTarget fast = target("fast");
    SplitTarget general = target("general");
    try (ParquetDataFile file = ParquetDataFile.open(DIRTY, DIRTY.toString())) {
      SplitTarget.Counts a = ParquetSplitter.split(file, marks, fast, null, 1, true);
      SplitTarget.Counts b = ParquetSplitter.split(file, marks, general, null, 1, false);
      assertThat(a).isEqualTo(b);
      assertThat(a.accepted() + a.rejected()).isEqualTo(file.rowCount());
      assertThat(a.rejected()).isEqualTo(marks.rejectedRows()).isPositive();
    }
    assertThat(rows(fast.accepted())).isEqualTo(rows(general.accepted()));
    assertThat(rows(fast.rejected())).isEqualTo(rows(general.rejected()));
    List<String> input = rows(DIRTY);
    List<String> accepted = rows(fast.accepted());
    assertThat(input).containsSubsequence(accepted);
  }

  @Test
  void rejectedRowsCarryTheIdsOfTheChecksTheyFailed() throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    Validator.QuarantineResult result =
        Validator.of(contract).quarantine(List.of(DIRTY), dir.resolve("q"));
    QuarantineSummary.Output out = result.split().outputs().get(0);
    try (DataFile rejected = DataFiles.open(out.rejected())) {
      Map<String, List<DataFileScans.Cell>> columns = DataFileScans.scanAll(rejected, 64);
      List<Object> ids = DataFileScans.values(columns.get(SplitTarget.VIOLATIONS + "[]"));
      long requiredOrderId = ids.stream().filter("orders.order_id.required"::equals).count();
      long statusRequired = ids.stream().filter("orders.status.required"::equals).count();
      assertThat(requiredOrderId).isEqualTo(failedRows(result, "orders.order_id.required"));
      assertThat(statusRequired).isEqualTo(failedRows(result, "orders.status.required"));
      assertThat(ids).doesNotContain("customer_email_lowercase"); // a warning never rejects
    }
  }

  @Test
  void outputsCarryTheInputsTagsAndTheRunsMetadata() throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    Validator.QuarantineResult result =
        Validator.of(contract).quarantine(List.of(DIRTY), dir.resolve("q"));
    QuarantineSummary.Output out = result.split().outputs().get(0);
    try (DataFile input = DataFiles.open(DIRTY);
        DataFile accepted = DataFiles.open(out.accepted());
        DataFile rejected = DataFiles.open(out.rejected())) {
      String source = input.keyValueMetadata().get("lineage.source_system");
      assertThat(source).isNotNull();
      for (DataFile output : List.of(accepted, rejected)) {
        Map<String, String> meta = output.keyValueMetadata();
        assertThat(meta).containsEntry("lineage.source_system", source)
            .containsEntry(Quarantine.CONTRACT_ID, contract.id())
            .containsEntry(Quarantine.CONTRACT_VERSION, contract.version())
            .containsKey(Quarantine.VALIDATED_AT);
      }
      assertThat(accepted.keyValueMetadata()).containsEntry(Quarantine.SIDE, "accepted");
      assertThat(rejected.keyValueMetadata()).containsEntry(Quarantine.SIDE, "rejected");
    }
  }

  @Test
  void aFileWithoutRejectedRowsIsCopiedWholeUnderTheRunsMetadata() throws Exception {
    Path input = DataFileScans.resource("parquet/parquet-testing/data",
        "alltypes_tiny_pages_plain.parquet");
    Contract contract = InlineContract.of(dir, "alltypes",
        "      - name: id",
        "        logicalType: integer",
        "        required: true");
    Validator.QuarantineResult result =
        Validator.of(contract).quarantine(List.of(input), dir.resolve("q"));
    QuarantineSummary.Output out = result.split().outputs().get(0);
    assertThat(out.rejectedRows()).isZero();
    byte[] in = Files.readAllBytes(input);
    byte[] copy = Files.readAllBytes(out.accepted());
    try (ParquetDataFile original = ParquetDataFile.open(input, "in");
        ParquetDataFile accepted = ParquetDataFile.open(out.accepted(), "accepted")) {
      // the bytes before the footer are the input's, pages, page indexes and all
      long dataEnd = in.length - 8 - (in[in.length - 8] & 0xff | (in[in.length - 7] & 0xff) << 8
          | (in[in.length - 6] & 0xff) << 16 | (in[in.length - 5] & 0xff) << 24);
      assertThat(java.util.Arrays.copyOf(copy, (int) dataEnd))
          .isEqualTo(java.util.Arrays.copyOf(in, (int) dataEnd));
      org.apache.parquet.format.FileMetaData before = original.footer().thrift();
      org.apache.parquet.format.FileMetaData after = accepted.footer().thrift();
      assertThat(after.getCreated_by()).isEqualTo(before.getCreated_by());
      assertThat(after.getRow_groups()).isEqualTo(before.getRow_groups());
      assertThat(after.getSchema()).isEqualTo(before.getSchema());
      assertThat(accepted.keyValueMetadata()).containsEntry(Quarantine.SIDE, "accepted")
          .containsEntry(Quarantine.CONTRACT_ID, contract.id());
      assertThat(accepted.pageIndex(0, "id")).isPresent();
    }
    assertThat(rows(out.accepted())).isEqualTo(rows(input));
    try (DataFile rejected = DataFiles.open(out.rejected())) {
      assertThat(rejected.rowCount()).isZero();
      assertThat(rejected.keyValueMetadata()).containsEntry(Quarantine.SIDE, "rejected");
    }
  }

  @Test
  void nestedFilesTakeTheGeneralPathAndKeepEveryValue() throws Exception {
    Path nested = DataFileScans.resource("parquet/parquet-testing/data", "nested_lists.snappy.parquet");
    Path contractFile = dir.resolve("nested.odcs.yaml");
    Files.writeString(contractFile, """
        apiVersion: v3.1.0
        kind: DataContract
        id: nested
        version: 1.0.0
        status: active
        schema:
          - name: nested_lists
            properties:
              - name: b
                logicalType: integer
                logicalTypeOptions:
                  maximum: 0
        """);
    Validator.QuarantineResult result =
        Validator.of(Contracts.load(contractFile)).quarantine(List.of(nested), dir.resolve("q"));
    QuarantineSummary summary = result.split();
    assertThat(summary.rejectedRows()).isEqualTo(3);
    assertThat(summary.acceptedRows()).isZero();
    QuarantineSummary.Output out = summary.outputs().get(0);
    assertThat(rows(out.rejected())).isEqualTo(rows(nested));
    try (DataFile accepted = DataFiles.open(out.accepted())) {
      assertThat(accepted.rowCount()).isZero();
      assertThat(accepted.columns().keySet()).containsExactlyElementsOf(
          DataFiles.open(nested).columns().keySet());
    }
  }

  @Test
  void aFileThatChangedSinceValidationIsRefused() throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    ValidationOptions options = ValidationOptions.DEFAULTS;
    QuarantineMarks.FileMarks marks = marks(contract, options, DIRTY);
    Path other = DataFileScans.resource("parquet/parquet-testing/data", "nested_lists.snappy.parquet");
    try (ParquetDataFile changed = ParquetDataFile.open(other, DIRTY.toString())) {
      assertThatThrownBy(() -> ParquetSplitter.split(changed, marks, target("changed"), null, 1,
          true)).isInstanceOf(DataProblem.class).hasMessageContaining("changed while it was read");
    }
  }

  @Test
  void aFailureMidSplitLeavesNoOutputAndNoTemporaryFile() throws Exception {
    // the contract reads order_id only; another column's pages are garbage, found by the split
    Path broken = dir.resolve("broken.parquet");
    Files.copy(DIRTY, broken);
    try (ParquetDataFile file = ParquetDataFile.open(broken, broken.toString())) {
      var chunk = file.footer().metadata().getBlocks().get(0).getColumns().stream()
          .filter(c -> c.getPath().toDotString().equals("customer_email")).findFirst().get();
      scribble(broken, chunk.getStartingPos() + 40, (int) chunk.getTotalSize() - 80);
    }
    Path contractFile = dir.resolve("ids.odcs.yaml");
    Files.writeString(contractFile, """
        apiVersion: v3.1.0
        kind: DataContract
        id: ids
        version: 1.0.0
        status: active
        schema:
          - name: orders
            properties:
              - name: order_id
                logicalType: integer
                required: true
        """);
    Path out = dir.resolve("q");
    Validator validator = Validator.of(Contracts.load(contractFile));
    assertThat(validator.validate(List.of(broken)).rowCount()).isEqualTo(2000);
    assertThatThrownBy(() -> validator.quarantine(List.of(broken), out))
        .isInstanceOf(DataProblem.class).hasMessageContaining("broken.parquet");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.toList()).isEmpty();
    }
  }

  private static void scribble(Path file, long at, int length) throws IOException {
    try (var channel = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.WRITE)) {
      byte[] junk = new byte[length];
      java.util.Arrays.fill(junk, (byte) 0x5A);
      channel.write(java.nio.ByteBuffer.wrap(junk), at);
    }
  }

  private static long failedRows(Validator.QuarantineResult result, String id) {
    return result.report().checks().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow().failedRows();
  }

  @Test
  void numbersOfDictionaryBatchesAreWrittenAsIdsWithExactStatistics() throws Exception {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      Map<String, Object> row = new java.util.HashMap<>();
      row.put("id", (long) i);
      if (i % 7 != 0) {
        row.put("quantity", 1 + i % 10);
        row.put("score", (i % 40) / 8.0);
        row.put("ratio", (float) (i % 5) / 4);
        row.put("units", (long) (i % 13) * 1000);
      }
      rows.add(row);
    }
    Path input = ParquetFixture.schema("message m { required int64 id; optional int32 quantity;"
        + " optional double score; optional float ratio; optional int64 units; }")
        .rows(rows).rowsPerGroup(1000).pageRows(250).write(dir.resolve("numbers.parquet"));
    Contract contract = InlineContract.of(dir, "m",
        "      - name: quantity",
        "        logicalType: integer",
        "        logicalTypeOptions: {maximum: 8}");
    ValidationOptions options = ValidationOptions.DEFAULTS.withBatchRows(100);
    QuarantineMarks.FileMarks marks = marks(contract, options, input);
    SplitTarget fast = target("fast");
    SplitTarget general = target("general");
    try (ParquetDataFile file = ParquetDataFile.open(input, input.toString())) {
      assertThat(ParquetSplitter.split(file, marks, fast, null, 1, true))
          .isEqualTo(ParquetSplitter.split(file, marks, general, null, 1, false));
    }
    assertThat(rows(fast.accepted())).isEqualTo(rows(general.accepted()));
    assertThat(rows(fast.rejected())).isEqualTo(rows(general.rejected()));
    for (Path output : List.of(fast.accepted(), fast.rejected())) {
      try (ParquetDataFile file = ParquetDataFile.open(output, output.toString())) {
        for (org.apache.parquet.hadoop.metadata.BlockMetaData block
            : file.footer().metadata().getBlocks()) {
          for (org.apache.parquet.hadoop.metadata.ColumnChunkMetaData chunk
              : block.getColumns()) {
            String name = chunk.getPath().toDotString();
            if (!name.equals("id") && !name.startsWith(SplitTarget.VIOLATIONS)) {
              assertThat(chunk.getEncodings()).as(name)
                  .contains(org.apache.parquet.column.Encoding.RLE_DICTIONARY);
            }
          }
        }
        assertExactStatistics(file);
      }
    }
  }

  /** Every chunk's min, max and null count are those of its values. */
  private static void assertExactStatistics(ParquetDataFile file) throws Exception {
    Map<String, List<DataFileScans.Cell>> columns = DataFileScans.scanAll(file, 64);
    long first = 0;
    for (org.apache.parquet.hadoop.metadata.BlockMetaData block
        : file.footer().metadata().getBlocks()) {
      for (org.apache.parquet.hadoop.metadata.ColumnChunkMetaData chunk : block.getColumns()) {
        String name = chunk.getPath().toDotString();
        if (name.startsWith(SplitTarget.VIOLATIONS)) {
          continue;
        }
        long from = first;
        List<Object> values = columns.get(name).stream()
            .filter(c -> c.row() >= from && c.row() < from + block.getRowCount())
            .map(DataFileScans.Cell::value).toList();
        List<Double> present = values.stream().filter(java.util.Objects::nonNull)
            .map(v -> ((Number) v).doubleValue()).toList();
        org.apache.parquet.column.statistics.Statistics<?> stats = chunk.getStatistics();
        assertThat(stats.getNumNulls()).as(name).isEqualTo(values.size() - present.size());
        assertThat(((Number) stats.genericGetMin()).doubleValue()).as(name + " min")
            .isEqualTo(present.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        assertThat(((Number) stats.genericGetMax()).doubleValue()).as(name + " max")
            .isEqualTo(present.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
      }
      first += block.getRowCount();
    }
  }

  private SplitTarget target(String name) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    return new SplitTarget(folder.resolve("accepted.parquet"), folder.resolve("rejected.parquet"),
        Map.of(), Map.of());
  }

  private static QuarantineMarks.FileMarks marks(Contract contract, ValidationOptions options,
      Path file) throws Exception {
    Plan plan = PlanCompiler.compile(contract, contract.schema().get(0), options);
    try (DatasetRun run = new DatasetRun(plan, options, true)) {
      run.add(file);
      return run.marks().orElseThrow().files().get(0);
    }
  }

  /** Every row of a file as one line of its values (all columns but the violations). */
  private static List<String> rows(Path path) throws DataProblem {
    try (DataFile file = DataFiles.open(path)) {
      Map<String, List<DataFileScans.Cell>> columns = DataFileScans.scanAll(file, 64);
      List<StringBuilder> rows = new ArrayList<>();
      for (int r = 0; r < file.rowCount(); r++) {
        rows.add(new StringBuilder());
      }
      for (Map.Entry<String, List<DataFileScans.Cell>> e : columns.entrySet()) {
        if (e.getKey().startsWith(SplitTarget.VIOLATIONS)) {
          continue;
        }
        for (DataFileScans.Cell cell : e.getValue()) {
          rows.get((int) cell.row()).append(e.getKey()).append('=').append(cell.value())
              .append(' ');
        }
        rows.forEach(row -> row.append("| "));
      }
      return rows.stream().map(StringBuilder::toString).toList();
    }
  }
}
