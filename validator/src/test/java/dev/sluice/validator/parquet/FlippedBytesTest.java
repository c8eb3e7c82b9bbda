package dev.sluice.validator.parquet;

import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.validator.parquet.BulkEquivalenceTest.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every few bytes of a file without page checksums (so corrupt bytes reach the decoders) flipped
 * in turn: the bulk path reads the file or reports a one-line problem, quickly, and whenever
 * parquet-java reads it too, both give the same vectors.
 */
class FlippedBytesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "v2={0} {1}")
  @CsvSource({"false,UNCOMPRESSED", "true,SNAPPY"})
  void readsOrReportsEveryFlippedByte(boolean v2, CompressionCodecName codec) throws Exception {
    GeneratedParquet writer = GeneratedParquet.schema("message m { required int64 id;"
        + " optional binary s (STRING); optional int32 k; optional boolean b; optional double d; }")
        .v2(v2).codec(codec).checksums(false).pageRows(30).dictionaryBytes(300);
    for (int r = 0; r < 200; r++) {
      writer.row(row("id", (long) r, "s", r % 7 == 0 ? null : "s" + (r < 100 ? r % 5 : r),
          "k", r % 3 == 0 ? null : r % 4, "b", r % 2 == 0, "d", r / 3.0));
    }
    byte[] bytes = Files.readAllBytes(writer.write(dir.resolve("whole.parquet")));
    int bothRead = 0;
    for (int at = 4; at < bytes.length - 8; at += 7) {
      byte[] copy = bytes.clone();
      copy[at] ^= (byte) (0x5a + at);
      Path file = Files.write(dir.resolve("flipped.parquet"), copy);
      Outcome bulk = assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> BulkEquivalenceTest.scan(file, 64, true));
      if (bulk.problem() != null) {
        assertThat(bulk.problem()).startsWith("flipped.parquet: ").doesNotContain("\n");
        continue;
      }
      Outcome reference = BulkEquivalenceTest.scan(file, 64, false);
      if (reference.problem() == null) {
        assertThat(bulk.batches()).as("flip at " + at).isEqualTo(reference.batches());
        bothRead++;
      }
    }
    assertThat(bothRead).isGreaterThan(80);
  }
}
