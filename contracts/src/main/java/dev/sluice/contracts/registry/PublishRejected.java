package dev.sluice.contracts.registry;

import dev.sluice.contracts.diff.Change;
import java.util.List;

/** The registry refused a contract version; {@link #reason()} says why, in a stable id. */
public final class PublishRejected extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a publish was refused. */
  public enum Reason {
    /** The contract id would not make a safe folder name (separators, {@code ..}, ...). */
    UNSAFE_ID,
    /** The contract version is not {@code MAJOR.MINOR.PATCH[-PRERELEASE]}. */
    NOT_SEMANTIC,
    /** This version is already published with other content; versions are immutable. */
    VERSION_EXISTS,
    /** It breaks the registry's compatibility mode without a major version bump. */
    BREAKING
  }

  private final Reason reason;
  private final transient List<Change> breaking;

  PublishRejected(Reason reason, String message, List<Change> breaking) {
    super(message);
    this.reason = reason;
    this.breaking = List.copyOf(breaking);
  }

  PublishRejected(Reason reason, String message) {
    this(reason, message, List.of());
  }

  public Reason reason() {
    return reason;
  }

  /** For {@link Reason#BREAKING}: the changes that break the mode; else empty. */
  public List<Change> breaking() {
    return breaking;
  }
}
