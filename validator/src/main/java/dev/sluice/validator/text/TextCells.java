package dev.sluice.validator.text;

import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Puts text into slot {@code i} of a vector as the column's type, or marks the slot invalid with
 * the text. Shared by CSV cells and JSON strings; see the package documentation for the forms
 * each type accepts.
 */
final class TextCells {
  private TextCells() {}

  /** Reads {@code b[off, off + len)} into slot {@code i}; invalid when it is not of the type. */
  // Hot path: one call per CSV cell; the switch is on an enum, the parsers allocate nothing.
  static void read(ColumnVector v, int i, char[] b, int off, int len) {
    ValueType type = v.column.type();
    boolean ok;
    switch (type.kind()) {
      case INTEGER: ok = NumberText.parseLong(b, off, len, v.longs, i); break;
      case FLOAT: ok = NumberText.parseDouble(b, off, len, v.doubles, i); break;
      case BOOLEAN: ok = parseBoolean(b, off, len, v.longs, i); break;
      case DATE: ok = put(IsoTimes.parseDate(b, off, len), v.longs, i); break;
      case TIME: ok = put(IsoTimes.parseTime(b, off, len, type), v.longs, i); break;
      case TIMESTAMP: ok = put(IsoTimes.parseTimestamp(b, off, len, type), v.longs, i); break;
      case STRING: v.objects[i] = new String(b, off, len); ok = true; break;
      case DECIMAL: ok = putObject(NumberText.parseDecimal(b, off, len, type.scale()), v, i); break;
      case BINARY: ok = putObject(base64(b, off, len), v, i); break;
      default: v.objects[i] = null; ok = true; break; // UNSUPPORTED: present, never decoded
    }
    if (ok) {
      v.nulls[i] = false;
    } else {
      invalid(v, i, b, off, len);
    }
  }

  /** A null in slot {@code i}. */
  static void setNull(ColumnVector v, int i) {
    v.nulls[i] = true;
    if (v.objects.length > 0) {
      v.objects[i] = null;
    }
  }

  /**
   * An empty text that was written explicitly (a quoted {@code ""} in CSV, a JSON {@code ""}):
   * the empty string in string and binary columns; null in other types, which have no empty
   * value.
   */
  static void readEmpty(ColumnVector v, int i) {
    ValueType.Kind kind = v.column.type().kind();
    if (kind == ValueType.Kind.STRING || kind == ValueType.Kind.BINARY) {
      v.nulls[i] = false;
      v.objects[i] = kind == ValueType.Kind.STRING ? "" : new byte[0];
    } else {
      setNull(v, i);
    }
  }

  static void invalid(ColumnVector v, int i, char[] b, int off, int len) {
    String text = new String(b, off, Math.min(len, TextFiles.MAX_SAMPLE + 1));
    invalid(v, i, text);
  }

  static void invalid(ColumnVector v, int i, String text) {
    if (v.objects.length > 0) {
      v.objects[i] = null;
    }
    v.markInvalid(i, TextFiles.sample(text));
  }

  private static boolean put(long value, long[] out, int i) {
    out[i] = value;
    return value != IsoTimes.INVALID;
  }

  private static boolean putObject(@Nullable Object value,
      ColumnVector v, int i) {
    v.objects[i] = value;
    return value != null;
  }

  /** {@code true}/{@code false} in any case, or {@code 1}/{@code 0}. */
  private static boolean parseBoolean(char[] b, int off, int len, long[] out, int i) {
    if (len == 1 && (b[off] == '1' || b[off] == '0')) {
      out[i] = b[off] == '1' ? 1 : 0;
      return true;
    }
    if (len == 4 && matches(b, off, "true")) {
      out[i] = 1;
      return true;
    }
    if (len == 5 && matches(b, off, "false")) {
      out[i] = 0;
      return true;
    }
    return false;
  }

  private static boolean matches(char[] b, int off, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(b[off + k]) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Standard base64 (RFC 4648, padding optional), or null. */
  private static byte @Nullable [] base64(char[] b, int off, int len) {
    try {
      return Base64.getDecoder().decode(new String(b, off, len));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
