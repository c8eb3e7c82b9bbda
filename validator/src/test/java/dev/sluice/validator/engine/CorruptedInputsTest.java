package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.arrow.ArrowDataFile;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.testing.CoveringContract;
import dev.sluice.validator.testing.DataFileScans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Truncated and bit-flipped inputs validated against a contract: each run returns a report (a
 * flip may leave valid data) or throws a one-line DataProblem; never another exception, never
 * OutOfMemoryError, never a hang. Parquet: the orders sample (page CRCs on, so a flip inside a
 * page body is caught by its checksum; FlippedBitsValidationTest flips a file without CRCs), cut
 * at every KiB and flipped at 200 positions inside its column chunks (headers included). Arrow IPC:
 * arrow-testing's primitive gold file and its ZSTD-compressed one, cut at every KiB and flipped
 * at 300 positions. CSV and JSON Lines: the head of the dirty orders samples, cut at every KiB.
 */
class CorruptedInputsTest {
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final int FLIPS = 300;
  private static final int PARQUET_FLIPS = 200; // a flip that still validates costs a full run

  @TempDir Path dir;

  @Test
  void parquetCutAtEveryKib() throws Exception {
    byte[] bytes = Files.readAllBytes(DataFileScans.resource("hardening", "orders.parquet"));
    assertCutsValidateOrFail(orders(), bytes, "orders.parquet", 1024);
  }

  @Test
  void parquetBitFlipsInsidePages() throws Exception {
    byte[] bytes = Files.readAllBytes(DataFileScans.resource("hardening", "orders.parquet"));
    List<long[]> chunks = parquetChunks(bytes);
    Random random = new Random(7);
    Validator validator = orders();
    int problems = 0;
    for (int i = 0; i < PARQUET_FLIPS; i++) {
      long[] chunk = chunks.get(i % chunks.size());
      int at = (int) (chunk[0] + random.nextInt((int) chunk[1]));
      problems += flipAndValidate(validator, bytes, at, i % 8, "orders.parquet") ? 0 : 1;
    }
    assertThat(problems).as("flips reported as problems").isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"integration/1.0.0-littleendian/generated_primitive.arrow_file",
      "integration/2.0.0-compression/generated_zstd.arrow_file"})
  void arrowCutAtEveryKibAndFlipped(String name) throws Exception {
    Path original = DataFileScans.resource("arrow", name);
    byte[] bytes = Files.readAllBytes(original);
    Validator validator = Validator.of(covering(original));
    assertCutsValidateOrFail(validator, bytes, "data.arrow", Math.min(1024, bytes.length / 16));
    Random random = new Random(11);
    for (int i = 0; i < FLIPS; i++) {
      flipAndValidate(validator, bytes, 8 + random.nextInt(bytes.length - 16), i % 8, "data.arrow");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"orders-head.csv", "orders-head.jsonl"})
  void textCutAtEveryKib(String name) throws Exception {
    byte[] bytes = Files.readAllBytes(DataFileScans.resource("hardening", name));
    // a cut CSV row is ragged (a problem) or short; a cut JSON line is a row of invalid values
    cuts(orders(), bytes, name, 1024);
  }

  private void assertCutsValidateOrFail(Validator validator, byte[] bytes, String name, int step)
      throws IOException {
    assertThat(cuts(validator, bytes, name, step)).as("cuts reported as problems").isPositive();
  }

  /** Validates every cut; returns how many ended in a DataProblem. */
  private int cuts(Validator validator, byte[] bytes, String name, int step) throws IOException {
    int problems = 0;
    for (int cut = 0; cut < bytes.length; cut += step) {
      Path file = Files.write(dir.resolve(name), Arrays.copyOf(bytes, cut));
      problems += outcome(validator, file, name + " cut at " + cut) ? 0 : 1;
    }
    return problems;
  }

  /** Flips bit {@code bit} of byte {@code at}; true when the result validated. */
  private boolean flipAndValidate(Validator validator, byte[] bytes, int at, int bit, String name)
      throws IOException {
    byte[] copy = bytes.clone();
    copy[at] ^= (byte) (1 << bit);
    Path file = Files.write(dir.resolve(name), copy);
    return outcome(validator, file, name + " bit " + bit + " of byte " + at);
  }

  /** True when the file validated, false on a one-line DataProblem; anything else fails. */
  private static boolean outcome(Validator validator, Path file, String what) {
    return assertTimeoutPreemptively(BOUND, () -> {
      try {
        ValidationReport report = validator.validate(List.of(file));
        assertThat(report.verdict()).as(what).isNotNull();
        return true;
      } catch (DataProblem e) {
        assertThat(e.getMessage()).as(what).startsWith(file + ": ").doesNotContain("\n");
        return false;
      } catch (RuntimeException | Error e) {
        throw new AssertionError(what + ": " + e, e);
      }
    }, what);
  }

  private static Validator orders() throws Exception {
    Contract contract = Contracts.load(DataFileScans.resource("quarantine", "orders.odcs.yaml"));
    return Validator.of(contract, ValidationOptions.DEFAULTS.withThreads(1));
  }

  private Contract covering(Path arrow) throws Exception {
    try (ArrowDataFile file = ArrowDataFile.open(arrow, "data.arrow")) {
      Path contract = Files.writeString(dir.resolve("c.odcs.yaml"),
          CoveringContract.yaml("arrow", file.columns().values()));
      return Contracts.load(contract);
    }
  }

  /** (start, length) of every column chunk, dictionary page included, from the raw footer. */
  private static List<long[]> parquetChunks(byte[] bytes) throws IOException {
    int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    FileMetaData footer = Util.readFileMetaData(
        new ByteArrayInputStream(bytes, bytes.length - 8 - length, length));
    List<long[]> chunks = new ArrayList<>();
    footer.getRow_groups().forEach(group -> group.getColumns().forEach(column -> {
      ColumnMetaData meta = column.getMeta_data();
      long start = meta.isSetDictionary_page_offset() && meta.getDictionary_page_offset() > 0
          ? Math.min(meta.getDictionary_page_offset(), meta.getData_page_offset())
          : meta.getData_page_offset();
      chunks.add(new long[] {start, meta.getTotal_compressed_size()});
    }));
    return chunks;
  }
}
