package dev.sluice.cli;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.diff.CompatibilityMode;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code sluice diff}: every change between two contract versions, classified both ways. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    description = "Lists every change from OLD to NEW with its path and change kind, each marked "
        + "as breaking forward compatibility (data valid under NEW may fail OLD) and/or backward "
        + "compatibility (data valid under OLD may fail NEW). Exits 1 when a change breaks "
        + "--mode, or when --data fails NEW where it passed OLD. Rules: docs/diff-rules.md.")
final class DiffCommand extends CommandBase {
  @Parameters(index = "0", paramLabel = "OLD", description = "The old contract version.")
  @Nullable Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new contract version.")
  @Nullable Path newFile;

  @Option(names = "--mode", paramLabel = "forward|backward|full", converter = ModeConverter.class,
      description = "Compatibility that must hold (default: forward).")
  CompatibilityMode mode = CompatibilityMode.FORWARD;

  @Option(names = "--data", paramLabel = "PATH", arity = "1..*",
      description = "Also validate these files, folders or globs (one dataset) against OLD and "
          + "NEW and report the checks that fail only under NEW.")
  List<String> data = new ArrayList<>();

  @Option(names = "--object", paramLabel = "NAME",
      description = "With --data: the schema object the data holds (default: the only one, or "
          + "the file's name).")
  @Nullable String object;

  @Mixin FormatOption format = new FormatOption();

  @Override
  ExitCode execute() throws Abort {
    Contract before = load(required(oldFile));
    Contract after = load(required(newFile));
    DataImpact impact = null;
    if (!data.isEmpty()) {
      try {
        impact = DataImpact.of(before, after, data, object);
      } catch (DataProblem e) {
        throw new Abort(ExitCode.CANNOT_JUDGE, IoMessages.firstLine(e.getMessage()), e);
      }
    }
    DiffOutput output = new DiffOutput(before, after, mode, impact);
    out().print(format.json() ? output.json() : output.text());
    return output.exitCode();
  }

  private Contract load(Path file) throws Abort {
    try {
      return Contracts.load(file);
    } catch (IOException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, IoMessages.describe(file, e), e);
    } catch (ContractException e) {
      throw InvalidContract.abort(file.toString(), e, err(), Finding::isError);
    }
  }

  private static Path required(@Nullable Path path) {
    if (path == null) {
      throw new IllegalStateException("picocli guarantees OLD and NEW");
    }
    return path;
  }

  /** Accepts {@code forward}, {@code backward} and {@code full} in any case. */
  static final class ModeConverter implements ITypeConverter<CompatibilityMode> {
    @Override
    public CompatibilityMode convert(String value) {
      try {
        return CompatibilityMode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
