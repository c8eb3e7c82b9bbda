package dev.sluice.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ANSI colours for the statuses of a rendered text report (a row's first word, the verdict). */
final class Ansi {
  private static final String RESET = "\u001b[0m";
  private static final Map<String, String> COLORS = Map.of(
      "PASS", "\u001b[32m", "PASSED", "\u001b[1;32m",
      "WARN", "\u001b[33m", "WARNING", "\u001b[1;33m",
      "FAIL", "\u001b[31m", "FAILED", "\u001b[1;31m",
      "ERROR", "\u001b[1;35m",
      "SKIP", "\u001b[2m");
  /** A status word at the start of a line: a table row's status, or the verdict before ':'. */
  private static final Pattern STATUS =
      Pattern.compile("(?m)^(PASSED|WARNING|FAILED|ERROR|PASS|WARN|FAIL|SKIP)(?=[ :])");

  private Ansi() {}

  /** The text with every line-leading status word coloured. */
  static String statuses(String text) {
    Matcher m = STATUS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(COLORS.get(m.group(1)) + m.group(1)
          + RESET));
    }
    m.appendTail(out);
    return out.toString();
  }
}
