package dev.sluice.validator.check;

/**
 * A per-value test compiled for one column type. Only the method matching the column's storage
 * is called; nulls never reach it (the check decides what a null means).
 */
public interface ValueTest {

  default boolean failsLong(long value) {
    return false;
  }

  default boolean failsDouble(double value) {
    return false;
  }

  default boolean failsObject(Object value) {
    return false;
  }
}
