package dev.sluice.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command: {@code sluice <subcommand>}; alone it is a usage error. Its subcommands are
 * {@link #SUBCOMMANDS}, added by {@link Main#commandLine}.
 */
@Command(
    name = "sluice",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Checks datasets against ODCS v3 data contracts.")
final class SluiceCommand implements Runnable {
  /**
   * The subcommands by name, in the order help lists them. They are not named in {@code @Command}
   * so that a run can build only the one it invokes: picocli's reflection over the annotations
   * of every command is a good part of the start-up time.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** The subcommands that look at their siblings (to list them or complete their names). */
  static final Set<String> NEED_EVERY_SUBCOMMAND = Set.of("help", "completion");

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

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    byName.put("lint", LintCommand.class);
    byName.put("validate", ValidateCommand.class);
    byName.put("infer", InferCommand.class);
    byName.put("diff", DiffCommand.class);
    byName.put("publish", PublishCommand.class);
    byName.put("changelog", ChangelogCommand.class);
    byName.put("completion", CompletionCommand.class);
    byName.put("help", HelpCommand.class);
    return Collections.unmodifiableMap(byName);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
