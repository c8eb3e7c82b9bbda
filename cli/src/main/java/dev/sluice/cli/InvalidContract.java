package dev.sluice.cli;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Finding;
import java.io.PrintWriter;
import java.util.function.Predicate;

/**
 * The abort of a command whose contract does not load: its findings on standard error, then one
 * line naming the file, the error count and the lint command that explains them.
 */
final class InvalidContract {
  private InvalidContract() {}

  /** Prints the findings {@code shown} (all, or the errors only) and returns the exit-3 abort. */
  static Abort abort(String file, ContractException e, PrintWriter err,
      Predicate<Finding> shown) {
    e.findings().stream().filter(shown).forEach(f -> err.println(f.format(file)));
    long errors = e.findings().stream().filter(Finding::isError).count();
    return new Abort(ExitCode.CANNOT_JUDGE, file + ": the contract is not valid ("
        + LintOutput.plural(errors, "error") + "); fix it first (sluice lint --compat " + file
        + ")", e);
  }
}
