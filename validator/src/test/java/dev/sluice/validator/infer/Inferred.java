package dev.sluice.validator.infer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.lint.LintMode;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.report.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Infers a contract, then proves it lints clean and the data passes it. */
record Inferred(InferResult result, Path contractFile, Contract contract, ValidationReport report) {

  static Inferred of(List<Path> data, InferOptions options, Path dir) throws Exception {
    InferResult result = ContractInference.infer(data, options);
    Path file = dir.resolve("inferred.odcs.yaml");
    Files.writeString(file, result.contractYaml());
    Contracts.LintResult lint = Contracts.lint(file, LintMode.STRICT);
    assertThat(lint.findings().stream().filter(Finding::isError).map(Finding::toString)
        .collect(Collectors.toList())).as(result.contractYaml()).isEmpty();
    Contract contract = Contracts.load(file);
    SourceOptions source = options.source();
    ValidationReport report = Validator.of(contract, ValidationOptions.DEFAULTS.withSource(source))
        .validate(data);
    List<String> bad = report.checks().stream()
        .filter(c -> Verdict.of(c.status()).compareTo(Verdict.WARNING) > 0)
        .map(CheckResult::toString).collect(Collectors.toList());
    assertThat(bad).as(result.contractYaml()).isEmpty();
    return new Inferred(result, file, contract, report);
  }

  String yaml() {
    return result.contractYaml();
  }
}
