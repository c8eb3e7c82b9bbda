package dev.sluice.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the injected writers and {@code --verbose}. */
abstract class CommandBase implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--verbose", order = 99,
      description = "More detail: every check (validate), stack traces of errors.")
  boolean verbose;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  boolean verbose() {
    return verbose;
  }

  @Override
  public final Integer call() throws Abort {
    return execute().code();
  }

  /** Runs the command; a user-facing problem is an {@link Abort}, never a stack trace. */
  abstract ExitCode execute() throws Abort;
}
