package dev.sluice.cli;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.lint.LintMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sluice lint}: checks contracts against the ODCS schema and Sluice's semantic rules. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Checks contracts against the official ODCS JSON Schema (picked by apiVersion) "
        + "and Sluice's semantic rules. Prints every finding as "
        + "file:line: level: message (at path) [rule], then a summary.")
final class LintCommand extends CommandBase {
  @Parameters(arity = "1..*", paramLabel = "CONTRACT", description = "Contract files (YAML or JSON).")
  List<Path> contracts = new ArrayList<>();

  @Option(names = "--compat",
      description = "Tolerate keys the schema does not define (warnings, as datacontract-cli does).")
  boolean compat;

  @Mixin FormatOption format = new FormatOption();

  @Override
  ExitCode execute() {
    LintMode mode = compat ? LintMode.COMPAT : LintMode.STRICT;
    LintOutput output = new LintOutput(mode);
    for (Path contract : contracts) {
      try {
        output.add(Contracts.lint(contract, mode));
      } catch (IOException e) {
        String reason = IoMessages.reason(e);
        err().println("sluice: " + contract + ": " + reason);
        output.addUnreadable(contract.toString(), reason);
      }
    }
    out().print(format.json() ? output.json() : output.text());
    return output.exitCode();
  }
}
