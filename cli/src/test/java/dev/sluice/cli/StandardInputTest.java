package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines from standard input, validated chunk by chunk as one dataset. */
class StandardInputTest {
  @TempDir Path dir;

  @Test
  void chunksGiveTheReportOfTheWholeFile() throws Exception {
    Contract contract = Contracts.load(new Workspace(dir).contract("orders.odcs.yaml"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      long id = i == 37 ? 3 : i; // a duplicate of row 3, four chunks later
      lines.append("{\"id\": ").append(id).append(", \"amount\": ")
          .append(i % 9 == 0 ? 250.0 : 10.5).append(", \"email\": \"a")
          .append(i).append("@b.io\"}\n");
    }
    lines.append("{\"id\": 50, \"amount\": 1.0, \"email\": \"z@b.io\"}"); // no \n
    byte[] input = lines.toString().getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("whole.jsonl"), input);

    StringWriter out = new StringWriter();
    ValidationReport chunked = new StandardInput(new ByteArrayInputStream(input),
        new PrintWriter(out), true, 7).validate(contract, ValidationOptions.DEFAULTS, "json");
    ValidationReport whole = Validator.of(contract).validate(List.of(file));

    assertThat(chunked.rowCount()).isEqualTo(51);
    assertThat(counts(chunked)).isEqualTo(counts(whole));
    assertThat(chunked.checks().stream().filter(c -> c.id().endsWith("id.unique"))
        .findFirst().orElseThrow().failedRows()).isEqualTo(1);
    assertThat(out.toString().lines().count()).as("a running report per chunk").isEqualTo(8);
    assertThat(chunked.datasets().get(0).path()).isEqualTo("- (lines 1-7)");
  }

  private static String counts(ValidationReport r) {
    return r.checks().stream().map(c -> c.id() + " " + c.status() + " " + c.failedRows())
        .collect(Collectors.joining("\n"));
  }
}
