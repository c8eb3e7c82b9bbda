package dev.sluice.bench;

import java.io.IOException;

/**
 * Reads what {@code /usr/bin/time -f '%e %M'} wrote: the last line holds seconds and peak RSS in
 * KiB; a line before it may say {@code Command exited with non-zero status N}.
 */
final class GnuTimeOutput {
  private GnuTimeOutput() {}

  static long peakKib(String text) throws IOException {
    String[] lines = text.strip().split("\\R");
    String[] fields = lines[lines.length - 1].strip().split("\\s+");
    if (fields.length != 2) {
      throw new IOException("unexpected GNU time output: " + text.strip());
    }
    try {
      return Long.parseLong(fields[1]);
    } catch (NumberFormatException e) {
      throw new IOException("unexpected GNU time output: " + text.strip(), e);
    }
  }
}
