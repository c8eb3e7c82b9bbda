package dev.sluice.validator.distinct;

import java.util.Locale;

/**
 * Uniqueness state would need more memory than its {@link MemoryBudget} allows. The message is one
 * line for the user; the numbers are kept for callers that word it differently. The set that asked
 * is left as it was before the growth, readable and with its memory still accounted.
 */
public final class BudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private final long neededBytes;
  private final long limitBytes;
  private final long distinctValues;

  BudgetExceededException(long neededBytes, long limitBytes, long distinctValues) {
    super(
        String.format(
            Locale.ROOT,
            "uniqueness state needs %s for %,d distinct values, over the budget of %s"
                + " (raise --unique-memory)",
            humanBytes(neededBytes),
            distinctValues,
            humanBytes(limitBytes)));
    this.neededBytes = neededBytes;
    this.limitBytes = limitBytes;
    this.distinctValues = distinctValues;
  }

  /** Bytes all sets of the budget would hold together after the refused growth. */
  public long neededBytes() {
    return neededBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }

  /** Distinct values the growing set was about to hold. */
  public long distinctValues() {
    return distinctValues;
  }

  /** {@code 1.2 GiB}, {@code 1 GiB}, {@code 512 bytes}: binary units, one decimal at most. */
  static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double value = bytes;
    int unit = -1;
    while (Math.round(value * 10) >= 1024 * 10 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    String number = String.format(Locale.ROOT, "%.1f", value);
    if (number.endsWith(".0")) {
      number = number.substring(0, number.length() - 2);
    }
    return number + " " + UNITS[unit];
  }
}
