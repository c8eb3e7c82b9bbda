package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Puts the JSON value at the parser into slot {@code i} of a vector. JSON types must match the
 * column's: numbers for integer (whole values only: {@code 1}, {@code 1.0}, {@code 1e3}), number
 * and decimal columns, {@code true}/{@code false} for booleans, strings for text. Dates, times,
 * timestamps and binary are written as strings (ISO-8601, base64). {@code null} is null;
 * anything else is invalid, its JSON text kept for samples. A raw column (a key the contract
 * lacks) keeps any value as its text: a string's content, or the JSON of anything else.
 */
final class JsonValues {
  private JsonValues() {}

  static void read(JsonParser p, JsonToken t, ColumnVector v, int i, boolean raw)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      TextCells.setNull(v, i);
    } else if (raw) {
      v.nulls[i] = false;
      v.objects[i] = text(p, t);
    } else if (t == JsonToken.VALUE_STRING) {
      string(p, v, i);
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      number(p, t, v, i);
    } else if ((t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)
        && v.column.type().kind() == Kind.BOOLEAN) {
      v.nulls[i] = false;
      v.longs[i] = t == JsonToken.VALUE_TRUE ? 1 : 0;
    } else {
      TextCells.invalid(v, i, describe(p, t));
      p.skipChildren();
    }
  }

  /** A short text of the value at the parser, for samples (objects and arrays elided). */
  static String describe(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: return "{…}";
      case START_ARRAY: return "[…]";
      case VALUE_STRING: return "\"" + TextFiles.sample(p.getText()) + "\"";
      default: return p.getText();
    }
  }

  private static void string(JsonParser p, ColumnVector v, int i) throws IOException {
    Kind kind = v.column.type().kind();
    switch (kind) {
      case STRING:
        v.nulls[i] = false;
        v.objects[i] = p.getText();
        return;
      case DATE: case TIME: case TIMESTAMP: case BINARY:
        int len = p.getTextLength();
        if (len == 0 && kind == Kind.BINARY) {
          TextCells.readEmpty(v, i);
        } else {
          TextCells.read(v, i, p.getTextCharacters(), p.getTextOffset(), len);
        }
        return;
      case UNSUPPORTED:
        v.nulls[i] = false;
        v.objects[i] = null; // present, never decoded
        return;
      default:
        TextCells.invalid(v, i, describe(p, JsonToken.VALUE_STRING));
    }
  }

  private static void number(JsonParser p, JsonToken t, ColumnVector v, int i)
      throws IOException {
    ValueType type = v.column.type();
    boolean ok;
    switch (type.kind()) {
      case INTEGER: ok = integer(p, t, v.longs, i); break;
      case FLOAT:
        v.doubles[i] = p.getDoubleValue();
        ok = !Double.isInfinite(v.doubles[i]);
        break;
      case DECIMAL:
        BigDecimal d = decimal(p, type.scale());
        v.objects[i] = d;
        ok = d != null;
        break;
      default: ok = false; break;
    }
    if (ok) {
      v.nulls[i] = false;
    } else {
      TextCells.invalid(v, i, p.getText());
    }
  }

  /** The number at exactly {@code scale}; null when it is not, or its exponent is beyond an int. */
  private static @Nullable BigDecimal decimal(JsonParser p, int scale) throws IOException {
    try {
      return NumberText.rescale(p.getDecimalValue(), scale);
    } catch (NumberFormatException e) {
      return null; // Jackson hands over BigDecimal's refusal of 1e9999999999 as it is
    }
  }

  /** A whole number within a long, however it is written. */
  private static boolean integer(JsonParser p, JsonToken t, long[] out, int i)
      throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        return false;
      }
      out[i] = p.getLongValue();
      return true;
    }
    BigDecimal whole = decimal(p, 0);
    if (whole == null || whole.precision() > 19) {
      return false;
    }
    try {
      out[i] = whole.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** A string's content, or the JSON text of any other value (read to its end). */
  private static String text(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return p.getText();
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonRecords.FACTORY.createGenerator(out)) {
      g.copyCurrentStructure(p);
    }
    return out.toString();
  }
}
