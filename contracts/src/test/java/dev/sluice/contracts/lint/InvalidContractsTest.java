package dev.sluice.contracts.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code invalid/} holds one or two deliberate problems and, in trailing
 * {@code # expect: rule path line} comments, exactly the findings lint must give: one per
 * problem, however many raw errors the schema validator produced.
 */
class InvalidContractsTest {

  static Stream<Path> invalidContracts() {
    return TestFiles.yamlFilesUnder("invalid").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidContracts")
  void reportsExactlyOneFindingPerDeliberateProblem(Path file) throws IOException {
    List<Finding> findings = Contracts.lint(file, LintMode.STRICT).findings();

    assertThat(findings).extracting(InvalidContractsTest::describe)
        .containsExactlyInAnyOrderElementsOf(expectations(file));
    assertThat(findings).as("an invalid contract fails lint").anyMatch(Finding::isError);
  }

  private static List<String> expectations(Path file) throws IOException {
    List<String> expected = Files.readAllLines(file).stream()
        .filter(line -> line.startsWith("# expect: "))
        .map(line -> line.substring("# expect: ".length()).trim())
        .toList();
    assertThat(expected).as("expectations in " + file).isNotEmpty();
    return expected;
  }

  private static String describe(Finding f) {
    return f.rule() + " " + (f.path().isEmpty() ? "<root>" : f.path()) + " " + f.line();
  }
}
