package dev.sluice.validator.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.contracts.Contracts;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Sample;
import dev.sluice.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON text in a string column, validated against the schema its object property declares. */
class JsonPayloadCheckTest {
  @TempDir Path dir;

  private ValidationReport validate(String pattern, String... payloads) throws Exception {
    Path contract = Files.writeString(dir.resolve("c.odcs.yaml"), """
        apiVersion: v3.1.0
        kind: DataContract
        id: payloads
        version: 1.0.0
        status: active
        schema:
          - name: events
            properties:
              - name: payload
                logicalType: object
                properties:
                  - name: sku
                    logicalType: string
                    required: true
                    logicalTypeOptions: {pattern: '%s'}
                  - name: sizes
                    logicalType: array
                    items: {name: size, logicalType: integer, logicalTypeOptions: {maximum: 10}}
        """.formatted(pattern));
    StringBuilder csv = new StringBuilder("payload\n");
    for (String p : payloads) {
      csv.append('"').append(p.replace("\"", "\"\"")).append("\"\n");
    }
    Path data = Files.writeString(dir.resolve("events.csv"), csv);
    return Validator.of(Contracts.load(contract)).validate(List.of(data));
  }

  private static CheckResult payloadCheck(ValidationReport report) {
    return report.checks().stream().filter(c -> c.id().equals("events.payload.jsonSchema"))
        .findFirst().orElseThrow();
  }

  @Test
  void samplesNameTheFailingJsonPointer() throws Exception {
    CheckResult check = payloadCheck(validate("^[A-Z]+-[0-9]+$",
        "{\"sku\": \"AB-1\", \"sizes\": [1, 2]}",
        "{\"sku\": \"ab\"}",
        "{\"sizes\": [3, 11], \"sku\": \"CD-2\"}",
        "{\"sizes\": []}",
        "[1, 2"));
    assertThat(check.failedRows()).isEqualTo(4);
    List<String> samples = check.samples().stream().map(Sample::value).toList();
    assertThat(samples.get(0)).startsWith("/sku: ");
    assertThat(samples.get(1)).startsWith("/sizes/1: ");
    assertThat(samples.get(2)).startsWith("/: ").contains("sku");
    assertThat(samples.get(3)).startsWith("not JSON");
  }

  @Test
  void patternsInPayloadsRunInLinearTime() {
    String evil = "a".repeat(50_000) + "!";
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      CheckResult check = payloadCheck(validate("^(a+)+$", "{\"sku\": \"" + evil + "\"}"));
      assertThat(check.failedRows()).isEqualTo(1);
    });
  }
}
