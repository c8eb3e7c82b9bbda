package dev.sluice.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: {@code sluice <subcommand>}; alone it is a usage error. */
@Command(
    name = "sluice",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Checks datasets against ODCS v3 data contracts.",
    subcommands = {LintCommand.class, ValidateCommand.class, InferCommand.class, DiffCommand.class,
        PublishCommand.class, ChangelogCommand.class, CompletionCommand.class, HelpCommand.class})
final class SluiceCommand implements Runnable {
  @Spec CommandSpec spec;
  /** The process's standard error when run by {@link Main#main}, for a progress bar; else null. */
  java.io.@org.jspecify.annotations.Nullable PrintStream terminal;
  @Option(names = "--color", paramLabel = "auto|always|never", converter = ColorMode.Converter.class,
      scope = ScopeType.INHERIT,
      description = "Colour the statuses of text reports: auto (default: when standard output is "
          + "a terminal and NO_COLOR is unset), always or never.")
  ColorMode color = ColorMode.AUTO;

  /** Standard input, for {@code validate CONTRACT -}; empty when not run as a program. */
  java.io.InputStream stdin = java.io.InputStream.nullInputStream();

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
