package dev.sluice.validator.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.compression.CompressionUtil.CodecType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every IPC fuzz regression of arrow-testing (file and stream formats) opens and scans to success
 * or to a one-line DataProblem, within seconds, leaving no off-heap memory behind.
 */
class MalformedFilesTest {
  private static final long SMALL_LIMIT = 64L << 20;

  @TempDir Path dir;

  static Stream<String> fuzzFiles() throws IOException {
    return Stream.of("ipc-file-fuzz", "ipc-stream-fuzz").flatMap(MalformedFilesTest::list);
  }

  private static Stream<String> list(String folder) {
    try (Stream<Path> files = Files.list(ArrowScans.resource(folder))) {
      return files.map(p -> folder + "/" + p.getFileName()).sorted()
          .collect(Collectors.toList()).stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void findsEveryFuzzFile() throws IOException {
    assertThat(fuzzFiles().count()).isGreaterThanOrEqualTo(130);
  }

  @ParameterizedTest
  @MethodSource("fuzzFiles")
  void endsInSuccessOrOneLineProblem(String name) {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      DataProblem problem = readFully(ArrowScans.resource(name), name, SMALL_LIMIT);
      if (problem != null) {
        assertThat(problem.getMessage()).startsWith(name + ": ").doesNotContain("\n");
        assertThat(problem.getMessage().length()).isLessThan(name.length() + 320);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("fuzzFiles")
  void readsEachBatchOnItsOwnWithoutLeaking(String name) {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      ArrowDataFile file;
      try {
        file = ArrowDataFile.open(ArrowScans.resource(name), name, SMALL_LIMIT);
      } catch (DataProblem e) {
        return;
      }
      try (file) {
        for (var group : file.rowGroups()) {
          try {
            file.scan(group.index(), file.columns().keySet(), 0, 3, batch -> { });
          } catch (DataProblem e) {
            assertThat(e.getMessage()).startsWith(name + ": batch " + group.index());
          }
          for (String column : file.columns().keySet()) {
            try {
              file.dictionaryOnly(group.index(), column);
            } catch (DataProblem e) {
              assertThat(e.getMessage()).doesNotContain("\n");
            }
          }
        }
      }
      assertThat(file.leakedAtClose()).isZero();
    });
  }

  @Test
  void reportsTruncatedFilesAtEveryCut() throws Exception {
    for (String name : List.of("integration/1.0.0-littleendian/generated_primitive.arrow_file",
        "integration/1.0.0-littleendian/generated_nested.stream",
        "integration/2.0.0-compression/generated_zstd.arrow_file")) {
      byte[] bytes = Files.readAllBytes(ArrowScans.resource(name));
      for (int cut = 0; cut < bytes.length; cut += Math.max(1, bytes.length / 97)) {
        Path part = Files.write(dir.resolve("cut"), Arrays.copyOf(bytes, cut));
        DataProblem problem = readFully(part, "cut", SMALL_LIMIT);
        if (problem != null) {
          assertThat(problem.getMessage()).as(name + " cut at " + cut).startsWith("cut: ")
              .doesNotContain("\n");
        }
      }
    }
  }

  @Test
  void reportsMissingDirectoryEmptyAndForeignFiles() throws Exception {
    assertThat(readFully(dir.resolve("nope.arrow"), "nope", SMALL_LIMIT).getMessage())
        .isEqualTo("nope: file not found");
    assertThat(readFully(dir, "d", SMALL_LIMIT).getMessage()).contains("directory");
    Path empty = Files.write(dir.resolve("e.arrow"), new byte[0]);
    assertThat(readFully(empty, "e", SMALL_LIMIT).getMessage()).isEqualTo("e: empty file");
    Path csv = Files.writeString(dir.resolve("a.csv"), "id,name\n1,alice\n2,bob\n");
    assertThat(readFully(csv, "a.csv", SMALL_LIMIT).getMessage())
        .startsWith("a.csv: not an Arrow IPC file or stream");
    Path feather = Files.writeString(dir.resolve("old.feather"), "FEA1 and more bytes");
    assertThat(readFully(feather, "old", SMALL_LIMIT).getMessage()).contains("Feather v1");
  }

  @Test
  void rejectsBigEndianAndUnsupportedDecimalWidthsByName() {
    String big = "integration/1.0.0-bigendian/generated_null_trivial.arrow_file";
    assertThat(readFully(ArrowScans.resource(big), "big", SMALL_LIMIT).getMessage())
        .isEqualTo("big: big-endian Arrow data is not supported");
    String narrow = "integration/cpp-21.0.0/generated_decimal32.stream";
    assertThat(readFully(ArrowScans.resource(narrow), "d32", SMALL_LIMIT).getMessage())
        .contains("128-bit and 256-bit decimal");
  }

  @Test
  void failsAbsurdDecompressedSizesAtTheMemoryLimit() throws Exception {
    Path path = dir.resolve("zstd.arrow");
    try (BufferAllocator allocator = new RootAllocator()) {
      SampleArrow.write(path, allocator, CodecType.ZSTD, 20, 20);
    }
    assertThat(readFully(path, "zstd", SMALL_LIMIT)).isNull();
    long at;
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      IpcMessages.Meta meta = IpcLayout.read(channel).batches.get(1).meta();
      RecordBatch header = (RecordBatch) meta.message().header(new RecordBatch());
      at = meta.bodyOffset() + header.buffers(1).offset(); // the data of column id
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 1L << 40), at);
    }
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(
        readFully(path, "zstd", SMALL_LIMIT).getMessage()).startsWith("zstd: batch 1: ")
        .contains("needs more memory than the reader's limit allows"));
  }

  /** Opens and scans everything; the problem met, or null when the file read cleanly. */
  static DataProblem readFully(Path path, String name, long limit) {
    ArrowDataFile file = null;
    try {
      file = ArrowDataFile.open(path, name, limit);
      ArrowScans.scanAll(file, 5);
      return null;
    } catch (DataProblem e) {
      return e;
    } finally {
      if (file != null) {
        file.close();
        assertThat(file.leakedAtClose()).as("off-heap bytes left by " + name).isZero();
      }
    }
  }
}
