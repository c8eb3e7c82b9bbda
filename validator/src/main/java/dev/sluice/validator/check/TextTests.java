package dev.sluice.validator.check;

import com.google.re2j.Pattern;
import dev.sluice.validator.data.ValueType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Tests on text values: length in code points (bytes for binary) and RE2J patterns. */
public final class TextTests {
  private TextTests() {}

  /** Fails strings shorter than {@code min} or longer than {@code max} (either may be null). */
  public static ValueTests.Factory length(@Nullable Integer min, @Nullable Integer max) {
    int lo = min == null ? 0 : min;
    int hi = max == null ? Integer.MAX_VALUE : max;
    return type -> {
      if (type.kind() == ValueType.Kind.STRING) {
        return Optional.of(new ValueTest() {
          @Override
          public boolean failsObject(Object value) {
            String s = (String) value;
            int n = s.codePointCount(0, s.length());
            return n < lo || n > hi;
          }

          @Override
          public boolean readsUtf8() {
            return true;
          }

          @Override
          public boolean failsUtf8(byte[] bytes, int off, int len) {
            for (int i = off; i < off + len; i++) {
              if (bytes[i] < 0) {
                return ValueTest.super.failsUtf8(bytes, off, len); // not ASCII: decode
              }
            }
            return len < lo || len > hi;
          }
        });
      }
      if (type.kind() == ValueType.Kind.BINARY) {
        return Optional.of(new ValueTest() {
          @Override
          public boolean failsObject(Object value) {
            int n = ((byte[]) value).length;
            return n < lo || n > hi;
          }
        });
      }
      return Optional.empty();
    };
  }

  /**
   * Fails strings in which the pattern finds no match: a search, as in JSON Schema (anchor the
   * pattern to match whole values). RE2J runs in linear time whatever the pattern.
   */
  public static ValueTests.Factory pattern(Pattern pattern) {
    ThreadRegex regex = new ThreadRegex(pattern);
    return type -> type.kind() != ValueType.Kind.STRING ? Optional.empty()
        : Optional.of(new ValueTest() {
          @Override
          public boolean failsObject(Object value) {
            return !regex.find((String) value);
          }

          @Override
          public boolean readsUtf8() {
            return regex.fast();
          }

          @Override
          public boolean failsUtf8(byte[] bytes, int off, int len) {
            return !regex.findUtf8(bytes, off, len);
          }

          @Override
          public int failingUtf8(byte[] bytes, int[] starts, int[] lengths, boolean[] nulls,
              int n, int[] failing) {
            return regex.missingUtf8(bytes, starts, lengths, nulls, n, failing);
          }

          @Override
          public boolean costly() {
            return !regex.fast();
          }
        });
  }
}
