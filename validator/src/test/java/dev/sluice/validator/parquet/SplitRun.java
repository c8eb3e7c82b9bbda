package dev.sluice.validator.parquet;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.testing.InlineContract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.engine.DatasetRun;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.plan.PlanCompiler;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Test helper: validates a Parquet file against a contract and splits it by the fast path. */
record SplitRun(SplitTarget target, SplitTarget.Counts counts) {

  /**
   * Splits {@code input} into {@code dir/out} by one rule, integer {@code column} at most {@code
   * maximum}: rows above it are rejected.
   */
  static SplitRun rejectingAbove(Path input, Path dir, String column, long maximum)
      throws Exception {
    Contract contract = InlineContract.of(dir, "m",
        "      - name: " + column,
        "        logicalType: integer",
        "        logicalTypeOptions: {maximum: " + maximum + "}");
    return of(input, contract, dir.resolve("out"));
  }

  /** Splits {@code input} (validated against {@code contract}'s first object) into {@code folder}. */
  static SplitRun of(Path input, Contract contract, Path folder) throws Exception {
    ValidationOptions options = ValidationOptions.DEFAULTS;
    Plan plan = PlanCompiler.compile(contract, contract.schema().get(0), options);
    QuarantineMarks.FileMarks marks;
    try (DatasetRun run = new DatasetRun(plan, options, true)) {
      run.add(input);
      marks = run.marks().orElseThrow().files().get(0);
    }
    Files.createDirectories(folder);
    SplitTarget target = new SplitTarget(folder.resolve("accepted.parquet"),
        folder.resolve("rejected.parquet"), Map.of(), Map.of());
    try (ParquetDataFile file = ParquetDataFile.open(input, input.toString())) {
      return new SplitRun(target, ParquetSplitter.split(file, marks, target, null, 1));
    }
  }
}
