package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed, encrypted, truncated and unsupported files all end in a one-line DataProblem. */
class BadFilesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bad_data/ARROW-GH-41317.parquet | not found in message schema",
      "bad_data/ARROW-GH-41321.parquet | row group 0, column int64",
      "bad_data/ARROW-GH-45185.parquet | repetition level of a row does not start at 0",
      "bad_data/ARROW-GH-47662.parquet | column flba_field",
      "bad_data/ARROW-RS-GH-6229-DICTHEADER.parquet | lies outside the data",
      "bad_data/ARROW-RS-GH-6229-LEVELS.parquet | row group 0",
      "bad_data/PARQUET-1481.parquet | corrupt footer",
      "data/nation.dict-malformed.parquet | truncated or corrupt",
      "data/datapage_v1-corrupt-checksum.parquet | CRC checksum verification failed",
      "data/rle-dict-uncompressed-corrupt-checksum.parquet | CRC checksum verification failed",
      "data/uniform_encryption.parquet.encrypted | encrypted Parquet is not supported",
      "data/encrypt_columns_plaintext_footer.parquet.encrypted | encrypted Parquet is not supported",
      "data/hadoop_lz4_compressed.parquet | unsupported compression codec LZ4"})
  void reportsMalformedFilesAsOneLineProblems(String name, String expected) {
    DataProblem problem = readFully(Scans.resource(name), name);
    assertThat(problem.getMessage()).startsWith(name + ": ").contains(expected)
        .doesNotContain("\n");
  }

  @Test
  void readsArrowGh43605WithoutComplaintLikeParquetJava() throws Exception {
    // Malformed per arrow#43605 (definition-level run longer than its section), but the
    // values decode; parquet-java's level decoder tolerates it and so do we (documented gap).
    try (ParquetDataFile file = Scans.open("bad_data/ARROW-GH-43605.parquet")) {
      assertThat(Scans.scanAll(file, 4096).values().iterator().next()).hasSize(21186);
    }
  }

  @Test
  void reportsMissingEmptyDirectoryAndForeignFiles() throws Exception {
    assertThat(readFully(dir.resolve("nope.parquet"), "nope").getMessage())
        .isEqualTo("nope: file not found");
    assertThat(readFully(dir, "d").getMessage()).contains("directory");
    assertThat(readFully(Files.write(dir.resolve("e"), new byte[0]), "e").getMessage())
        .contains("empty file");
    Path csv = Files.writeString(dir.resolve("a.csv"), "id,name\n1,alice\n2,bob\n");
    assertThat(readFully(csv, "a.csv").getMessage()).contains("not a Parquet file");
  }

  @Test
  void reportsTruncatedFilesAtEveryCut() throws Exception {
    Path whole = sample(dir.resolve("whole.parquet"));
    byte[] bytes = Files.readAllBytes(whole);
    List<Integer> cuts = new ArrayList<>(List.of(1, 4, 8, 12, 100, bytes.length / 2));
    for (int back = 1; back <= 16; back++) {
      cuts.add(bytes.length - back);
    }
    for (int cut : cuts) {
      Path part = Files.write(dir.resolve("cut" + cut), java.util.Arrays.copyOf(bytes, cut));
      assertThat(readFully(part, "cut").getMessage()).as("cut at " + cut)
          .startsWith("cut: ").doesNotContain("\n");
    }
  }

  @Test
  void reportsCorruptBytesInsidePagesAsProblemsOrReadsThem() throws Exception {
    byte[] bytes = Files.readAllBytes(sample(dir.resolve("whole.parquet")));
    for (int at = 4; at < bytes.length - 8; at += 7) {
      byte[] copy = bytes.clone();
      copy[at] ^= (byte) 0x5a;
      Path file = Files.write(dir.resolve("flip"), copy);
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readOrProblem(file));
    }
  }

  private static void readOrProblem(Path file) {
    try (ParquetDataFile f = ParquetDataFile.open(file, "flip")) {
      Scans.scanAll(f, 100);
    } catch (DataProblem e) {
      assertThat(e.getMessage()).doesNotContain("\n");
    }
  }

  @Test
  void scanningAnUnknownColumnIsAProblem() throws Exception {
    try (ParquetDataFile file = ParquetDataFile.open(sample(dir.resolve("s.parquet")), "s")) {
      assertThatThrownBy(() -> file.scan(0, java.util.Set.of("nope"), 0, 10, b -> { }))
          .isInstanceOf(DataProblem.class).hasMessage("s: no column nope in the file");
    }
  }

  private static Path sample(Path file) {
    ParquetFixture fixture = ParquetFixture.schema(
        "message m { required int64 id; optional binary name (STRING); }")
        .codec(CompressionCodecName.SNAPPY).pageRows(50);
    for (int i = 0; i < 300; i++) {
      fixture.row(Map.of("id", (long) i, "name", "n" + (i % 17)));
    }
    return fixture.write(file);
  }

  private static DataProblem readFully(Path file, String name) {
    long start = System.nanoTime();
    try (ParquetDataFile f = ParquetDataFile.open(file, name)) {
      Scans.scanAll(f, 1000);
    } catch (DataProblem e) {
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      return e;
    }
    throw new AssertionError(name + " was read without a problem");
  }
}
