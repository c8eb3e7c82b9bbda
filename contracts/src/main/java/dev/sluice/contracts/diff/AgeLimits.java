package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.Durations;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads age limits as the validator does ({@link Durations}): a number with a unit ({@code 1 d}, {@code 6 h}; days
 * when no unit) or ISO-8601 text ({@code PT6H}, {@code P1D}; a month counts 30 days, a year 365).
 */
final class AgeLimits {
  private AgeLimits() {}

  /** Narrowed, widened or changed (unreadable) between two limits; nothing if equal. */
  static void compare(String path, @Nullable Object oldLimit, @Nullable Duration oldAge,
      @Nullable Object newLimit, @Nullable Duration newAge, ChangeList out) {
    if (oldLimit == null || newLimit == null) {
      out.appeared(path, oldLimit, newLimit, ChangeKind.MAX_AGE_NARROWED, ChangeKind.MAX_AGE_WIDENED);
    } else if (oldAge == null || newAge == null) {
      if (!oldLimit.equals(newLimit)) {
        out.add(path, ChangeKind.MAX_AGE_CHANGED, oldLimit, newLimit);
      }
    } else if (oldAge.compareTo(newAge) != 0) {
      out.add(path, newAge.compareTo(oldAge) < 0 ? ChangeKind.MAX_AGE_NARROWED
          : ChangeKind.MAX_AGE_WIDENED, oldLimit, newLimit);
    }
  }
}
