package dev.sluice.validator;

import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.validator.engine.DatasetRun;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.plan.PlanCompiler;
import dev.sluice.validator.quarantine.Quarantine;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.QuarantineSummary;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.session.ValidationSession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Validates datasets against a contract.
 *
 * <pre>{@code
 * ValidationReport report = Validator.of(contract).validate(List.of(Path.of("orders.parquet")));
 * }</pre>
 *
 * <p>The object validated is the one named in the options; else the contract's only object;
 * else the object whose name or physicalName equals the first file's base name. Instances are
 * immutable and may be shared between threads; each {@code validate} call is independent.
 */
public final class Validator {
  private final Contract contract;
  private final ValidationOptions options;

  private Validator(Contract contract, ValidationOptions options) {
    this.contract = contract;
    this.options = options;
  }

  public static Validator of(Contract contract) {
    return new Validator(contract, ValidationOptions.DEFAULTS);
  }

  public static Validator of(Contract contract, ValidationOptions options) {
    return new Validator(contract, options);
  }

  /** Validates the files as one dataset (their rows in the order given). */
  public ValidationReport validate(List<Path> files) throws DataProblem {
    long start = System.nanoTime();
    try (DatasetRun run = run(files, false)) {
      return run.report(start);
    }
  }

  /**
   * Validates the files as one dataset and, in the same run, splits their rows into {@code dir}:
   * rows that fail a check that judges rows to the rejected side, the others to the accepted
   * side (see {@link Quarantine}). Nothing is written when a check could not be evaluated (the
   * report then has an error), since which rows fail is not known.
   */
  public QuarantineResult quarantine(List<Path> files, Path dir) throws DataProblem {
    long start = System.nanoTime();
    Instant validatedAt = options.clock().instant();
    try (DatasetRun run = run(files, true)) {
      ValidationReport validated = run.report(start);
      if (validated.summary().getOrDefault(Status.ERROR, 0) > 0) {
        return new QuarantineResult(validated, null);
      }
      QuarantineMarks marks = run.marks().orElseThrow();
      Quarantine.Run what = new Quarantine.Run(contract.id(), contract.version(), validatedAt);
      QuarantineSummary split = Quarantine.write(dir, files, marks, what, run.source(), run.pool(),
          options.threads() + 1, options.progress());
      long millis = (System.nanoTime() - start) / 1_000_000; // the split's time included
      return new QuarantineResult(new ValidationReport(validated.contractId(),
          validated.contractVersion(), validated.object(), validated.datasets(),
          validated.rowCount(), millis, validated.checks()), split);
    }
  }

  /** The files added, in order, to a run of the object they resolve to (the caller closes it). */
  private DatasetRun run(List<Path> files, boolean markRejects) throws DataProblem {
    if (files.isEmpty()) {
      throw new DataProblem(contract.source(), "no data files to validate");
    }
    Plan plan = PlanCompiler.compile(contract, resolveObject(files.get(0)), options);
    DatasetRun run = new DatasetRun(plan, options, markRejects);
    try {
      for (Path file : files) {
        run.add(file);
      }
      return run;
    } catch (DataProblem | RuntimeException e) {
      run.close();
      throw e;
    }
  }

  /**
   * A validation report and where its quarantine split went.
   *
   * @param split null when nothing was written (a check could not be evaluated)
   */
  public record QuarantineResult(ValidationReport report, @Nullable QuarantineSummary split) {}

  /**
   * A session validating in-memory Arrow batches against the object named in the options (or
   * the contract's only object). Batches run on the caller's thread.
   */
  public ValidationSession session() throws DataProblem {
    if (options.object().isEmpty() && contract.schema().size() != 1) {
      throw new DataProblem(contract.source(), "the contract has several objects " + objectNames()
          + "; name one in the options (withObject)");
    }
    DatasetSpec object = resolveObject(Path.of(""));
    ValidationOptions sessionOptions = options.withThreads(1);
    Plan plan = PlanCompiler.compile(contract, object, sessionOptions);
    return new ValidationSession(new DatasetRun(plan, sessionOptions, true));
  }

  /**
   * The name of the schema object {@code files} are validated as (the one named in the options,
   * the contract's only one, or the one named like the first file), as reports name it; with no
   * file, as a {@link #session()} would.
   */
  public String objectName(List<Path> files) throws DataProblem {
    return resolveObject(files.isEmpty() ? Path.of("") : files.get(0)).name();
  }

  DatasetSpec resolveObject(Path firstFile) throws DataProblem {
    if (options.object().isPresent()) {
      String name = options.object().get();
      return contract.object(name).orElseThrow(() -> new DataProblem(contract.source(),
          "the contract has no schema object '" + name + "'; it has " + objectNames()));
    }
    if (contract.schema().size() == 1) {
      return contract.schema().get(0);
    }
    String stem = firstFile.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
    Optional<DatasetSpec> byName = contract.schema().stream()
        .filter(o -> stem.equals(o.name().toLowerCase(Locale.ROOT))
            || (o.physicalName() != null && stem.equals(o.physicalName().toLowerCase(Locale.ROOT))))
        .findFirst();
    return byName.orElseThrow(() -> new DataProblem(contract.source(), contract.schema().isEmpty()
        ? "the contract has no schema objects to validate"
        : "the contract has several objects " + objectNames() + "; choose one with --object"));
  }

  private String objectNames() {
    return contract.schema().stream().map(DatasetSpec::name).collect(Collectors.joining(", ", "[", "]"));
  }
}
