package dev.sluice.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code sluice completion}: prints a completion script for bash (and zsh, with bashcompinit)
 * generated from the commands' own model, so it never falls behind their options. Install with
 * {@code source <(sluice completion)} or save it to {@code /etc/bash_completion.d/sluice}.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Prints a bash/zsh completion script for sluice: "
        + "source <(sluice completion), or save it to /etc/bash_completion.d/sluice.")
final class CompletionCommand extends CommandBase {
  @Override
  ExitCode execute() {
    out().print(AutoComplete.bash("sluice", spec.root().commandLine()));
    return ExitCode.PASSED;
  }
}
