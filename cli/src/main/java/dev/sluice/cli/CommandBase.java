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

  /** The process's real standard error when it runs as a program (for a progress bar), else null. */
  java.io.@org.jspecify.annotations.Nullable PrintStream terminal() {
    Object root = spec.root().userObject();
    return root instanceof SluiceCommand ? ((SluiceCommand) root).terminal : null;
  }

  /** Whether text output is coloured ({@code --color}; auto: only when run on a terminal). */
  boolean color() {
    Object root = spec.root().userObject();
    if (!(root instanceof SluiceCommand)) {
      return false;
    }
    SluiceCommand sluice = (SluiceCommand) root;
    return sluice.color.colors(sluice.terminal != null && System.console() != null);
  }

  /** The standard input the process was given (empty when not run as a program). */
  java.io.InputStream stdin() {
    Object root = spec.root().userObject();
    return root instanceof SluiceCommand ? ((SluiceCommand) root).stdin
        : java.io.InputStream.nullInputStream();
  }

  @Override
  public final Integer call() throws Abort {
    return execute().code();
  }

  /** Runs the command; a user-facing problem is an {@link Abort}, never a stack trace. */
  abstract ExitCode execute() throws Abort;
}
