package dev.sluice.contracts.registry;

import dev.sluice.contracts.diff.Change;
import dev.sluice.contracts.diff.CompatibilityMode;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A successful publish.
 *
 * @param unchanged true when this exact content was already published under this version
 * @param file where the version is stored
 * @param checkedAgainst the highest published version below this one, null for the first
 * @param breaking changes that break {@code mode} (accepted by a major bump or with a reason)
 * @param allowBreakingReason the reason recorded for breaking changes without a major bump
 */
public record PublishResult(
    String id,
    String version,
    boolean unchanged,
    Path file,
    @Nullable String checkedAgainst,
    CompatibilityMode mode,
    List<Change> breaking,
    @Nullable String allowBreakingReason) {

  public PublishResult {
    breaking = List.copyOf(breaking);
  }
}
