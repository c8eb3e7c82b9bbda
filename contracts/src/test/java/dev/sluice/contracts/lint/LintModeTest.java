package dev.sluice.contracts.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.TestFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compat tolerates unknown keys as warnings, as datacontract-cli does; nothing else. */
class LintModeTest {

  @Test
  void strictModeMakesAnUnknownKeyAnError() throws Exception {
    List<Finding> findings = lint("invalid/unknown-key-root.yaml", LintMode.STRICT);

    assertThat(findings).singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(Finding.Level.ERROR))
        .satisfies(f -> assertThat(f.message()).contains("'owner'"));
  }

  @Test
  void compatModeMakesAnUnknownKeyAWarningAtTheSamePlace() throws Exception {
    List<Finding> findings = lint("invalid/unknown-key-root.yaml", LintMode.COMPAT);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(Finding.Level.WARNING);
      assertThat(f.rule()).isEqualTo("schema.unknown-key");
      assertThat(f.path()).isEqualTo("owner");
      assertThat(f.line()).isEqualTo(7);
    });
  }

  @Test
  void compatModeKeepsEveryOtherProblemAnError() throws Exception {
    assertThat(lint("invalid/bad-enum-logical-type.yaml", LintMode.COMPAT)).allMatch(Finding::isError).isNotEmpty();
    assertThat(lint("invalid/bad-operator.yaml", LintMode.COMPAT)).allMatch(Finding::isError).isNotEmpty();
    assertThat(lint("invalid/min-gt-max.yaml", LintMode.COMPAT)).allMatch(Finding::isError).hasSize(2);
  }

  @Test
  void loadToleratesUnknownKeysAndKeepsTheWarning() throws Exception {
    Contracts.Loaded loaded = Contracts.read(TestFiles.resource("invalid/unknown-key-root.yaml"));

    assertThat(loaded.contract().id()).isEqualTo("orders-contract");
    assertThat(loaded.warnings()).extracting(Finding::rule).containsExactly("schema.unknown-key");
  }

  @Test
  void loadRefusesAContractWithLintErrors() {
    assertThatThrownBy(() -> Contracts.load(TestFiles.resource("invalid/unknown-metric.yaml")))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("unknown-metric.yaml:24")
        .hasMessageContaining("[semantic.unknown-metric]");
  }

  @Test
  void aValidContractHasNoFindingsInEitherMode() throws Exception {
    assertThat(lint("valid/orders.odcs.yaml", LintMode.STRICT)).isEmpty();
    assertThat(lint("valid/orders.odcs.yaml", LintMode.COMPAT)).isEmpty();
  }

  private static List<Finding> lint(String resource, LintMode mode) throws Exception {
    return Contracts.lint(TestFiles.resource(resource), mode).findings();
  }
}
