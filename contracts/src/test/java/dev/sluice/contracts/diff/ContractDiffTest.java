package dev.sluice.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.TestFiles;
import dev.sluice.contracts.model.Contract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractDiffTest {
  @TempDir Path dir;

  private static final String V1 = """
      schema:
        - name: orders
          properties:
            - {name: id, logicalType: integer, required: true, unique: true}
            - {name: amount, logicalType: number, logicalTypeOptions: {minimum: 0, maximum: 100}}
            - name: status
              logicalType: string
              quality:
                - {metric: invalidValues, arguments: {validValues: [open, closed]}, mustBe: 0}
      """;

  @Test
  void everyOfficialExampleDiffedWithItselfReportsNothing() throws Exception {
    List<Path> files = new java.util.ArrayList<>(TestFiles.yamlFilesUnder("odcs-examples/main"));
    files.addAll(TestFiles.yamlFilesUnder("valid"));
    int compared = 0;
    for (Path file : files) {
      Contract once;
      try {
        once = Contracts.load(file);
      } catch (dev.sluice.contracts.ContractException e) {
        continue; // an example that compat lint rejects is not a diff input
      }
      Contract twice = Contracts.load(file);
      assertThat(ContractDiff.between(once, twice).changes()).as(file.toString()).isEmpty();
      compared++;
    }
    assertThat(compared).isGreaterThan(10);
  }

  @Test
  void reportsEveryChangeInDocumentOrderWithValues() {
    Contract v1 = DiffCases.contract(dir, "v1", V1);
    Contract v2 = DiffCases.contract(dir, "v2", V1
        .replace("required: true, unique: true", "required: true")
        .replace("maximum: 100", "maximum: 1000")
        .replace("[open, closed]", "[open, closed, held]"));
    List<Change> changes = ContractDiff.between(v1, v2).changes();
    assertThat(changes).extracting(c -> c.kind().id()).containsExactly(
        "unique.disabled", "range.widened", "valid-values.added");
    Change widened = changes.get(1);
    assertThat(widened.path()).isEqualTo("schema[orders].properties[amount].logicalTypeOptions.maximum");
    assertThat(widened.oldValue()).isEqualTo("100");
    assertThat(widened.newValue()).isEqualTo("1000");
    assertThat(changes.get(2).newValue()).isEqualTo("[held]");
  }

  @Test
  void modesSelectTheBreakingChanges() {
    Contract v1 = DiffCases.contract(dir, "v1", V1);
    Contract v2 = DiffCases.contract(dir, "v2", V1.replace("maximum: 100", "maximum: 1000")
        .replace("{name: amount, logicalType: number,", "{name: amount, logicalType: number, required: true,"));
    ContractDiff diff = ContractDiff.between(v1, v2);
    assertThat(diff.breaking(CompatibilityMode.FORWARD)).extracting(c -> c.kind().id())
        .containsExactly("range.widened");
    assertThat(diff.breaking(CompatibilityMode.BACKWARD)).extracting(c -> c.kind().id())
        .containsExactly("required.enabled");
    assertThat(diff.breaking(CompatibilityMode.FULL)).hasSize(2);
    assertThat(diff.isCompatible(CompatibilityMode.FORWARD)).isFalse();
  }

  @Test
  void sameBoundWrittenWithAnotherScaleIsNoChange() {
    Contract v1 = DiffCases.contract(dir, "v1", V1);
    Contract v2 = DiffCases.contract(dir, "v2", V1.replace("maximum: 100", "maximum: 100.0"));
    assertThat(ContractDiff.between(v1, v2).changes()).isEmpty();
  }

  @Test
  void rulesWithTheSameMetricAreMatchedByPosition() {
    String two = """
        schema:
          - name: orders
            properties:
              - name: id
                logicalType: integer
                quality:
                  - {metric: nullValues, mustBe: 0}
                  - {metric: nullValues, mustBeLessThan: 10, unit: percent}
        """;
    Contract v1 = DiffCases.contract(dir, "v1", two);
    Contract v2 = DiffCases.contract(dir, "v2", two.replace("mustBeLessThan: 10", "mustBeLessThan: 20"));
    assertThat(ContractDiff.between(v1, v2).changes()).singleElement().satisfies(c -> {
      assertThat(c.path()).isEqualTo("schema[orders].properties[id].quality[nullValues#2].threshold");
      assertThat(c.kind()).isEqualTo(ChangeKind.THRESHOLD_LOOSENED);
      assertThat(c.oldValue()).isEqualTo("mustBeLessThan 10");
    });
  }

  @Test
  void nestedPropertiesAreComparedByPath() {
    String nested = """
        schema:
          - name: orders
            properties:
              - name: address
                logicalType: object
                properties:
                  - {name: zip, logicalType: string, logicalTypeOptions: {maxLength: 10}}
        """;
    Contract v1 = DiffCases.contract(dir, "v1", nested);
    Contract v2 = DiffCases.contract(dir, "v2", nested.replace("maxLength: 10", "maxLength: 5"));
    assertThat(ContractDiff.between(v1, v2).changes()).singleElement().satisfies(c -> {
      assertThat(c.path()).isEqualTo(
          "schema[orders].properties[address].properties[zip].logicalTypeOptions.maxLength");
      assertThat(c.breaksBackward()).isTrue();
      assertThat(c.breaksForward()).isFalse();
    });
  }

  @Test
  void modeParsesAnyCaseAndRejectsOthers() {
    assertThat(CompatibilityMode.parse("Backward")).isEqualTo(CompatibilityMode.BACKWARD);
    assertThat(CompatibilityMode.FULL.id()).isEqualTo("full");
    assertThatThrownBy(() -> CompatibilityMode.parse("sideways"))
        .hasMessageContaining("forward, backward or full");
  }
}
