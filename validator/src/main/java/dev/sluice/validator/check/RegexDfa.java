package dev.sluice.validator.check;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;
import java.util.Optional;

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

  private RegexDfa(RunAutomaton automaton) {
    this.automaton = automaton;
    int states = automaton.getSize();
    this.ascii = new int[states * ASCII];
    for (int s = 0; s < states; s++) {
      for (int c = 0; c < ASCII; c++) {
        ascii[s * ASCII + c] = automaton.step(s, (char) c);
      }
    }
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
    int state = automaton.getInitialState();
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < ASCII) {
        state = ascii[state * ASCII + c];
      } else if (Character.isSurrogate(c)) {
        return UNSURE;
      } else {
        state = automaton.step(state, c);
      }
      if (state < 0) {
        return 0;
      }
    }
    return automaton.isAccept(state) ? 1 : 0;
  }
}
