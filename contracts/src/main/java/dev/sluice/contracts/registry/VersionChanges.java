package dev.sluice.contracts.registry;

import dev.sluice.contracts.diff.Change;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One published version in a contract's history, with the classified changes from the version
 * before it in SemVer order (the one it was checked against when published).
 *
 * @param previous the version before it, null for the first
 */
public record VersionChanges(IndexEntry entry, @Nullable String previous, List<Change> changes) {
  public VersionChanges {
    changes = List.copyOf(changes);
  }
}
