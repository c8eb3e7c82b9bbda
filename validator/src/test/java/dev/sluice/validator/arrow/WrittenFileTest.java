package dev.sluice.validator.arrow;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.ValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.compression.CompressionUtil.CodecType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files written by Arrow Java's own writers read back value for value, in both formats. */
class WrittenFileTest {
  private static final int[] BATCHES = {20, 20, 6};
  private static final long ROWS = 46;

  @TempDir Path dir;
  private BufferAllocator allocator;

  @BeforeEach
  void allocator() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void release() {
    allocator.close();
  }

  private ArrowDataFile write(boolean stream) throws Exception {
    Path path = SampleArrow.write(dir.resolve(stream ? "s.arrows" : "f.arrow"), allocator, stream,
        BATCHES);
    return ArrowDataFile.open(path, path.getFileName().toString());
  }

  @ParameterizedTest
  @CsvSource({"false, 1, 0", "false, 7, 0", "false, 8192, 0", "true, 1, 0", "true, 7, 1000",
      "true, 8192, 1000", "false, 7, 1000"})
  void readsEveryValueAtEveryBatchSize(boolean stream, int batchRows, long firstRow)
      throws Exception {
    try (ArrowDataFile file = write(stream)) {
      Map<String, List<Cell>> cells = ArrowScans.scan(file, file.columns().keySet(), firstRow,
          batchRows);
      assertThat(cells).isEqualTo(expected(firstRow));
      file.close();
      assertThat(file.leakedAtClose()).isZero();
    }
  }

  @Test
  void describesColumnsBatchesAndMetadata() throws Exception {
    try (ArrowDataFile file = write(false)) {
      assertThat(file.format()).isEqualTo("arrow");
      assertThat(file.isStream()).isFalse();
      assertThat(file.rowCount()).isEqualTo(ROWS);
      assertThat(file.rowGroups()).extracting(RowGroupInfo::firstRow).containsExactly(0L, 20L, 40L);
      assertThat(file.rowGroups()).extracting(RowGroupInfo::rowCount).containsExactly(20L, 20L, 6L);
      assertThat(file.topLevelNames())
          .containsExactly("id", "name", "ts", "small", "tags", "customer", "status");
      assertThat(file.keyValueMetadata()).containsAllEntriesOf(SampleArrow.METADATA)
          .containsEntry("footer.key", "f");
      Map<String, ColumnInfo> columns = file.columns();
      assertThat(columns.keySet()).containsExactly("id", "name", "ts", "small", "tags[]",
          "customer.email", "customer.age", "status");
      assertThat(columns.get("id").formatType()).isEqualTo("Int(64, true)");
      assertThat(columns.get("ts").formatType()).isEqualTo("Timestamp(MICROSECOND, UTC)");
      assertThat(columns.get("ts").type()).isEqualTo(ValueType.timestamp(ValueType.TimeUnit.MICROS, true));
      assertThat(columns.get("small").type().kind()).isEqualTo(ValueType.Kind.INTEGER);
      assertThat(columns.get("tags[]").repeated()).isTrue();
      assertThat(columns.get("customer.age").nullable()).isTrue(); // the struct is nullable
      assertThat(columns.get("customer.age").repeated()).isFalse();
      assertThat(columns.get("status").type().kind()).isEqualTo(ValueType.Kind.STRING);
      assertThat(columns.get("status").formatType()).isEqualTo("Utf8 (dictionary-encoded)");
    }
  }

  @Test
  void failsAtTheMemoryLimitWithAProblemAndNoLeak() throws Exception {
    Path path = SampleArrow.write(dir.resolve("f.arrow"), allocator, false, BATCHES);
    try (ArrowDataFile file = ArrowDataFile.open(path, "f", 64)) {
      assertThatThrownBy(() -> ArrowScans.scanAll(file, 7)).isInstanceOf(DataProblem.class)
          .hasMessageStartingWith("f: batch 0")
          .hasMessageContaining("needs more memory than the reader's limit allows");
      file.close();
      assertThat(file.leakedAtClose()).isZero();
    }
  }

