package dev.sluice.validator.check;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A contract pattern compiled to a deterministic automaton, for the common patterns that need
 * none of RE2's extras: a few nanoseconds a character, no allocation, no shared state, linear
 * time by construction. {@link #find} answers exactly what RE2J's {@code find()} answers, or
 * {@link #UNSURE} for the rare value the automaton cannot judge the same way (text with
 * characters outside the Basic Multilingual Plane, where RE2J counts code points and the
 * automaton UTF-16 units): the caller then asks RE2J.
 *
 * <p>Supported syntax (anything else keeps RE2J): literals and escaped punctuation, {@code .},
 * classes {@code [a-z]} and {@code [^...]} (with {@code \d \w \s} inside or out), groups {@code
 * (...)} and {@code (?:...)}, {@code |}, the quantifiers {@code * + ? {n} {n,} {n,m}} (lazy
 * forms too: without captures they match the same), {@code ^} first and {@code $} last.
 */
final class RegexDfa {
  static final int UNSURE = -1;
  /** Automata above this many states stay with RE2J (a large {@code {n,m}} can blow up). */
  private static final int MAX_STATES = 20_000;
  private static final int ASCII = 128;

  private final RunAutomaton automaton;
  /** Next state for ASCII characters: {@code ascii[state * 128 + c]}, -1 for none. */
  private final int[] ascii;
  /** Per state, its run of the ASCII characters it loops on, when words can skip it. */
  private final @Nullable AsciiRun[] runs;

  /** The automaton's initial state, and which states accept (no call into it per value). */
  private final int initial;
  private final boolean[] accepts;

  /**
   * For a pattern of the form {@code ^C*$} (C a class of ASCII characters the initial state
   * loops on, anything else ASCII failing): C's run, so that a value passes when the run covers
   * it; else null.
   */
  private final @Nullable AsciiRun wholeValue;

  private RegexDfa(RunAutomaton automaton) {
    this.automaton = automaton;
    int states = automaton.getSize();
    this.initial = automaton.getInitialState();
    this.accepts = new boolean[states];
    this.ascii = new int[states * ASCII];
    this.runs = new AsciiRun[states];
    for (int s = 0; s < states; s++) {
      accepts[s] = automaton.isAccept(s);
      boolean[] loops = new boolean[ASCII];
      for (int c = 0; c < ASCII; c++) {
        ascii[s * ASCII + c] = automaton.step(s, (char) c);
        loops[c] = ascii[s * ASCII + c] == s;
      }
      runs[s] = AsciiRun.of(loops);
    }
    this.wholeValue = accepts[initial] && loopsOrDies(initial) ? runs[initial] : null;
  }

  /** Whether every ASCII character leads state {@code s} to itself or to no state. */
  private boolean loopsOrDies(int s) {
    for (int c = 0; c < ASCII; c++) {
      int next = ascii[s * ASCII + c];
      if (next != s && next != -1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The run a value must lie in wholly to match, when the pattern is {@code ^C*$} for a class C
   * of ASCII characters (a value with another character, or a non-ASCII byte, is judged by
   * {@link #findUtf8}); null for other patterns.
   */
  @Nullable AsciiRun wholeValue() {
    return wholeValue;
  }

  /** The automaton for an RE2 pattern with find semantics, when the pattern allows one. */
  static Optional<RegexDfa> compile(String pattern) {
    Optional<String> translated = Re2ToBrics.translate(pattern);
    if (translated.isEmpty()) {
      return Optional.empty();
    }
    try {
      Automaton a = new RegExp(translated.get(), RegExp.ANYSTRING).toAutomaton();
      a.minimize();
      if (a.getNumberOfStates() > MAX_STATES) {
        return Optional.empty();
      }
      return Optional.of(new RegexDfa(new RunAutomaton(a)));
    } catch (IllegalArgumentException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** 1 when the pattern is found in {@code value}, 0 when not, {@link #UNSURE} to ask RE2J. */
  int find(String value) {
    int[] table = ascii;
    int state = initial;
    int n = value.length();
    for (int i = 0; i < n; ) {
      char c = value.charAt(i);
      if (c >= ASCII) {
        if (Character.isSurrogate(c)) {
          return UNSURE;
        }
        state = automaton.step(state, c);
        i++;
      } else {
        int next = table[state * ASCII + c];
        i++;
        if (next == state) {
          // a state that loops on this character: skip the run of characters it loops on
          // (independent loads, not a chain of dependent ones)
          int base = state * ASCII;
          while (i < n && (c = value.charAt(i)) < ASCII && table[base + c] == state) {
            i++;
          }
        }
        state = next;
      }
      if (state < 0) {
        return 0;
      }
    }
    return accepts[state] ? 1 : 0;
  }

  /**
   * {@link #find} on the UTF-8 bytes {@code bytes[off, off+len)} of a value: answered here for
   * ASCII text, {@link #UNSURE} at the first other byte (the caller decodes the value and asks
   * {@link #find}, so malformed UTF-8 is judged as its decoded text is).
   */
  int findUtf8(byte[] bytes, int off, int len) {
    int[] table = ascii;
    int state = initial;
    int end = off + len;
    for (int i = off; i < end; ) {
      int c = bytes[i];
      if (c < 0) {
        return UNSURE;
      }
      int next = table[state * ASCII + c];
      i++;
      if (next == state) {
        AsciiRun run = runs[state];
        if (run != null) {
          i = run.skip(bytes, i, end);
        }
        int base = state * ASCII;
        while (i < end && (c = bytes[i]) >= 0 && table[base + c] == state) {
          i++;
        }
      }
      state = next;
      if (state < 0) {
        return 0;
      }
    }
    return accepts[state] ? 1 : 0;
  }
}
