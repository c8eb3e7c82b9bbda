package dev.sluice.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row groups read in parallel give exactly the report one thread reading in order gives: the
 * same counts, the same samples (lowest rows; for uniqueness the later occurrences), with any
 * thread count, batch size and with metadata shortcuts on or off.
 */
class ParallelScanTest {
  private static final Path CONTRACT = Path.of("orders", "orders.odcs.yaml");
  @TempDir static Path dir;
  private static Path dirty;

  @BeforeAll
  static void generate() throws Exception {
    dirty = dir.resolve("dirty.parquet");
    Generated.write(dirty, "--rows", "30000", "--dirty", "--row-group-rows", "1000");
  }

  @Test
  void everyThreadCountGivesTheSequentialReport() throws Exception {
    String sequential = checksOf(validate(options().withThreads(1)));
    for (int threads : List.of(2, 3, 8)) {
      assertThat(checksOf(validate(options().withThreads(threads))))
          .as(threads + " threads").isEqualTo(sequential);
    }
    assertThat(checksOf(validate(options().withThreads(4).withBatchRows(97))))
        .as("4 threads, batches of 97 rows").isEqualTo(sequential);
  }

  @Test
  void shortcutsChangeNoCountInParallel() throws Exception {
    ValidationReport fast = validate(options().withThreads(4));
    ValidationReport slow = validate(options().withThreads(4).withMetadataShortcuts(false));
    assertThat(fast.checks()).hasSameSizeAs(slow.checks());
    for (int i = 0; i < fast.checks().size(); i++) {
      CheckResult a = fast.checks().get(i);
      CheckResult b = slow.checks().get(i);
      assertThat(a.failedRows()).as(a.id()).isEqualTo(b.failedRows());
      assertThat(a.status()).as(a.id()).isEqualTo(b.status());
    }
    assertThat(fast.checks()).anySatisfy(c -> assertThat(c.failedRows()).isPositive());
  }

  @Test
  void uniquenessPastItsMemoryBudgetIsAnErrorNotAnOutOfMemory() throws Exception {
    ValidationReport report = validate(options().withUniqueMemory(4096));
    CheckResult unique = report.checks().stream()
        .filter(c -> c.kind().json().equals("unique") && "order_id".equals(c.property()))
        .findFirst().orElseThrow();
    assertThat(unique.status().json()).isEqualTo("error");
    assertThat(unique.message()).contains("over the budget of").contains("--unique-memory");
    assertThat(report.verdict().json()).isEqualTo("error");
    assertThat(report.checks()).filteredOn(c -> c.kind().json().equals("required"))
        .allSatisfy(c -> assertThat(c.failedRows()).isNotNull());
  }

  private static ValidationOptions options() {
    return ValidationOptions.DEFAULTS.withClock(Clock.fixed(Generated.PRODUCED_AT, ZoneOffset.UTC));
  }

  private static ValidationReport validate(ValidationOptions options) throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    return Validator.of(contract, options).validate(List.of(dirty));
  }

  /** Everything the report says about its checks (not its duration). */
  private static String checksOf(ValidationReport report) {
    return report.checks().toString() + report.verdict() + report.rowCount();
  }
}
