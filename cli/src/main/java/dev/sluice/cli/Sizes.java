package dev.sluice.cli;

import java.util.Locale;

/** Byte sizes as people write them: {@code 512m}, {@code 2g} in, {@code 1.5 GiB} out. */
final class Sizes {
  private Sizes() {}

  /** Parses {@code 1024}, {@code 64k}, {@code 512m}, {@code 2g} (binary units). */
  static long parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("b")) {
      t = t.substring(0, t.length() - 1);
    }
    if (!t.isEmpty() && "kmgt".indexOf(t.charAt(t.length() - 1)) >= 0) {
      unit = 1L << (10 * ("kmgt".indexOf(t.charAt(t.length() - 1)) + 1));
      t = t.substring(0, t.length() - 1);
    }
    try {
      long n = Long.parseLong(t);
      if (n < 0) {
        throw new IllegalArgumentException("a size cannot be negative: '" + text + "'");
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not a size: '" + text + "' (try 512m or 2g)", e);
    }
  }

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int u = -1;
    while (value >= 1024 && u < units.length - 1) {
      value /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[u]);
  }
}
