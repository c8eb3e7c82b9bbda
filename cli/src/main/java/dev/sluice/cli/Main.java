package dev.sluice.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the {@code sluice} command. {@link #run} does all the work and returns the exit
 * code, so tests call it with {@link java.io.StringWriter}s; only {@link #main} exits the JVM.
 */
public final class Main {
  private Main() {}

  public static void main(String... args) {
    if (subcommandsFor(args).size() == 1) {
      Warmup.start(); // a subcommand is named first (not help, not --version): it needs Jackson
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(run(out, err, System.err, System.in, args));
  }

  /**
   * Runs {@code sluice} with these arguments, printing results to {@code out} and messages to
   * {@code err}.
   *
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, null, java.io.InputStream.nullInputStream(), args);
  }

  /**
   * Like {@link #run(PrintWriter, PrintWriter, String...)}, with a terminal for progress bars
   * (null for none) and the standard input {@code validate CONTRACT -} reads.
   */
  static int run(PrintWriter out, PrintWriter err,
      java.io.@org.jspecify.annotations.Nullable PrintStream terminal, java.io.InputStream stdin,
      String... args) {
    CommandLine cli = commandLine(out, err, subcommandsFor(args));
    SluiceCommand root = (SluiceCommand) cli.getCommand();
    root.terminal = terminal;
    root.stdin = stdin;
    try {
      return cli.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return internalError(e, err, verboseRequested(args));
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The full command line: {@code sluice} with every subcommand. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, SluiceCommand.SUBCOMMANDS.keySet());
  }

  /**
   * The subcommands a run with these arguments needs: only the one named first when it ignores
   * its siblings (building the others would only cost start-up time), else all of them.
   */
  static Collection<String> subcommandsFor(String... args) {
    if (args.length > 0 && SluiceCommand.SUBCOMMANDS.containsKey(args[0])
        && !SluiceCommand.NEED_EVERY_SUBCOMMAND.contains(args[0])) {
      return List.of(args[0]);
    }
    return SluiceCommand.SUBCOMMANDS.keySet();
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err,
      Collection<String> subcommands) {
    CommandLine cli = new CommandLine(new SluiceCommand());
    // before the writers and handlers: picocli passes those on to the subcommands it has
    subcommands.forEach(name -> cli.addSubcommand(SluiceCommand.SUBCOMMANDS.get(name)));
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler(Main::executionError);
    addExitCodeHelp(cli);
    return cli;
  }

  private static void addExitCodeHelp(CommandLine cli) {
    cli.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCode.helpFor(cli.getCommandName()));
    cli.getSubcommands().values().forEach(Main::addExitCodeHelp);
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("sluice: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE.code();
  }

  private static int executionError(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof Abort) {
      err.println("sluice: " + e.getMessage());
      if (isVerbose(cmd) && e.getCause() != null) {
        e.getCause().printStackTrace(err);
      }
      return ((Abort) e).exitCode().code();
    }
    return internalError(e, err, isVerbose(cmd));
  }

  private static int internalError(Throwable e, PrintWriter err, boolean verbose) {
    err.println("sluice: internal error: " + IoMessages.firstLine(e.toString()) + (verbose ? "" : " (rerun with --verbose for details)"));
    if (verbose) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL.code();
  }

  private static boolean isVerbose(CommandLine cmd) {
    Object command = cmd.getCommand();
    return command instanceof CommandBase && ((CommandBase) command).verbose();
  }

  private static boolean verboseRequested(String[] args) {
    return java.util.Arrays.asList(args).contains("--verbose");
  }
}
