package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.engine.DatasetRun;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.plan.PlanCompiler;
import dev.sluice.validator.quarantine.Quarantine;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.InlineContract;
import dev.sluice.validator.testing.ParquetFixture;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.values.bloomfilter.BloomFilter;
import org.apache.parquet.format.KeyValue;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file without a rejected row, copied whole ({@link WholeFileCopy}): its bloom filters stay
 * where its footer says, its footer carries the side's key-value metadata only (none of the
 * input's own sluice keys twice or stale), and a file that changed after it was opened is
 * copied as it was opened when it only grew, and refused when it shrank.
 */
class WholeFileCopyTest {
  private static final Path BLOOM = DataFileScans.resource("parquet/parquet-testing/data",
      "data_index_bloom_encoding_stats.parquet");

  @TempDir Path dir;

  @Test
  void bloomFiltersStayReadableAtTheOffsetsOfTheCopiedFooter() throws Exception {
    SplitTarget target = target("bloom", Map.of(Quarantine.SIDE, "accepted"));
    split(BLOOM, stringColumn("String"), target);
    List<String> values = strings(BLOOM);
    assertThat(strings(target.accepted())).isEqualTo(values);
    try (ParquetFileReader in = RecordsById.open(BLOOM);
        ParquetFileReader out = RecordsById.open(target.accepted())) {
      ColumnChunkMetaData before = in.getFooter().getBlocks().get(0).getColumns().get(0);
      ColumnChunkMetaData after = out.getFooter().getBlocks().get(0).getColumns().get(0);
      assertThat(after.getBloomFilterOffset()).isEqualTo(before.getBloomFilterOffset())
          .isPositive();
      BloomFilter filter = out.readBloomFilter(after);
      assertThat(filter).isNotNull();
      for (String v : values) {
        assertThat(filter.findHash(filter.hash(Binary.fromString(v)))).as(v).isTrue();
      }
    }
  }

  @Test
  void theFooterCarriesTheSidesMetadataInsteadOfTheInputs() throws Exception {
    Path input = ParquetFixture.schema("message m { required binary s (STRING); }")
        .row(ParquetFixture.row("s", "a")).row(ParquetFixture.row("s", "b"))
        .metadata(Quarantine.SIDE, "rejected").metadata(Quarantine.CONTRACT_ID, "old")
        .metadata("owner", "team-a").write(dir.resolve("tagged.parquet"));
    Map<String, String> side = new LinkedHashMap<>();
    side.put("owner", "team-a");
    side.put(Quarantine.CONTRACT_ID, "new");
    side.put(Quarantine.SIDE, "accepted");
    SplitTarget target = target("tagged", side);
    split(input, stringColumn("s"), target);
    try (ParquetDataFile accepted = ParquetDataFile.open(target.accepted(), "accepted")) {
      List<String> keys = new ArrayList<>();
      for (KeyValue kv : accepted.footer().thrift().getKey_value_metadata()) {
        keys.add(kv.getKey());
      }
      assertThat(keys).containsExactlyElementsOf(side.keySet());
      assertThat(accepted.keyValueMetadata()).isEqualTo(side);
    }
    assertThat(strings(target.accepted())).containsExactly("a", "b");
  }

  @Test
  void anInputThatGrewAfterItWasOpenedIsCopiedAsItWasOpened() throws Exception {
    Path input = Files.copy(BLOOM, dir.resolve("growing.parquet"));
    byte[] original = Files.readAllBytes(input);
    QuarantineMarks.FileMarks marks = marks(stringColumn("String"), input);
    SplitTarget target = target("growing", Map.of());
    try (ParquetDataFile file = ParquetDataFile.open(input, input.toString())) {
      Files.write(input, new byte[] {'P', 'A', 'R', '1', 0, 0, 0, 0}, StandardOpenOption.APPEND);
      ParquetSplitter.split(file, marks, target, null, 1);
    }
    byte[] copy = Files.readAllBytes(target.accepted());
    int dataEnd = original.length - 8 - footerLength(original);
    assertThat(Arrays.copyOf(copy, dataEnd)).isEqualTo(Arrays.copyOf(original, dataEnd));
    assertThat(strings(target.accepted())).isEqualTo(strings(BLOOM));
  }

