package dev.sluice.cli;

import dev.sluice.contracts.files.AtomicFiles;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.engine.InputPaths;
import dev.sluice.validator.infer.ContractInference;
import dev.sluice.validator.infer.InferOptions;
import dev.sluice.validator.infer.InferResult;
import dev.sluice.validator.infer.ServerPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code sluice infer}: writes an ODCS v3.1.0 contract that describes (and passes) the data. */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    description = "Infers an ODCS v3.1.0 contract from data files (read as one dataset): types, "
        + "required, unique, ranges and lengths rounded outward, enums, string formats, lineage "
        + "tags and a local server. The data passes the contract; review it before publishing.")
final class InferCommand extends CommandBase {
  @Parameters(index = "0..*", arity = "1..*", paramLabel = "DATA",
      description = "Data files, folders or globs (data/*.parquet), read as one dataset.")
  List<String> data = new ArrayList<>();

  @Option(names = "--name", paramLabel = "N",
      description = "Name of the contract and its schema object (default: the first file's name).")
  @Nullable String name;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the contract to FILE (atomically) instead of standard output; the "
          + "server path is then relative to FILE's folder.")
  @Nullable Path output;

  @Option(names = "--profile",
      description = "Also profile each column (nulls, distinct, min/max, p5/p50/p95, top 5): to "
          + "FILE.profile.json with --output, else after the contract as '# ' comment lines.")
  boolean profile;

  @Option(names = "--enum-threshold", paramLabel = "K",
      description = "Strings with at most K distinct values (and at most 1%% of the values) become "
          + "an enum (default: ${DEFAULT-VALUE}; 0 turns enums off).")
  int enumThreshold = InferOptions.DEFAULTS.enumThreshold();

  @Option(names = "--date-ranges",
      description = "Also bound dates and timestamps (whole days, outward).")
  boolean dateRanges;






  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "Row groups read at the same time (default: ${DEFAULT-VALUE}).")
  int threads = InferOptions.DEFAULTS.threads();

  @Option(names = "--distinct-memory", paramLabel = "SIZE",
      description = "Memory the exact distinct-value sets may hold (e.g. 256m; default: a quarter "
          + "of the heap). Past it a column gets an estimate and no unique or enum claim.")
  @Nullable String distinctMemory;

  @Override
  ExitCode execute() throws Abort {
    InferOptions options = options();
    prepareOutputFolder();
    InferResult result;
    try {
      List<Path> files = InputPaths.expand(Path.of(""), data);
      result = ContractInference.infer(files, options.withServerPath(serverPath(files)));
    } catch (DataProblem e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, IoMessages.firstLine(e.getMessage()), e);
    }
    result.notes().forEach(note -> err().println("sluice: note: " + note));
    emit(result);
    return ExitCode.PASSED;
  }

  private InferOptions options() {
    if (enumThreshold < 0 || threads < 1) {
      throw new ParameterException(spec.commandLine(),
          "--enum-threshold must be 0 or more and --threads 1 or more");
    }
    InferOptions o = InferOptions.DEFAULTS.withName(name).withEnumThreshold(enumThreshold)
        .withDateRanges(dateRanges).withThreads(threads);
    try {
      o = o.withSource(input.source(null));
      return distinctMemory == null ? o : o.withDistinctMemory(Sizes.parse(distinctMemory));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The data's path as the contract will see it: relative to the output's folder, if any. */
  private String serverPath(List<Path> files) {
    if (output == null) {
      return ServerPaths.of(files);
    }
    Path folder = output.toAbsolutePath().normalize().getParent();
    List<Path> relative = new ArrayList<>();
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      relative.add(folder == null ? absolute : relativeOrAbsolute(folder, absolute));
    }
    return ServerPaths.of(relative);
  }

  private static Path relativeOrAbsolute(Path folder, Path file) {
    try {
      return folder.relativize(file);
    } catch (IllegalArgumentException e) {
      return file; // another root (a Windows drive): keep it absolute
    }
  }

  /** Creates the output's folder before the (long) scan, so a bad path fails at once. */
  private void prepareOutputFolder() throws Abort {
    Path folder = output == null ? null : output.toAbsolutePath().getParent();
    if (folder == null) {
      return;
    }
    try {
      java.nio.file.Files.createDirectories(folder);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, folder + ": cannot create the output's folder: "
          + e.getFile() + " is a file", e);
    } catch (IOException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, IoMessages.describe(folder, e), e);
    }
  }

  private void emit(InferResult result) throws Abort {
    if (output == null) {
      out().print(result.contractYaml());
      if (profile) {
        out().println("# --- profile (JSON; not part of the contract) ---");
        result.profileJson().lines().forEach(line -> out().println("# " + line));
      }
      return;
    }
    Path profileFile = output.resolveSibling(output.getFileName() + ".profile.json");
    try {
      AtomicFiles.write(output, result.contractYaml().getBytes(StandardCharsets.UTF_8));
      if (profile) {
        AtomicFiles.write(profileFile, result.profileJson().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, IoMessages.describe(output, e), e);
    }
    out().println("sluice: wrote " + output + " (" + result.rows() + " rows)"
        + (profile ? " and " + profileFile : ""));
  }
}
