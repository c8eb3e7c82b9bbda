package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug surfaces as exit 4 with one line; the stack trace only with --verbose. */
class InternalErrorTest {

  @Command(name = "boom")
  static final class Boom extends CommandBase {
    @Override
    ExitCode execute() {
      throw new IllegalStateException("kaput\nsecond line");
    }
  }

  @Test
  void bugExitsFourWithOneLine() {
    StringWriter err = new StringWriter();
    int code = run(err, "boom");
    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).isEqualTo("sluice: internal error: "
        + "java.lang.IllegalStateException: kaput (rerun with --verbose for details)\n");
  }

  @Test
  void verboseAddsTheStackTrace() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "boom", "--verbose")).isEqualTo(4);
    assertThat(err.toString()).contains("internal error").contains("at dev.sluice.cli.");
  }

  private static int run(StringWriter err, String... args) {
    PrintWriter errWriter = new PrintWriter(err);
    CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), errWriter);
    cli.addSubcommand(new Boom());
    cli.setErr(errWriter); // a subcommand added later gets the writer only when it is set again
    int code = cli.execute(args);
    errWriter.flush();
    return code;
  }
}
