package dev.sluice.validator.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.arrow.ArrowDataFile;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.parquet.ParquetDataFile;
import dev.sluice.validator.text.CsvDataFile;
import dev.sluice.validator.text.JsonDataFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz targets for data files from other teams: bytes to a temporary file, open it with one
 * source, scan every column of every row group (and ask for each chunk's dictionary). The
 * documented outcomes are a scan or a {@link DataProblem}; any other exception, an
 * OutOfMemoryError or a hang is a bug. In {@code mvn verify} each target only replays its seeds
 * under {@code src/test/resources/dev/sluice/validator/fuzz/SourceFuzzTestInputs/<method>/};
 * to fuzz one: {@code JAZZER_FUZZ=1 mvn test -pl validator -Djazzer.hooks=true
 * -Dtest='SourceFuzzTest#parquet'} (see SECURITY.md).
 */
class SourceFuzzTest {
  private static final long ARROW_LIMIT = 64L << 20;

  @FuzzTest(maxDuration = "60s")
  void parquet(byte[] bytes) {
    scan(bytes, ".parquet", file -> ParquetDataFile.open(file, "fuzz.parquet"));
  }

  @FuzzTest(maxDuration = "60s")
  void arrow(byte[] bytes) {
    scan(bytes, ".arrow", file -> ArrowDataFile.open(file, "fuzz.arrow", ARROW_LIMIT));
  }

  @FuzzTest(maxDuration = "60s")
  void csv(byte[] bytes) {
    scan(bytes, ".csv", file -> CsvDataFile.open(file, "fuzz.csv", SourceOptions.DEFAULTS));
  }

  @FuzzTest(maxDuration = "60s")
  void jsonLines(byte[] bytes) {
    scan(bytes, ".jsonl", file -> JsonDataFile.open(file, "fuzz.jsonl", SourceOptions.DEFAULTS));
  }

  /** Opens a source over a path. */
  @FunctionalInterface
  interface Opener {
    DataFile open(Path file) throws DataProblem;
  }

  private static void scan(byte[] bytes, String suffix, Opener opener) {
    Path file;
    try {
      file = Files.write(Files.createTempFile("fuzz", suffix), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (DataFile data = opener.open(file)) {
      for (var group : data.rowGroups()) {
        data.scan(group.index(), data.columns().keySet(), 0, 256, batch -> { });
        for (String column : data.columns().keySet()) {
          data.dictionaryOnly(group.index(), column);
        }
      }
    } catch (DataProblem expected) {
      if (expected.getMessage().contains("\n")) { // unreadable, corrupt or unsupported: exit 3
        throw new IllegalStateException("a problem of several lines: " + expected.getMessage());
      }
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
