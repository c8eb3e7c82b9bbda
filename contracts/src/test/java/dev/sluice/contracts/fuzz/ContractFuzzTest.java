package dev.sluice.contracts.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.diff.CompatibilityMode;
import dev.sluice.contracts.diff.ContractDiff;
import dev.sluice.contracts.lint.LintMode;
import dev.sluice.contracts.model.Contract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Fuzz targets for contract text from other teams: load + lint (YAML and JSON) and diff. The
 * documented outcomes are a contract, lint findings, or a {@link ContractException}; any other
 * exception is a bug. In {@code mvn verify} each target only replays its seeds under
 * {@code src/test/resources/dev/sluice/contracts/fuzz/ContractFuzzTestInputs/<method>/}; to fuzz
 * one for its {@code maxDuration}: {@code JAZZER_FUZZ=1 mvn test -pl contracts
 * -Dtest='ContractFuzzTest#loadYaml'} (see SECURITY.md).
 */
class ContractFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void loadYaml(byte[] text) {
    loadAndLint(text, ".odcs.yaml");
  }

  @FuzzTest(maxDuration = "60s")
  void loadJson(byte[] text) {
    loadAndLint(text, ".odcs.json");
  }

  /** Two contracts split at the first NUL byte (none: the input against itself), if they load. */
  @FuzzTest(maxDuration = "60s")
  void diff(byte[] data) {
    int split = 0;
    while (split < data.length && data[split] != 0) {
      split++;
    }
    byte[] first = Arrays.copyOf(data, split);
    Optional<Contract> older = load(first, ".yaml");
    Optional<Contract> newer = split == data.length ? older
        : load(Arrays.copyOfRange(data, split + 1, data.length), ".yaml");
    if (older.isPresent() && newer.isPresent()) {
      ContractDiff diff = ContractDiff.between(older.get(), newer.get());
      for (CompatibilityMode mode : CompatibilityMode.values()) {
        diff.breaking(mode);
      }
      if (!ContractDiff.between(newer.get(), newer.get()).changes().isEmpty()) {
        throw new IllegalStateException("a contract differs from itself");
      }
    }
  }

  private static void loadAndLint(byte[] text, String suffix) {
    Path file = write(text, suffix);
    try {
      Contracts.lint(file, LintMode.STRICT);
      Contracts.load(file);
    } catch (ContractException expected) {
      // an invalid contract, reported with its findings
    } catch (IOException e) {
      throw new UncheckedIOException("an existing file is readable", e);
    } finally {
      delete(file);
    }
  }

  private static Optional<Contract> load(byte[] text, String suffix) {
    Path file = write(text, suffix);
    try {
      return Optional.of(Contracts.load(file));
    } catch (ContractException expected) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(file);
    }
  }

  static Path write(byte[] bytes, String suffix) {
    try {
      return Files.write(Files.createTempFile("fuzz", suffix), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
