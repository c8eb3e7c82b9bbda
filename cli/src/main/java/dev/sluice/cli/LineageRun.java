package dev.sluice.cli;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The OpenLineage events of one {@code validate}, when {@code --openlineage} asks for them:
 * {@code START} once the contract and the data files are known, then one terminal event, from
 * the report or, when the data could not be judged, a {@code FAIL} saying why. Nothing is
 * emitted for a run that ends before it starts (a usage error, a contract that does not load).
 */
final class LineageRun {
  private final @Nullable LineageEmission emission;
  private @Nullable String job;
  private List<String> paths = List.of();

  LineageRun(@Nullable LineageEmission emission) {
    this.emission = emission;
  }

  /** The validation of {@code files} ({@code paths} as given) with {@code validator} begins. */
  void start(Contract contract, Validator validator, List<Path> files, List<String> paths)
      throws DataProblem {
    if (emission == null) {
      return;
    }
    job = LineageEvent.jobName(contract.id(), validator.objectName(files));
    this.paths = paths;
    emission.start(job, paths);
  }

  void finish(ValidationReport report) {
    if (emission != null) {
      emission.finish(report);
    }
  }

  /** The run ends without a report, for {@code reason}; nothing if it never started. */
  void abort(String reason) {
    if (emission != null && job != null) {
      emission.abort(job, paths, reason);
    }
  }
}
