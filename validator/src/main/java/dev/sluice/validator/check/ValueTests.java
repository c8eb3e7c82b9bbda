package dev.sluice.validator.check;

import dev.sluice.validator.data.ValueType;
import java.util.Optional;

/** Factories of {@link ValueTest}s, compiled once per column type. */
public final class ValueTests {
  private ValueTests() {}

  /** Compiles a test for a column type; empty when the test cannot judge that type. */
  public interface Factory {
    Optional<ValueTest> forType(ValueType type);

    /** Whether only nulls fail (so null counts in metadata can settle it). */
    default boolean onlyNulls() {
      return false;
    }

    /** Whether a non-zero null count from metadata may settle it (no samples are needed). */
    default boolean countNullsFromMetadata() {
      return false;
    }
  }

  /**
   * A test over an interval: if the smallest and largest value of a chunk pass, every value
   * does, so exact chunk statistics can settle it.
   */
  public interface Monotone extends ValueTest {
    /** {@code min} and {@code max} are in the column's storage domain (Long or BigDecimal). */
    boolean passesAll(Object min, Object max);
  }

  /** Only nulls fail (required, nullValues, missingValues without sentinels). */
  public static Factory nullsOnly(boolean countFromMetadata) {
    return new Factory() {
      @Override
      public Optional<ValueTest> forType(ValueType type) {
        return Optional.of(new ValueTest() {});
      }

      @Override
      public boolean onlyNulls() {
        return true;
      }

      @Override
      public boolean countNullsFromMetadata() {
        return countFromMetadata;
      }
    };
  }
}
