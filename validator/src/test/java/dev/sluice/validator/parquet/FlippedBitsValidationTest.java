package dev.sluice.validator.parquet;

import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.contracts.Contracts;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.testing.CoveringContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Single-bit flips inside the pages of a file without page CRCs (so the corrupt bytes reach the
 * level, dictionary and value decoders, which the CRCs of the orders sample mostly stop; see
 * CorruptedInputsTest), validated against a contract requiring every column: a report or a
 * one-line DataProblem, never another exception or a hang.
 */
class FlippedBitsValidationTest {
  private static final int FLIPS = 200;

  @TempDir Path dir;

  @ParameterizedTest(name = "v2={0} {1}")
  @CsvSource({"false,UNCOMPRESSED", "true,SNAPPY"})
  void validatesOrReportsEveryFlippedBit(boolean v2, CompressionCodecName codec) throws Exception {
    GeneratedParquet writer = GeneratedParquet.schema("message m { required int64 id;"
        + " optional binary s (STRING); optional int32 k; optional boolean b; optional double d;"
        + " optional int32 day (DATE); }")
        .v2(v2).codec(codec).checksums(false).pageRows(40).dictionaryBytes(400);
    for (int r = 0; r < 300; r++) {
      writer.row(row("id", (long) r, "s", r % 7 == 0 ? null : "s" + (r % 11), "k",
          r % 3 == 0 ? null : r % 4, "b", r % 2 == 0, "d", r / 3.0, "day", 19_000 + r % 30));
    }
    byte[] bytes = Files.readAllBytes(writer.write(dir.resolve("whole.parquet")));
    Validator validator = validator(dir.resolve("whole.parquet"));
    Random random = new Random(v2 ? 3 : 5);
    int validated = 0;
    for (int i = 0; i < FLIPS; i++) {
      int at = 4 + random.nextInt(bytes.length / 2); // the chunks; the footer sits at the end
      byte[] copy = bytes.clone();
      copy[at] ^= (byte) (1 << (i % 8));
      Path file = Files.write(dir.resolve("flipped.parquet"), copy);
      String what = "bit " + (i % 8) + " of byte " + at;
      validated += assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        try {
          validator.validate(List.of(file));
          return 1;
        } catch (DataProblem e) {
          assertThat(e.getMessage()).as(what).startsWith(file + ": ").doesNotContain("\n");
          return 0;
        } catch (RuntimeException | Error e) {
          throw new AssertionError(what + ": " + e, e);
        }
      }, what);
    }
    assertThat(validated).as("flips that still validate").isBetween(1, FLIPS - 1);
  }

  private Validator validator(Path file) throws Exception {
    try (ParquetDataFile open = ParquetDataFile.open(file, "whole")) {
      Path contract = Files.writeString(dir.resolve("c.odcs.yaml"),
          CoveringContract.yaml("flips", open.columns().values()));
      return Validator.of(Contracts.load(contract), ValidationOptions.DEFAULTS.withThreads(1));
    }
  }
}
