package dev.sluice.cli;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.files.AtomicFiles;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.Server;
import dev.sluice.contracts.registry.ContractRegistry;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.quarantine.QuarantineSummary;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code sluice validate}: checks datasets against a contract and reports every check. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    description = "Validates data files against one object of a contract. Without DATA, reads "
        + "the path of the server named by --server, else of the contract's first server with "
        + "type: local.")
final class ValidateCommand extends CommandBase {
  @Parameters(index = "0", paramLabel = "CONTRACT",
      description = "The contract (YAML or JSON), or registry:ID[@VERSION|@latest] with --registry.")
  @Nullable String contract;

  @Option(names = "--registry", paramLabel = "DIR",
      description = "The registry a registry:ID@VERSION contract is read from (see publish); its "
          + "server paths then resolve against --base-dir, else the current folder.")
  @Nullable Path registry;

  @Parameters(index = "1..*", paramLabel = "DATA",
      description = "Data files, folders or globs (data/*.parquet), read as one dataset; "
          + "'-' reads an Arrow IPC stream (or, with --input-format json, JSON Lines) from "
          + "standard input.")
  List<String> data = new ArrayList<>();

  @Option(names = "--object", paramLabel = "NAME",
      description = "The schema object to validate (default: the only one, or the file's name).")
  @Nullable String object;

  @Option(names = "--server", paramLabel = "NAME",
      description = "Read the data from this server's path (without DATA).")
  @Nullable String server;

  @Option(names = "--format", paramLabel = "text|json|junit|html",
      converter = ReportFormat.Converter.class,
      description = "Report format: text (default), json, junit (JUnit XML for CI) or html "
          + "(one self-contained page).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--output", paramLabel = "[FORMAT=]FILE",
      description = "FILE: write the --format report to FILE instead of standard output. "
          + "FORMAT=FILE (text, json, junit, html): also write that format to FILE. Repeatable; "
          + "each file is written atomically.")
  List<String> output = new ArrayList<>();

  @Option(names = "--openlineage", paramLabel = "FILE|URL",
      description = "Emit OpenLineage RunEvents (START, then COMPLETE or FAIL with the checks "
          + "as data-quality facets): append each as one JSON line to FILE, or POST it to an "
          + "http(s) URL (with a Bearer token from OPENLINEAGE_API_KEY when set). A delivery "
          + "failure is a warning on stderr; it never changes the exit code.")
  @Nullable String openlineage;

