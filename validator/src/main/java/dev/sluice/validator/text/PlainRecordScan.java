package dev.sluice.validator.text;

import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The scan's fast path ({@link PlainJson}): reads a plain record whose scanned keys are all
 * top-level columns into the vectors of the {@link RecordWalker}, each value as {@link
 * JsonValues} reads it from Jackson (same values, same invalid texts). A key the contract has
 * below the top level, an object or list in a raw column, a fraction in an integer column or
 * an integer beyond a long leaves the record to Jackson, as does anything that is not plain;
 * the walker then forgets what this wrote.
 */
final class PlainRecordScan extends PlainJson {
  private final RecordWalker walker;
  private final PathNode root;
  private char[] chars = new char[64];

  PlainRecordScan(RecordWalker walker, PathNode root) {
    this.walker = walker;
    this.root = root;
  }

  @Override
  protected void members() throws Doubt {
    int member = 0;
    do {
      PathNode child = keyIn(root, member++);
      int k = child == null ? RecordWalker.NOT_SCANNED : walker.plainVector(child);
      if (k == RecordWalker.NOT_SCANNED) {
        skipValue();
      } else if (k == RecordWalker.NESTED) {
        throw Doubt.INSTANCE; // lists and objects are the walker's
      } else {
        value(walker.vector(k), child.raw);
        walker.touch(k);
      }
    } while (!memberEnds());
  }

  private void value(ColumnVector v, boolean raw) throws Doubt {
    int i = walker.append(v);
    int c = peek();
    if (c == '{' || c == '[') {
      if (raw) {
        throw Doubt.INSTANCE; // its JSON text is Jackson's to write
      }
      TextCells.invalid(v, i, c == '{' ? "{…}" : "[…]");
      skipValue();
      return;
    }
    pos++;
    switch (c) {
      case 'n' -> {
        literal("ull");
        TextCells.setNull(v, i);
      }
      case 't', 'f' -> {
        boolean yes = c == 't';
        literal(yes ? "rue" : "alse");
        if (raw) {
          put(v, i, yes ? "true" : "false");
        } else if (v.column.type().kind() == Kind.BOOLEAN) {
          v.nulls[i] = false;
          v.longs[i] = yes ? 1 : 0;
        } else {
          TextCells.invalid(v, i, yes ? "true" : "false");
        }
      }
      case '"' -> {
        string();
        if (raw) {
          put(v, i, text());
        } else {
          string(v, i);
        }
      }
      default -> {
        boolean integral = number(c);
        if (raw) {
          put(v, i, ascii(tokenStart, tokenEnd));
        } else {
          number(v, i, integral);
        }
      }
    }
  }

  private static void put(ColumnVector v, int i, String text) {
    v.nulls[i] = false;
    v.objects[i] = text;
  }

  /** A string into a column, as {@code JsonValues.string}. */
  private void string(ColumnVector v, int i) {
    Kind kind = v.column.type().kind();
    switch (kind) {
      case STRING -> put(v, i, text());
      case DATE, TIME, TIMESTAMP, BINARY -> {
        int len = decode();
        if (len == 0 && kind == Kind.BINARY) {
          TextCells.readEmpty(v, i);
        } else {
          TextCells.read(v, i, chars, 0, len);
        }
      }
      case UNSUPPORTED -> {
        v.nulls[i] = false;
        v.objects[i] = null; // present, never decoded
      }
      default -> TextCells.invalid(v, i, "\"" + TextFiles.sample(text()) + "\"");
    }
  }

  /** A number into a column, as {@code JsonValues.number}. */
  private void number(ColumnVector v, int i, boolean integral) throws Doubt {
    ValueType type = v.column.type();
    boolean ok;
    switch (type.kind()) {
      case INTEGER -> {
        if (!integral) {
          throw Doubt.INSTANCE; // a whole number written with a fraction or an exponent
        }
        v.longs[i] = longValue();
        ok = true;
      }
      case FLOAT -> {
        if (integral) {
          v.doubles[i] = (double) longValue();
          ok = true;
        } else {
          // correctly rounded, as Jackson's parser; false for a value beyond the double range
          int length = decode();
          ok = NumberText.parseDouble(chars, 0, length, v.doubles, i);
        }
      }
      case DECIMAL -> {
        BigDecimal d = decimal(type.scale());
        v.objects[i] = d;
        ok = d != null;
      }
      default -> ok = false;
    }
    if (ok) {
      v.nulls[i] = false;
    } else {
      TextCells.invalid(v, i, ascii(tokenStart, tokenEnd));
    }
  }

  /** The number read at exactly {@code scale}; null when it is not, or its exponent is huge. */
  private @Nullable BigDecimal decimal(int scale) {
    try {
      return NumberText.rescale(new BigDecimal(ascii(tokenStart, tokenEnd)), scale);
    } catch (NumberFormatException e) {
      return null; // an exponent beyond an int
    }
  }

  /** The integral number read, when a long holds it; beyond, Jackson's. */
  private long longValue() throws Doubt {
    int p = tokenStart;
    boolean negative = buf[p] == '-';
    if (negative) {
      p++;
    }
    if (tokenEnd - p > 18) {
      throw Doubt.INSTANCE; // may not fit: Jackson tells a long from a big integer
    }
    long value = 0;
    for (; p < tokenEnd; p++) {
      value = value * 10 + (buf[p] - '0');
    }
    return negative ? -value : value;
  }

  /** The string read, unescaped. */
  private String text() {
    if (!escaped) {
      return ascii(tokenStart, tokenEnd);
    }
    int length = decode(); // before reading the field: decoding may replace the array
    return new String(chars, 0, length);
  }

  private String ascii(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /**
   * The token read (a string, unescaped; a number, as written) into {@link #chars} from 0;
   * returns its length.
   */
  private int decode() {
    if (chars.length < tokenEnd - tokenStart) {
      chars = new char[Math.max(tokenEnd - tokenStart, chars.length * 2)];
    }
    int n = 0;
    for (int p = tokenStart; p < tokenEnd; p++) {
      byte b = buf[p];
      chars[n++] = b == '\\' ? (char) unescape(buf[++p]) : (char) b;
    }
    return n;
  }
}
