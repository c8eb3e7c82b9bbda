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

  /**
   * Whether judging one value costs much more than looking it up in a hash map (patterns,
   * formats), so that verdicts are worth remembering by value across chunks and files.
   */
  default boolean costly() {
    return false;
  }
}
