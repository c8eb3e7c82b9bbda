package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.engine.DatasetRun;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.plan.PlanCompiler;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import dev.sluice.validator.testing.InlineContract;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Split outputs of dictionary-encoded numbers, read back by parquet-java itself. */
class SplitDictionaryIdsTest {
  @TempDir Path dir;

  @Test
  void dictionaryNumbersRoundTripThroughParquetJava() throws Exception {
    float[] fs = {-0.0f, 0.0f, 1.5f, -2.5f};
    double[] ds = {0.0, -0.0, 3.25, -7.0};
    long[] us = {0, 1, 2147483648L, 4294967295L};
    List<Map<String, ?>> rows = new ArrayList<>();
    int n = 170_000;
    for (int i = 0; i < n; i++) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", (long) i);
      if (i % 11 != 0) {
        row.put("f", i >= 100_000 && i < 100_005 ? Float.NaN : fs[i % 4]);
        row.put("d", ds[(i / 3) % 4]);
        row.put("u", us[(i / 5) % 4]);
        row.put("big", (long) (i < 5000 ? i % 10 : i % 70_000));
        row.put("mix", (long) (i < 5000 ? i % 10 : i));
      }
      rows.add(row);
    }
    Path input = ParquetFixture.schema("message m { required int64 id; optional float f;"
        + " optional double d; optional int32 u (INTEGER(32,false)); optional int64 big;"
        + " optional int64 mix; }")
        .rows(rows).pageRows(1000).write(dir.resolve("in.parquet"));
    // the input itself: one chunk per column, dictionary pages, mix falls back to PLAIN
    try (ParquetFileReader r = open(input)) {
      assertThat(r.getFooter().getBlocks()).hasSize(1);
      for (ColumnChunkMetaData c : r.getFooter().getBlocks().get(0).getColumns()) {
        if (!c.getPath().toDotString().equals("id")) {
          assertThat(c.hasDictionaryPage()).as(c.getPath().toDotString()).isTrue();
        }
      }
      ColumnChunkMetaData mix = r.getFooter().getBlocks().get(0).getColumns().get(5);
      assertThat(mix.getEncodings()).as("mix").contains(Encoding.PLAIN);
    }
    Contract contract = bigAtMost(60000);
    splitsLikeTheGeneralPath(input, contract, "first");
  }

  @Test
  void aChunkThatFallsBackMidBatchAndZeroBounds() throws Exception {
    MessageType schema = org.apache.parquet.schema.MessageTypeParser.parseMessageType(
        "message m { required int64 id; optional float f; optional double d;"
        + " optional int32 u (INTEGER(32,false)); optional int64 big; optional int64 mix; }");
    Path input = dir.resolve("in2.parquet");
    float[] fs = {-0.0f, 0.0f, 2.0f};
    double[] ds = {-1.0, 0.0, -0.0};
    try (org.apache.parquet.hadoop.ParquetWriter<Group> w =
        org.apache.parquet.hadoop.example.ExampleParquetWriter.builder(
            new org.apache.parquet.io.LocalOutputFile(input))
        .withConf(new PlainParquetConfiguration()).withCodecFactory(new PlainCodecFactory())
        .withType(schema).withPageRowCountLimit(1000).withMinRowCountForPageSizeCheck(1)
        .withDictionaryPageSize(2048).withDictionaryEncoding(true).build()) {
      var factory = new org.apache.parquet.example.data.simple.SimpleGroupFactory(schema);
      for (int i = 0; i < 30_000; i++) {
        Group g = factory.newGroup().append("id", (long) i);
        if (i % 7 != 0) {
          g.append("f", fs[i % 3]).append("d", ds[(i / 2) % 3])
              .append("u", (int) (i % 3 == 0 ? 4294967295L : 7))
              .append("big", (long) (i < 3000 ? i % 10 : i % 200))
              .append("mix", (long) (i < 12_000 ? i % 10 : i % 5000));
        }
        w.write(g);
      }
    }
    Contract contract = bigAtMost(150);
    splitsLikeTheGeneralPath(input, contract, "second");
  }

  private static ParquetFileReader open(Path p) throws Exception {
    return RecordsById.open(p);
  }

  /** Rows by id (all columns but the violations) as parquet-java's record reader sees them. */
  private static Map<Long, String> read(Path p) throws Exception {
    return RecordsById.read(p, g -> {
      StringBuilder b = new StringBuilder();
      for (String c : List.of("f", "d", "u", "big", "mix")) {
        b.append(c).append('=');
        if (g.getFieldRepetitionCount(c) > 0) {
          b.append(g.getValueToString(g.getType().getFieldIndex(c), 0));
        }
        b.append(' ');
      }
      return b.toString();
    });
  }

  /** Every chunk's statistics: null count, and min/max (when present) as the format asks. */
  private static void checkStatistics(Path p) throws Exception {
    try (ParquetFileReader r = open(p)) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
      for (BlockMetaData block : r.getFooter().getBlocks()) {
        PageReadStore store = r.readNextRowGroup();
        RecordReader<Group> rr = io.getRecordReader(store, new GroupRecordConverter(schema));
        Map<String, List<Object>> values = new HashMap<>();
        for (long i = 0; i < store.getRowCount(); i++) {
          Group g = rr.read();
          for (String c : List.of("f", "d", "u", "big", "mix")) {
            Object v = g.getFieldRepetitionCount(c) == 0 ? null
                : c.equals("f") ? (Object) g.getFloat(c, 0)
                : c.equals("d") ? (Object) g.getDouble(c, 0)
                : c.equals("u") ? (Object) Integer.toUnsignedLong(g.getInteger(c, 0))
                : (Object) g.getLong(c, 0);
            values.computeIfAbsent(c, k -> new ArrayList<>()).add(v);
          }
        }
        for (ColumnChunkMetaData chunk : block.getColumns()) {
          String name = chunk.getPath().toDotString();
          if (!values.containsKey(name)) {
            continue;
          }
          List<Object> vs = values.get(name);
          Statistics<?> s = chunk.getStatistics();
          long nulls = vs.stream().filter(v -> v == null).count();
          assertThat(s.getNumNulls()).as(p + " " + name + " nulls").isEqualTo(nulls);
          List<Double> present = vs.stream().filter(v -> v != null)
              .map(v -> ((Number) v).doubleValue()).toList();
          if (present.isEmpty() || !s.hasNonNullValue()) {
            continue;
          }
          assertThat(present).as(p + " " + name + " has NaN but min/max").noneMatch(x -> x.isNaN());
          boolean fp = name.equals("f") || name.equals("d");
          double min = present.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
          double max = present.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
          double smin = name.equals("u") ? Integer.toUnsignedLong((Integer) s.genericGetMin())
              : ((Number) s.genericGetMin()).doubleValue();
          double smax = name.equals("u") ? Integer.toUnsignedLong((Integer) s.genericGetMax())
              : ((Number) s.genericGetMax()).doubleValue();
          assertThat(Double.doubleToRawLongBits(smin)).as(p + " " + name + " min " + smin)
              .isEqualTo(Double.doubleToRawLongBits(min == 0 && fp ? -0.0 : min));
          assertThat(Double.doubleToRawLongBits(smax)).as(p + " " + name + " max " + smax)
              .isEqualTo(Double.doubleToRawLongBits(max == 0 && fp ? 0.0 : max));
        }
      }
    }
  }

  /** A contract on columns id and big: a row with big above {@code max} is rejected. */
  private Contract bigAtMost(long max) throws Exception {
    return InlineContract.of(dir, "m",
        "      - name: id",
        "        logicalType: integer",
        "        logicalTypeOptions: {maximum: 1000000}",
        "      - name: big",
        "        logicalType: integer",
        "        logicalTypeOptions: {maximum: " + max + "}");
  }

  /**
   * Validates {@code input}, splits it by the fast and the general path, and checks that they
   * agree, that the fast path's outputs hold every input row (read by parquet-java) and that
   * their statistics are exact.
   */
  private void splitsLikeTheGeneralPath(Path input, Contract contract, String name)
      throws Exception {
    ValidationOptions options = ValidationOptions.DEFAULTS.withBatchRows(333);
    Plan plan = PlanCompiler.compile(contract, contract.schema().get(0), options);
    QuarantineMarks.FileMarks marks;
    try (DatasetRun run = new DatasetRun(plan, options, true)) {
      run.add(input);
      marks = run.marks().orElseThrow().files().get(0);
    }
    SplitTarget fast = target("fast-" + name);
    SplitTarget general = target("general-" + name);
    try (ParquetDataFile file = ParquetDataFile.open(input, input.toString())) {
      assertThat(ParquetSplitter.split(file, marks, fast, null, 1, true))
          .isEqualTo(ParquetSplitter.split(file, marks, general, null, 1, false));
    }
    Map<Long, String> fastRows = new TreeMap<>();
    fastRows.putAll(read(fast.accepted()));
    fastRows.putAll(read(fast.rejected()));
    assertThat(fastRows).isEqualTo(read(input));
    for (Path out : List.of(fast.accepted(), fast.rejected())) {
      checkStatistics(out);
    }
  }

  private SplitTarget target(String name) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    return new SplitTarget(folder.resolve("accepted.parquet"), folder.resolve("rejected.parquet"),
        Map.of(), Map.of());
  }
}