  @Test
  void readsLz4AndZstdCompressedFilesAsTheUncompressedOne() throws Exception {
    Map<String, List<Cell>> expected = expected(0);
    for (CodecType codec : List.of(CodecType.LZ4_FRAME, CodecType.ZSTD)) {
      Path path = SampleArrow.write(dir.resolve(codec + ".arrow"), allocator, codec, BATCHES);
      try (ArrowDataFile file = ArrowDataFile.open(path, "c")) {
        assertThat(ArrowScans.scanAll(file, 9)).as(codec.name()).isEqualTo(expected);
      }
    }
  }

  @Test
  void streamAndFileGiveTheSameColumnsAndValues() throws Exception {
    try (ArrowDataFile file = write(false); ArrowDataFile stream = write(true)) {
      assertThat(stream.isStream()).isTrue();
      assertThat(stream.columns()).isEqualTo(file.columns());
      assertThat(stream.rowGroups()).isEqualTo(file.rowGroups());
      assertThat(ArrowScans.scanAll(stream, 5)).isEqualTo(ArrowScans.scanAll(file, 5));
      assertThat(stream.keyValueMetadata()).containsAllEntriesOf(SampleArrow.METADATA);
    }
  }

  @Test
  void handsOutDictionariesOfFlatDictionaryColumns() throws Exception {
    try (ArrowDataFile file = write(true)) {
      Optional<ColumnDictionary> dictionary = file.dictionaryOnly(1, "status");
      assertThat(dictionary).isPresent();
      assertThat(List.of(dictionary.get().objectAt(0), dictionary.get().objectAt(1),
          dictionary.get().objectAt(2))).isEqualTo(SampleArrow.STATUSES);
      assertThat(file.dictionaryOnly(1, "name")).isEmpty();
      List<Boolean> attached = new ArrayList<>();
      file.scan(0, java.util.Set.of("status"), 0, 8, b -> attached.add(
          b.vector("status").dictionary != null));
      assertThat(attached).containsExactly(true, true, true);
    }
  }

  @Test
  void scansBatchesFromSeveralThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (ArrowDataFile file = write(false)) {
      Map<String, List<Cell>> whole = ArrowScans.scanAll(file, 3);
      List<Future<List<Cell>>> runs = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (RowGroupInfo group : file.rowGroups()) {
          runs.add(pool.submit(() -> {
            List<Cell> got = new ArrayList<>();
            file.scan(group.index(), file.columns().keySet(), 0, 4,
                b -> ArrowScans.check(b, b.firstRow(), 4));
            file.scan(group.index(), java.util.Set.of("name"), 0, 4, b -> {
              var v = b.vector("name");
              for (int i = 0; i < v.size; i++) {
                got.add(new Cell(v.rows[i], ArrowScans.boxed(v, i)));
              }
            });
            return got;
          }));
        }
      }
      List<Cell> names = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        List<Cell> got = runs.get(i).get();
        if (i < file.rowGroups().size()) {
          names.addAll(got);
        } else {
          assertThat(got).isEqualTo(runs.get(i % file.rowGroups().size()).get());
        }
      }
      assertThat(names).isEqualTo(whole.get("name"));
      file.close();
      assertThat(file.leakedAtClose()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  /** What every column must hold, from the same formulas that wrote it. */
  static Map<String, List<Cell>> expected(long firstRow) {
    Map<String, List<Cell>> out = new LinkedHashMap<>();
    for (String path : List.of("id", "name", "ts", "small", "tags[]", "customer.email",
        "customer.age", "status")) {
      out.put(path, new ArrayList<>());
    }
    for (long r = 0; r < ROWS; r++) {
      long row = firstRow + r;
      out.get("id").add(new Cell(row, SampleArrow.id(r)));
      out.get("name").add(new Cell(row, SampleArrow.name(r)));
      out.get("ts").add(new Cell(row, SampleArrow.ts(r)));
      out.get("small").add(new Cell(row, SampleArrow.small(r)));
      List<String> tags = SampleArrow.tags(r);
      if (tags == null) {
        out.get("tags[]").add(new Cell(row, null));
      } else {
        tags.forEach(t -> out.get("tags[]").add(new Cell(row, t)));
      }
      boolean nullStruct = SampleArrow.customerNull(r);
      out.get("customer.email").add(new Cell(row, nullStruct ? null : SampleArrow.email(r)));
      out.get("customer.age").add(new Cell(row, nullStruct ? null : r));
      out.get("status").add(new Cell(row, SampleArrow.status(r)));
    }
    return out;
  }
}
