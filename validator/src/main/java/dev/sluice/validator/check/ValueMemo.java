package dev.sluice.validator.check;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verdicts of a costly test (pattern, format) remembered by value, shared by every thread and
 * kept across row groups and files: dictionaries of one column repeat from chunk to chunk, and
 * plain-encoded text repeats too. Bounded: once it holds {@link #MAX_CHARS} characters of keys,
 * it stops learning and only answers what it knows (the verdicts are exact either way).
 */
final class ValueMemo {
  /** About 64 MiB of key text (two bytes a char at worst), plus map overhead per entry. */
  static final long MAX_CHARS = 32L << 20;

  private final ValueTest test;
  private final ConcurrentHashMap<String, Boolean> verdicts = new ConcurrentHashMap<>();
  private final AtomicLong chars = new AtomicLong();

  ValueMemo(ValueTest test) {
    this.test = test;
  }

  boolean fails(String value) {
    Boolean known = verdicts.get(value);
    if (known != null) {
      return known;
    }
    boolean fails = test.failsObject(value);
    if (chars.get() < MAX_CHARS && verdicts.putIfAbsent(value, fails) == null) {
      chars.addAndGet(value.length() + 16L);
    }
    return fails;
  }
}
