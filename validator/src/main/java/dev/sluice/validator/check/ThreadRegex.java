package dev.sluice.validator.check;

import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * An RE2J pattern compiled once per thread. RE2J shares a lock-free pool of matching machines
 * per compiled pattern; with several worker threads matching millions of values against one
 * pattern, that pool became the hottest spot of a validation (measured: a 10M-row e-mail
 * pattern check took 2.5 s of a 4 s run). A copy per thread shares nothing. Plain patterns
 * skip RE2J altogether: {@link RegexDfa} answers them in a few nanoseconds a character.
 */
final class ThreadRegex {
  private final ThreadLocal<Pattern> perThread;
  /** The pattern as an automaton, when it is plain enough (see {@link RegexDfa}). */
  private final @Nullable RegexDfa dfa;

  ThreadRegex(Pattern pattern) {
    String source = pattern.pattern();
    int flags = pattern.flags();
    this.perThread = ThreadLocal.withInitial(() -> Pattern.compile(source, flags));
    this.dfa = flags == 0 ? RegexDfa.compile(source).orElse(null) : null;
  }

  /** Whether matching is cheap enough that remembering verdicts costs more than it saves. */
  boolean fast() {
    return dfa != null;
  }

  /** Whether the pattern is found anywhere in {@code value} (JSON Schema semantics). */
  boolean find(String value) {
    if (dfa != null) {
      int found = dfa.find(value);
      if (found != RegexDfa.UNSURE) {
        return found == 1;
      }
    }
    return perThread.get().matcher(value).find();
  }

  /**
   * {@link #find} on the UTF-8 bytes {@code bytes[off, off+len)} of a value: the automaton reads
   * ASCII text in place; other text is decoded first (only patterns that are {@link #fast}).
   */
  boolean findUtf8(byte[] bytes, int off, int len) {
    if (dfa != null) {
      int found = dfa.findUtf8(bytes, off, len);
      if (found != RegexDfa.UNSURE) {
        return found == 1;
      }
    }
    return find(new String(bytes, off, len, StandardCharsets.UTF_8));
  }

  /**
   * {@link #findUtf8} over a batch (value {@code i} is {@code bytes[starts[i], starts[i] +
   * lengths[i])}): the indexes of the non-null values where the pattern is not found, in order,
   * written to {@code missing}; returns how many. One loop straight over the automaton; for a
   * pattern {@code ^C*$} ({@link RegexDfa#wholeValue}) the batch's bytes are scanned as one run,
   * eight at a time across value boundaries, and only a value the run does not cover is judged
   * on its own.
   */
  int missingUtf8(byte[] bytes, int[] starts, int[] lengths, boolean[] nulls, int n,
      int[] missing) {
    RegexDfa automaton = dfa;
    AsciiRun run = automaton == null ? null : automaton.wholeValue();
    int end = 0;
    for (int i = 0; run != null && i < n; i++) {
      end = nulls[i] ? end : Math.max(end, starts[i] + lengths[i]);
    }
    int from = Integer.MAX_VALUE; // bytes[from, covered) are all in the run
    int covered = -1;
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (nulls[i]) {
        continue;
      }
      int start = starts[i];
      if (run != null) {
        if (start < from || start > covered) {
          from = start;
          covered = run.skip(bytes, start, end);
        }
        if (covered >= start + lengths[i]) {
          continue; // every byte in the class: found
        }
      }
      if (!findUtf8(bytes, start, lengths[i])) {
        missing[k++] = i;
      }
    }
    return k;
  }

  /** Whether the whole of {@code value} matches. */
  boolean matches(String value) {
    return perThread.get().matcher(value).matches();
  }
}