  @Option(names = "--fail-on", paramLabel = "error|warning", converter = FailOn.Converter.class,
      description = "Exit 1 on failed checks only (error, default) or on warnings too (warning).")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--max-samples", paramLabel = "N",
      description = "Samples of violating values per check (default: ${DEFAULT-VALUE}).")
  int maxSamples = ValidationOptions.DEFAULTS.maxSamples();

  @Option(names = "--base-dir", paramLabel = "DIR",
      description = "Resolve data paths against DIR instead of the current folder "
          + "(DATA) or the contract's folder (server paths).")
  @Nullable Path baseDir;

  @Option(names = "--no-metadata-shortcuts",
      description = "Decode every value instead of using Parquet statistics and dictionaries.")
  boolean noMetadataShortcuts;

  @Option(names = "--strict-presence",
      description = "An optional column absent from the data fails instead of warning.")
  boolean strictPresence;

  @Option(names = "--no-extra-columns",
      description = "Columns the contract does not list fail instead of being reported.")
  boolean noExtraColumns;

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--each-batch",
      description = "With DATA '-' and --format json: print the running report as one JSON line "
          + "after every batch, then the final one.")
  boolean eachBatch;

  @Option(names = "--threads", paramLabel = "N",
      description = "Row groups read at the same time (default: one per core, ${DEFAULT-VALUE}).")
  int threads = ValidationOptions.DEFAULTS.threads();

  @Option(names = "--unique-memory", paramLabel = "SIZE",
      description = "Memory uniqueness checks may hold (e.g. 512m, 4g; default: half of "
          + "the heap). Past it they end in error instead of running out of memory.")
  @Nullable String uniqueMemory;

  @Option(names = "--quarantine", paramLabel = "DIR",
      description = "Also split the rows into DIR: those failing an error-level row check to "
          + "rejected.<ext> (with a _sluice_violations column), the others to accepted.<ext>, "
          + "in the input's format. Nothing is written if a check could not be evaluated.")
  @Nullable Path quarantine;

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar (it is shown on long runs when stderr is a terminal).")
  boolean quiet;

  private static final String REGISTRY_PREFIX = "registry:";

  private List<OutputTarget> targets = List.of();

  @Override
  ExitCode execute() throws Abort {
    Instant started = Instant.now();
    checkArguments();
    Path contractFile = contractFile();
    Contracts.Deferred pending = start(contractFile);
    ValidationReport report;
    QuarantineSummary split = null;
    LineageRun lineage = new LineageRun(openlineage == null ? null
        : LineageEmission.fromEnvironment(openlineage, started, err()));
    try {
      Contract loaded = pending.contract();
      if (data.equals(List.of("-"))) {
        lineage.start(loaded, Validator.of(loaded, options()), List.of(), List.of("-"));
        report = new StandardInput(stdin(), out(), eachBatch && format == ReportFormat.JSON)
            .validate(loaded, options(), input.format);
      } else {
        Path base = baseDir == null && registry != null ? Path.of("") : baseDir;
        Optional<Server> chosen = DataSelection.server(loaded, data, server);
        List<Path> files = new DataSelection(contractFile, base).files(loaded, data, chosen);
        SourceOptions source = input.source(chosen.orElse(null));
        Validator validator = Validator.of(loaded, options().withSource(source));
        lineage.start(loaded, validator, files, files.stream().map(Path::toString).toList());
        if (quarantine == null) {
          report = validator.validate(files);
        } else {
          Validator.QuarantineResult result = validator.quarantine(files, quarantine);
          report = result.report();
          split = result.split();
        }
      }
    } catch (DataProblem e) {
      awaitLint(contractFile, pending);
      lineage.abort(IoMessages.firstLine(e.getMessage()));
      throw new Abort(ExitCode.CANNOT_JUDGE, IoMessages.firstLine(e.getMessage()), e);
    } catch (Abort | RuntimeException e) {
      awaitLint(contractFile, pending); // an invalid contract explains any failure first
      lineage.abort(e instanceof Abort ? String.valueOf(e.getMessage())
          : "unexpected " + e.getClass().getSimpleName());
      throw e;
    }
    awaitLint(contractFile, pending);
    emit(new ReportRenderings(report, split, verbose(), started), report);
    lineage.finish(report);
    if (quarantine != null && split == null) {
      err().println("sluice: nothing written to " + quarantine
          + ": a check could not be evaluated, so which rows fail is not known");
    }
    return failOn.exitCode(report.verdict());
  }

  private void checkArguments() {
    if (maxSamples < 0) {
      throw new ParameterException(spec.commandLine(),
          "--max-samples must be 0 or more, was " + maxSamples);
    }
    try {
      input.source(null);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, was " + threads);
    }
    if (uniqueMemory != null) {
      try {
        Sizes.parse(uniqueMemory);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--unique-memory: " + e.getMessage());
      }
    }
    if (quarantine != null && data.equals(List.of("-"))) {
      throw new ParameterException(spec.commandLine(),
          "--quarantine needs DATA files, not standard input");
    }
    if (server != null && !data.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give DATA or --server, not both");
    }
    targets = outputTargets();
  }

  private List<OutputTarget> outputTargets() {
    List<OutputTarget> parsed = new ArrayList<>();
    Set<Path> files = new HashSet<>();
    for (String value : output) {
      try {
        OutputTarget target = OutputTarget.parse(value);
        if (!files.add(target.file().toAbsolutePath().normalize())) {
          throw new IllegalArgumentException("--output " + target.file() + " is given twice");
        }
        parsed.add(target);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return parsed;
  }

  /** The contract's file: the path given, or the stored version a registry reference names. */
  private Path contractFile() throws Abort {
    String given = requireNonNull(contract);
    if (!given.startsWith(REGISTRY_PREFIX)) {
      return Path.of(given);
    }
    if (registry == null) {
      throw new ParameterException(spec.commandLine(), given + " needs --registry DIR");
    }
    try {
      return ContractRegistry.open(registry).resolve(given.substring(REGISTRY_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, registry + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, IoMessages.describe(registry, e), e);
    }
  }

  /** Reads the contract; its lint runs meanwhile, and {@link #awaitLint} has the verdict. */
  private Contracts.Deferred start(Path file) throws Abort {
    try {
      return Contracts.readDeferred(file);
    } catch (IOException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, IoMessages.describe(file, e), e);
    } catch (ContractException e) {
      throw invalid(file, e);
    }
  }

  /** Prints the warnings the lint tolerated; an invalid contract aborts, whatever the data said. */
  private void awaitLint(Path file, Contracts.Deferred pending) throws Abort {
    try {
      pending.await().warnings().forEach(w -> err().println(w.format(file.toString())));
    } catch (ContractException e) {
      throw invalid(file, e);
    }
  }

  private Abort invalid(Path file, ContractException e) {
    return InvalidContract.abort(file.toString(), e, err(), finding -> true);
  }

  private ValidationOptions options() {
    ValidationOptions o = ValidationOptions.DEFAULTS.withObject(object).withMaxSamples(maxSamples)
        .withMetadataShortcuts(!noMetadataShortcuts).withStrictPresence(strictPresence)
        .withNoExtraColumns(noExtraColumns).withThreads(threads)
        .withProgress(TerminalProgress.forStandardError(terminal(), quiet));
    return uniqueMemory == null ? o : o.withUniqueMemory(Sizes.parse(uniqueMemory));
  }

  /** Writes every --output file, then standard output: the report, or a line naming the files. */
  private void emit(ReportRenderings rendered, ValidationReport report) throws Abort {
    List<Path> written = new ArrayList<>();
    for (OutputTarget target : targets) {
      write(target.file(), rendered.render(target.formatOr(format), false));
      written.add(target.file());
    }
    if (targets.stream().noneMatch(OutputTarget::replacesStandardOutput)) {
      out().print(format == ReportFormat.TEXT && color() ? rendered.colored()
          : rendered.render(format, eachBatch && data.equals(List.of("-"))));
      return;
    }
    out().println(TextReport.summaryLine(report) + " · report" + (written.size() == 1 ? "" : "s")
        + " written to " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
  }

  private static void write(Path file, String content) throws Abort {
    try {
      AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, "cannot write the report: "
          + IoMessages.describe(file, e), e);
    }
  }

  private static String requireNonNull(@Nullable String contract) {
    if (contract == null) {
      throw new IllegalStateException("picocli guarantees CONTRACT");
    }
    return contract;
  }
}