  @Test
  void anInputThatShrankAfterItWasOpenedIsRefused() throws Exception {
    assertChangedInputRefused("shrinking", input -> {
      try (FileChannel channel = FileChannel.open(input, StandardOpenOption.WRITE)) {
        channel.truncate(channel.size() - 3);
      }
    }, "shorter than when it was opened");
  }

  @Test
  void anInputWhoseFooterMovedAfterItWasOpenedIsRefused() throws Exception {
    assertChangedInputRefused("replaced", input -> {
      byte[] bytes = Files.readAllBytes(input); // the same length, a footer one byte shorter
      int length = footerLength(bytes) - 1;
      int at = bytes.length - 8;
      for (int k = 0; k < 4; k++) {
        bytes[at + k] = (byte) (length >>> (8 * k));
      }
      Files.write(input, bytes);
    }, "footer moved since it was read");
  }

  /** A file {@code change}d after it was opened for the split is refused with {@code message}. */
  private void assertChangedInputRefused(String name, FileChange change, String message)
      throws Exception {
    Path input = Files.copy(BLOOM, dir.resolve(name + ".parquet"));
    QuarantineMarks.FileMarks marks = marks(stringColumn("String"), input);
    SplitTarget target = target(name, Map.of());
    try (ParquetDataFile file = ParquetDataFile.open(input, input.toString())) {
      change.apply(input);
      assertThatThrownBy(() -> ParquetSplitter.split(file, marks, target, null, 1))
          .isInstanceOf(DataProblem.class)
          .hasMessageContaining(message);
    }
  }

  /** A change to a file on disk. */
  @FunctionalInterface
  private interface FileChange {
    void apply(Path file) throws Exception;
  }

  private static int footerLength(byte[] file) {
    int n = file.length;
    return file[n - 8] & 0xff | (file[n - 7] & 0xff) << 8 | (file[n - 6] & 0xff) << 16
        | (file[n - 5] & 0xff) << 24;
  }

  /** A contract on one string column that every value passes. */
  private Contract stringColumn(String name) throws Exception {
    return InlineContract.of(dir, "m",
        "      - name: " + name,
        "        logicalType: string",
        "        logicalTypeOptions: {maxLength: 1000}");
  }

  private void split(Path input, Contract contract, SplitTarget target) throws Exception {
    QuarantineMarks.FileMarks marks = marks(contract, input);
    try (ParquetDataFile file = ParquetDataFile.open(input, input.toString())) {
      SplitTarget.Counts counts = ParquetSplitter.split(file, marks, target, null, 1);
      assertThat(counts.rejected()).isZero();
      assertThat(counts.accepted()).isEqualTo(file.rowCount());
    }
  }

  private static QuarantineMarks.FileMarks marks(Contract contract, Path input)
      throws Exception {
    ValidationOptions options = ValidationOptions.DEFAULTS;
    Plan plan = PlanCompiler.compile(contract, contract.schema().get(0), options);
    try (DatasetRun run = new DatasetRun(plan, options, true)) {
      run.add(input);
      QuarantineMarks.FileMarks marks = run.marks().orElseThrow().files().get(0);
      assertThat(marks.rejectedRows()).isZero();
      return marks;
    }
  }

  private SplitTarget target(String name, Map<String, String> metadata) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    return new SplitTarget(folder.resolve("accepted.parquet"), folder.resolve("rejected.parquet"),
        metadata, Map.of());
  }

  /** The file's only column as parquet-java reads it, in order ("" for null). */
  private static List<String> strings(Path file) throws Exception {
    List<String> out = new ArrayList<>();
    try (ParquetFileReader r = RecordsById.open(file)) {
      org.apache.parquet.schema.MessageType schema = r.getFooter().getFileMetaData().getSchema();
      org.apache.parquet.io.MessageColumnIO io =
          new org.apache.parquet.io.ColumnIOFactory().getColumnIO(schema);
      for (org.apache.parquet.column.page.PageReadStore store = r.readNextRowGroup();
          store != null; store = r.readNextRowGroup()) {
        org.apache.parquet.io.RecordReader<org.apache.parquet.example.data.Group> records =
            io.getRecordReader(store,
                new org.apache.parquet.example.data.simple.convert.GroupRecordConverter(schema));
        for (long i = 0; i < store.getRowCount(); i++) {
          org.apache.parquet.example.data.Group g = records.read();
          out.add(g.getFieldRepetitionCount(0) > 0 ? g.getString(0, 0) : "");
        }
      }
    }
    return out;
  }
}
