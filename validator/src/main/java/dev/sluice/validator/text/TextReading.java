package dev.sluice.validator.text;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;

/**
 * Whether a text value reads as one type exactly as the CSV and JSON sources read it (the same
 * parsers, {@code TextCells}): what inference asks before it proposes a type, so that the data
 * it saw never fails the type it proposes. One reader per type; not thread-safe.
 */
public final class TextReading {
  private final ColumnVector slot;
  private char[] chars = new char[64];

  public TextReading(ValueType type) {
    this.slot = new ColumnVector(new ColumnInfo("value", type, true, false, "text"), 1);
  }

  /** Whether {@code text} reads as the type (not as an invalid value). */
  public boolean reads(String text) {
    int n = text.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    text.getChars(0, n, chars, 0);
    slot.clearInvalid();
    TextCells.read(slot, 0, chars, 0, n);
    return slot.invalid == null || !slot.invalid[0];
  }
}
