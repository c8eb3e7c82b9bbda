package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import java.util.List;
import java.util.StringJoiner;

/** How a key appears in a sample: the value, or the tuple {@code (a, b)} of several columns. */
final class KeyText {
  private KeyText() {}

  static String describe(List<ColumnVector> vectors, int i) {
    if (vectors.size() == 1) {
      return Values.format(vectors.get(0), i);
    }
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    vectors.forEach(v -> joiner.add(Values.format(v, i)));
    return joiner.toString();
  }

  /** The text of a key kept as values by a {@link KeyBuffer}. */
  static String describe(List<ValueType> types, Object values) {
    if (types.size() == 1) {
      return one(types.get(0), values);
    }
    Object[] tuple = (Object[]) values;
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    for (int c = 0; c < tuple.length; c++) {
      joiner.add(one(types.get(c), tuple[c]));
    }
    return joiner.toString();
  }

  private static String one(ValueType type, Object value) {
    switch (type.kind().storage()) {
      case LONG: return Values.formatLong(type, (Long) value);
      case DOUBLE: return Double.toString((Double) value);
      default: return Values.formatObject(value);
    }
  }
}
