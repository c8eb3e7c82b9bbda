package dev.sluice.cli;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.registry.ContractRegistry;
import dev.sluice.contracts.registry.PublishOptions;
import dev.sluice.contracts.registry.PublishRejected;
import dev.sluice.contracts.registry.PublishResult;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code sluice publish}: stores a contract version in a registry folder, checking compatibility. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    description = "Publishes a contract as <id>/<version>.odcs.yaml in a registry folder and "
        + "records it in <id>/index.json. Versions are semantic and immutable (the same content "
        + "again is a no-op); a version that breaks the id's compatibility mode (registry.json, "
        + "default forward) against the highest version below it needs a major bump or "
        + "--allow-breaking REASON. Exits 1 when the registry refuses the version.")
final class PublishCommand extends CommandBase {
  @Parameters(index = "0", paramLabel = "CONTRACT", description = "The contract to publish.")
  @Nullable Path contract;

  @Option(names = "--registry", paramLabel = "DIR", required = true,
      description = "The registry folder (created if absent).")
  @Nullable Path registry;

  @Option(names = "--allow-breaking", paramLabel = "REASON",
      description = "Publish breaking changes without a major bump; REASON is recorded in the index.")
  @Nullable String allowBreaking;

  @Mixin FormatOption format = new FormatOption();

  @Override
  ExitCode execute() throws Abort {
    if (contract == null || registry == null) {
      throw new IllegalStateException("picocli guarantees CONTRACT and --registry");
    }
    PublishOptions options = options();
    try {
      PublishResult result = ContractRegistry.open(registry).publish(contract, options);
      out().print(format.json() ? PublishOutput.json(result) : PublishOutput.text(result));
      return ExitCode.PASSED;
    } catch (PublishRejected e) {
      out().print(format.json() ? PublishOutput.rejectedJson(e)
          : PublishOutput.rejectedText(e));
      return ExitCode.FAILED;
    } catch (IOException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, describe(e), e);
    } catch (ContractException e) {
      throw InvalidContract.abort(e.source(), e, err(), Finding::isError);
    }
  }

  private PublishOptions options() {
    try {
      return allowBreaking == null ? PublishOptions.DEFAULTS : PublishOptions.allowBreaking(allowBreaking);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--allow-breaking: " + e.getMessage());
    }
  }

  private static String describe(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
      return IoMessages.describe(Path.of(((FileSystemException) e).getFile()), e);
    }
    return IoMessages.firstLine(String.valueOf(e.getMessage()));
  }
}
