package dev.sluice.contracts.diff;

import java.util.Locale;

/**
 * Which compatibility a change must keep. {@link #FORWARD}: consumers built on the old contract
 * still accept data valid under the new one. {@link #BACKWARD}: data valid under the old contract
 * (existing data, running producers) still passes the new one. {@link #FULL}: both.
 */
public enum CompatibilityMode {
  FORWARD,
  BACKWARD,
  FULL;

  /** Whether a change of this kind breaks this mode. */
  public boolean brokenBy(ChangeKind kind) {
    switch (this) {
      case FORWARD: return kind.breaksForward();
      case BACKWARD: return kind.breaksBackward();
      default: return kind.breaksForward() || kind.breaksBackward();
    }
  }

  /** The lower-case name, as written on the command line and in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code forward}, {@code backward} or {@code full} in any case. */
  public static CompatibilityMode parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "expected forward, backward or full but was '" + text + "'", e);
    }
  }
}
