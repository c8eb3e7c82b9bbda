package dev.sluice.validator.check;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verdicts of a costly test (pattern, format) remembered by value, shared by every thread and
 * kept across row groups and files: dictionaries of one column repeat from chunk to chunk, and
 * plain-encoded text repeats too. Bounded: once it holds {@link #MAX_CHARS} characters of keys,
 * it stops learning and only answers what it knows (the verdicts are exact either way).
 *
 * <p>Each worker looks values up through its own {@link #local()} view first (a plain hash map,
 * no memory barriers), and reaches the shared map only for values new to that view.
 */
final class ValueMemo {
  /** About 32 MiB of key text (two bytes a char at worst), plus map overhead per entry. */
  static final long MAX_CHARS = 16L << 20;
  /** Entries of a worker's view before it starts afresh. */
  static final int LOCAL_ENTRIES = 1 << 18;

  private final ValueTest test;
  private final ConcurrentHashMap<String, Boolean> verdicts = new ConcurrentHashMap<>();
  private final AtomicLong chars = new AtomicLong();

  ValueMemo(ValueTest test) {
    this.test = test;
  }

  Local local() {
    return new Local();
  }

  private boolean shared(String value) {
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

  /** One worker's view of the memo; not thread-safe. */
  final class Local {
    private final HashMap<String, Boolean> seen = new HashMap<>();

    boolean fails(String value) {
      Boolean known = seen.get(value);
      if (known != null) {
        return known;
      }
      boolean fails = shared(value);
      if (seen.size() >= LOCAL_ENTRIES) {
        seen.clear();
      }
      seen.put(value, fails);
      return fails;
    }
  }
}
