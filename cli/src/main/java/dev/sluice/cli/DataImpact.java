package dev.sluice.cli;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.engine.InputPaths;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a new contract version does to existing data ({@code diff --data}): the data validated
 * against the old and the new version, and the checks that fail only under the new one (the
 * backward breaks that bite).
 *
 * @param biting checks failed under NEW whose id did not fail under OLD
 */
record DataImpact(List<Path> files, ValidationReport underOld, ValidationReport underNew,
    List<CheckResult> biting) {

  DataImpact {
    files = List.copyOf(files);
    biting = List.copyOf(biting);
  }

  /** Validates {@code data} (files, folders or globs: one dataset) against both versions. */
  static DataImpact of(Contract oldContract, Contract newContract, List<String> data,
      @Nullable String object) throws DataProblem {
    List<Path> files = InputPaths.expand(Path.of(""), data);
    ValidationOptions options = ValidationOptions.DEFAULTS.withObject(object);
    ValidationReport before = Validator.of(oldContract, options).validate(files);
    ValidationReport after = Validator.of(newContract, options).validate(files);
    Set<String> failedBefore = before.checks().stream().filter(c -> c.status() == Status.FAILED)
        .map(CheckResult::id).collect(Collectors.toSet());
    List<CheckResult> biting = after.checks().stream()
        .filter(c -> c.status() == Status.FAILED && !failedBefore.contains(c.id())).toList();
    return new DataImpact(files, before, after, biting);
  }

  boolean bites() {
    return !biting.isEmpty();
  }
}
