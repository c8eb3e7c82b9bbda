package dev.sluice.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.report.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engine on the committed samples: the clean file passes every check, and on the dirty file
 * every row-level check counts exactly the rows {@link Defects} says the generator broke, with
 * metadata shortcuts on and off.
 */
class SamplesValidationTest {
  private static final Path ORDERS = Path.of("orders");

  @Test
  void cleanSamplePasses() throws Exception {
    ValidationReport report = validate("orders.parquet", true);
    assertThat(report.checks()).filteredOn(c -> c.status() != Status.PASSED && c.status() != Status.SKIPPED)
        .as("non-passing checks").isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(report.rowCount()).isEqualTo(2000);
  }

  @Test
  void dirtySampleCountsEveryDefectExactly() throws Exception {
    for (boolean shortcuts : List.of(true, false)) {
      ValidationReport report = validate("orders-dirty.parquet", shortcuts);
      Defects defects = Defects.dirty(report.rowCount());
      for (String check : Defects.CHECKS) {
        if (check.equals("orders.sql") || check.equals("orders.rowCount")) {
          continue;
        }
        CheckResult result = find(report, check).orElseThrow(() -> new AssertionError("no check " + check));
        assertThat(result.failedRows()).as(check + " (shortcuts " + shortcuts + "): " + result.message())
            .isEqualTo(defects.metric(check));
      }
      assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    }
  }

  private static ValidationReport validate(String file, boolean shortcuts) throws Exception {
    Contract contract = Contracts.load(ORDERS.resolve("orders.odcs.yaml"));
    ValidationOptions options = ValidationOptions.DEFAULTS.withMetadataShortcuts(shortcuts);
    return Validator.of(contract, options).validate(List.of(ORDERS.resolve("data").resolve(file)));
  }

  /** {@code property.kind}, or {@code orders.kind} for object-level checks. */
  private static Optional<CheckResult> find(ValidationReport report, String check) {
    String subject = check.substring(0, check.lastIndexOf('.'));
    String kind = check.substring(check.lastIndexOf('.') + 1);
    return report.checks().stream()
        .filter(c -> c.kind().json().equals(kind))
        .filter(c -> subject.equals(c.property()) || (subject.equals(c.object())
            && (c.property() == null || c.property().contains(","))))
        .findFirst();
  }
}
