package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  @Test
  void helpListsSubcommandsAndExitCodes() {
    Cli cli = Cli.run("--help");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("lint", "validate", "Exit codes:", "0", "4   internal error");
  }

  @Test
  void everySubcommandHelpListsOptionsAndExitCodes() {
    Cli validate = Cli.run("validate", "--help");
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).contains("--object", "--server", "--format", "--output",
        "--fail-on", "--max-samples", "--base-dir", "--no-metadata-shortcuts",
        "--strict-presence", "--no-extra-columns", "--verbose", "Exit codes:",
        "1   failed: the data violates the contract", "2   usage error", "3   could not judge");
    Cli lint = Cli.run("lint", "--help");
    assertThat(lint.exitCode()).isZero();
    assertThat(lint.out()).contains("--compat", "--format", "Exit codes:",
        "1   failed: a contract has lint errors", "3   could not judge");
  }

  @Test
  void versionNamesSluiceAndSupportedOdcsVersions() {
    Cli cli = Cli.run("--version");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("sluice ")
        .contains("v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0", "v3.2.0");
    assertThat(Cli.run("validate", "--version").out()).isEqualTo(cli.out());
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    Cli cli = Cli.run("validate", "--frobnicate", "c.yaml");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("Unknown option: '--frobnicate'")
        .contains("Try 'sluice validate --help'").doesNotContain("at dev.sluice");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void missingArgumentIsAUsageError() {
    Cli cli = Cli.run("lint");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("Missing required parameter").contains("sluice lint --help");
  }

  @Test
  void noSubcommandIsAUsageError() {
    Cli cli = Cli.run();
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("Missing required subcommand").contains("sluice --help");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    assertThat(Cli.run("valdate", "x").exitCode()).isEqualTo(2);
  }

  @Test
  void badEnumValueIsAUsageError() {
    Cli cli = Cli.run("validate", "--format", "xml", "c.yaml");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("expected text, json, junit or html but was 'xml'");
  }

  @Test
  void negativeMaxSamplesIsAUsageError() {
    Cli cli = Cli.run("validate", "--max-samples", "-1", "c.yaml");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--max-samples must be 0 or more");
  }

  @Test
  void exitCodeHelpIsWordedPerCommand() {
    assertThat(ExitCode.helpFor("lint").get(" 1")).contains("lint errors");
    assertThat(ExitCode.helpFor("validate").get(" 1")).contains("violates");
  }

  @Test
  void subcommandTableNamesEachCommandAsItsAnnotationDoes() {
    SluiceCommand.SUBCOMMANDS.forEach((name, type) ->
        assertThat(new CommandLine(type).getCommandName()).isEqualTo(name));
  }

  @Test
  void aRunBuildsOnlyTheSubcommandItNamesFirst() {
    assertThat(Main.subcommandsFor("validate", "c.yaml")).containsExactly("validate");
    assertThat(Main.subcommandsFor("lint", "--help")).containsExactly("lint");
    List<String> every = List.copyOf(SluiceCommand.SUBCOMMANDS.keySet());
    assertThat(Main.subcommandsFor()).containsExactlyElementsOf(every);
    assertThat(Main.subcommandsFor("help", "validate")).containsExactlyElementsOf(every);
    assertThat(Main.subcommandsFor("completion")).containsExactlyElementsOf(every);
    assertThat(Main.subcommandsFor("--color", "never", "validate")).containsExactlyElementsOf(every);
    assertThat(Main.subcommandsFor("valdate")).containsExactlyElementsOf(every);
  }

  @Test
  void aSubcommandBuiltAloneBehavesAsInTheFullCommandLine() {
    for (String name : SluiceCommand.SUBCOMMANDS.keySet()) {
      for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name},
          new String[] {name, "--frobnicate"}, new String[] {name, "--version"})) {
        Cli alone = Cli.run(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int code = Main.commandLine(outWriter, errWriter).execute(args);
        outWriter.flush();
        errWriter.flush();
        assertThat(alone).as(String.join(" ", args))
            .isEqualTo(new Cli(code, out.toString(), err.toString()));
      }
    }
  }
}
