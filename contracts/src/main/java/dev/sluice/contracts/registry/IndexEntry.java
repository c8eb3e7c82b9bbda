package dev.sluice.contracts.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One published version in a contract's {@code index.json}.
 *
 * @param sha256 hex digest of the stored file's bytes (what "same content" means)
 * @param publishedAt ISO-8601 instant
 * @param checkedAgainst the version it was compared with, null for the first
 * @param compatibility the mode it was checked in
 * @param breakingChanges {@code kind at path} of each change that broke the mode
 * @param allowBreakingReason why breaking changes were accepted without a major bump
 */
public record IndexEntry(
    String version,
    String file,
    String sha256,
    String publishedAt,
    @Nullable String checkedAgainst,
    String compatibility,
    List<String> breakingChanges,
    @Nullable String allowBreakingReason) {

  public IndexEntry {
    breakingChanges = List.copyOf(breakingChanges);
  }

  /** The version, parsed (entries are written only for semantic versions). */
  public SemanticVersion semanticVersion() {
    return SemanticVersion.parse(version)
        .orElseThrow(() -> new IllegalStateException("index holds a non-semantic version " + version));
  }
}
