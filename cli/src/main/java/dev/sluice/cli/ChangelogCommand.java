package dev.sluice.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.diff.Change;
import dev.sluice.contracts.registry.ContractRegistry;
import dev.sluice.contracts.registry.VersionChanges;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sluice changelog}: a contract's published history with the classified changes. */
@Command(
    name = "changelog",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    description = "Lists every published version of a contract in a registry, oldest first, "
        + "with the changes from the version before it, each classified as breaking forward "
        + "and/or backward (the rules of diff).")
final class ChangelogCommand extends CommandBase {
  @Parameters(index = "0", paramLabel = "ID", description = "The contract id.")
  @Nullable String id;

  @Option(names = "--registry", paramLabel = "DIR", required = true,
      description = "The registry folder.")
  @Nullable Path registry;

  @Mixin FormatOption format = new FormatOption();

  @Override
  ExitCode execute() throws Abort {
    if (id == null || registry == null) {
      throw new IllegalStateException("picocli guarantees ID and --registry");
    }
    List<VersionChanges> history;
    try {
      history = ContractRegistry.open(registry).changelog(id);
    } catch (IOException | IllegalArgumentException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, registry + ": " + e.getMessage(), e);
    } catch (ContractException e) {
      throw new Abort(ExitCode.CANNOT_JUDGE, e.source() + ": a stored version is not a valid "
          + "contract", e);
    }
    if (history.isEmpty()) {
      throw new Abort(ExitCode.CANNOT_JUDGE, registry + ": no contract '" + id + "' is published");
    }
    out().print(format.json() ? json(history) : text(history));
    return ExitCode.PASSED;
  }

  private String text(List<VersionChanges> history) {
    StringBuilder text = new StringBuilder(id).append('\n');
    for (VersionChanges v : history) {
      text.append('\n').append(v.entry().version()).append("  published ")
          .append(v.entry().publishedAt());
      if (v.previous() == null) {
        text.append("  (first version)\n");
        continue;
      }
      long forward = v.changes().stream().filter(Change::breaksForward).count();
      long backward = v.changes().stream().filter(Change::breaksBackward).count();
      text.append("  from ").append(v.previous()).append(": ")
          .append(LintOutput.plural(v.changes().size(), "change")).append(", ").append(forward)
          .append(" breaking forward, ").append(backward).append(" breaking backward\n");
      if (v.entry().allowBreakingReason() != null) {
        text.append("  published breaking: ").append(v.entry().allowBreakingReason()).append('\n');
      }
      ChangeOutput.text(v.changes(), text);
    }
    return text.toString();
  }

  private String json(List<VersionChanges> history) {
    ObjectNode root = CliJson.bare().put("id", id);
    ArrayNode versions = root.putArray("versions");
    for (VersionChanges v : history) {
      ObjectNode node = versions.addObject().put("version", v.entry().version())
          .put("publishedAt", v.entry().publishedAt()).put("previous", v.previous())
          .put("allowBreakingReason", v.entry().allowBreakingReason());
      ArrayNode changes = node.putArray("changes");
      for (Change c : v.changes()) {
        ChangeOutput.json(changes, c).put("breaksForward", c.breaksForward()).put("breaksBackward", c.breaksBackward());
      }
    }
    return CliJson.write(root);
  }
}
