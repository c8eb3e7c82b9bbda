package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.contracts.Contracts;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contracts written to hurt the validator: they cost linear time and bounded output. */
class HostileContractTest {
  @TempDir Path dir;

  @Test
  void aCatastrophicBacktrackingPatternRunsInLinearTime() throws Exception {
    // java.util.regex needs ~2^n steps for (a+)+$ on a run of n a's that does not match
    StringBuilder csv = new StringBuilder("code\n");
    String evil = "a".repeat(5_000) + "!";
    for (int i = 0; i < 200; i++) {
      csv.append(evil).append('\n');
    }
    Path data = Files.writeString(dir.resolve("codes.csv"), csv);
    Path contract = Files.writeString(dir.resolve("c.odcs.yaml"), "apiVersion: v3.1.0\n"
        + "kind: DataContract\nid: hostile\nversion: 1.0.0\nstatus: active\nschema:\n"
        + "  - name: codes\n    properties:\n      - name: code\n        logicalType: string\n"
        + "        logicalTypeOptions:\n          pattern: \"^(a+)+$\"\n");
    Validator validator = Validator.of(Contracts.load(contract));
    ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> validator.validate(List.of(data)));
    CheckResult pattern = report.checks().stream()
        .filter(c -> c.kind() == CheckKind.PATTERN).findFirst().orElseThrow();
    assertThat(pattern.failedRows()).isEqualTo(200L);
    assertThat(pattern.samples()).hasSizeLessThanOrEqualTo(5); // bounded, whatever fails
  }
}
