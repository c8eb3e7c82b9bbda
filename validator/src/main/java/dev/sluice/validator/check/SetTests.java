package dev.sluice.validator.check;

import com.google.re2j.Pattern;
import dev.sluice.validator.data.ValueType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tests against lists of values: {@code invalidValues} (not in {@code validValues}, or not
 * matching {@code pattern}, ignoring values listed as missing) and the sentinels of {@code
 * missingValues}. Literals are compared in the column's domain: {@code 5}, {@code "5"} and
 * {@code 5.0} are one value on a numeric column.
 */
public final class SetTests {
  private SetTests() {}

  /** Fails values that are not valid; {@code valid} null means no list, {@code pattern} null none. */
  public static ValueTests.Factory invalid(@Nullable List<Object> valid, @Nullable Pattern pattern,
      List<Object> missing) {
    ThreadRegex regex = pattern == null ? null : new ThreadRegex(pattern);
    return type -> {
      Set<String> validKeys = valid == null ? null : keys(valid, type);
      Set<String> missingKeys = keys(missing, type);
      if (pattern != null && type.kind() != ValueType.Kind.STRING) {
        return Optional.empty();
      }
      return Optional.of(new KeyTest(type) {
        @Override
        boolean fails(String key) {
          if (missingKeys.contains(key)) {
            return false;
          }
          return (validKeys != null && !validKeys.contains(key))
              || (regex != null && !regex.find(key));
        }

        @Override
        public boolean costly() {
          return regex != null && !regex.fast();
        }
      });
    };
  }

  /** Fails values equal to one of the non-null sentinels (nulls are the check's null rule). */
  public static ValueTests.Factory sentinels(List<Object> sentinels) {
    return type -> {
      Set<String> keys = keys(sentinels, type);
      return Optional.of(new KeyTest(type) {
        @Override
        boolean fails(String key) {
          return keys.contains(key);
        }
      });
    };
  }

  private static Set<String> keys(List<Object> literals, ValueType type) {
    Set<String> keys = new HashSet<>();
    for (Object literal : literals) {
      keys.add(literalKey(literal, type));
    }
    return keys;
  }

  private static String literalKey(Object literal, ValueType type) {
    boolean numeric = type.kind() == ValueType.Kind.INTEGER || type.kind() == ValueType.Kind.FLOAT
        || type.kind() == ValueType.Kind.DECIMAL;
    if (numeric) {
      Optional<BigDecimal> n = Literals.number(literal);
      if (n.isPresent()) {
        return numberKey(n.get());
      }
    }
    return literal instanceof BigDecimal ? ((BigDecimal) literal).toPlainString() : literal.toString();
  }

  static String numberKey(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }

  /** Compares values by a canonical text key in the column's domain. */
  private abstract static class KeyTest implements ValueTest {
    private final ValueType type;

    KeyTest(ValueType type) {
      this.type = type;
    }

    abstract boolean fails(String key);

    @Override
    public boolean failsLong(long value) {
      return fails(type.kind() == ValueType.Kind.INTEGER ? Long.toString(value) : Values.formatLong(type, value));
    }

    @Override
    public boolean failsDouble(double value) {
      return fails(Double.isFinite(value) ? numberKey(BigDecimal.valueOf(value)) : Double.toString(value));
    }

    @Override
    public boolean failsObject(Object value) {
      if (value instanceof String) {
        return fails((String) value);
      }
      return fails(value instanceof BigDecimal ? numberKey((BigDecimal) value) : Values.formatObject(value));
    }
  }
}
