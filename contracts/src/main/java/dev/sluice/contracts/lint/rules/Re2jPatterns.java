package dev.sluice.contracts.lint.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Optional;

/**
 * Compiles patterns the way the validator will: with RE2J, whose linear-time engine refuses
 * backreferences and lookaround. Says so when the JDK would have accepted the pattern, because
 * that is the surprise a contract author meets.
 */
final class Re2jPatterns {
  private Re2jPatterns() {}

  /** Why {@code regex} cannot be used, or empty when RE2J compiles it. */
  static Optional<String> problem(String regex) {
    try {
      Pattern.compile(regex);
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      String why = e.getDescription() + (e.getPattern().isEmpty() ? "" : " in '" + e.getPattern() + "'");
      return Optional.of("pattern '" + regex + "' does not compile in RE2J, the linear-time regex"
          + " syntax Sluice uses (no backreferences or lookaround): " + why + jdkNote(regex));
    }
  }

  private static String jdkNote(String regex) {
    try {
      java.util.regex.Pattern.compile(regex);
      return "; java.util.regex would accept it, RE2J does not";
    } catch (java.util.regex.PatternSyntaxException e) {
      return "";
    }
  }
}
