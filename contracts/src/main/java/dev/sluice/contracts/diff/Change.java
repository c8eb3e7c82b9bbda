package dev.sluice.contracts.diff;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of a contract.
 *
 * @param path where, by names: {@code schema[orders].properties[amount].logicalTypeOptions.maximum}
 * @param kind what changed, with the compatibility it breaks
 * @param oldValue the value in the old contract as text, null where it had none
 * @param newValue the value in the new contract as text, null where it has none
 */
public record Change(
    String path, ChangeKind kind, @Nullable String oldValue, @Nullable String newValue) {

  public boolean breaksForward() {
    return kind.breaksForward();
  }

  public boolean breaksBackward() {
    return kind.breaksBackward();
  }

  /** Whether this change breaks the given mode. */
  public boolean breaks(CompatibilityMode mode) {
    return mode.brokenBy(kind);
  }
}
