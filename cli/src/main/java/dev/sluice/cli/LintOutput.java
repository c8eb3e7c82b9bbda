package dev.sluice.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.contracts.Contracts.LintResult;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.lint.LintMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the lint results of several files and prints them as text or JSON. */
final class LintOutput {
  private final LintMode mode;
  private final List<LintResult> results = new ArrayList<>();
  private final List<Unreadable> unreadable = new ArrayList<>();

  LintOutput(LintMode mode) {
    this.mode = mode;
  }

  void add(LintResult result) {
    results.add(result);
  }

  void addUnreadable(String source, String reason) {
    unreadable.add(new Unreadable(source, reason));
  }

  ExitCode exitCode() {
    if (!unreadable.isEmpty()) {
      return ExitCode.CANNOT_JUDGE;
    }
    return count(true) > 0 ? ExitCode.FAILED : ExitCode.PASSED;
  }

  /** Every finding, then {@code FAILED: 2 contracts: 3 errors, 1 warning}. */
  String text() {
    StringBuilder text = new StringBuilder();
    for (LintResult r : results) {
      r.findings().forEach(f -> text.append(f.format(r.source())).append('\n'));
    }
    return text.append(summary()).append('\n').toString();
  }

  String summary() {
    int files = results.size() + unreadable.size();
    StringBuilder line = new StringBuilder(verdict().toUpperCase(Locale.ROOT)).append(": ")
        .append(plural(files, "contract")).append(": ")
        .append(plural(count(true), "error")).append(", ")
        .append(plural(count(false), "warning"));
    if (!unreadable.isEmpty()) {
      line.append(", ").append(unreadable.size()).append(" unreadable");
    }
    return line.append(" (").append(mode.name().toLowerCase(Locale.ROOT)).append(" mode)").toString();
  }

  String json() {
    ObjectNode root = CliJson.root();
    root.put("mode", mode.name().toLowerCase(Locale.ROOT)).put("verdict", verdict());
    ArrayNode files = root.putArray("files");
    results.forEach(r -> file(files.addObject(), r));
    unreadable.forEach(u -> files.addObject().put("source", u.source()).put("readable", false)
        .put("problem", u.reason()));
    root.putObject("summary").put("errors", count(true)).put("warnings", count(false))
        .put("unreadable", unreadable.size());
    return CliJson.write(root);
  }

  private static void file(ObjectNode node, LintResult result) {
    node.put("source", result.source()).put("readable", true);
    ArrayNode findings = node.putArray("findings");
    for (Finding f : result.findings()) {
      findings.addObject().put("rule", f.rule())
          .put("level", f.level().name().toLowerCase(Locale.ROOT))
          .put("path", f.path()).put("line", f.line()).put("message", f.message());
    }
  }

  private String verdict() {
    switch (exitCode()) {
      case CANNOT_JUDGE: return "error";
      case FAILED: return "failed";
      default: return "passed";
    }
  }

  private int count(boolean errors) {
    return (int) results.stream().flatMap(r -> r.findings().stream())
        .filter(f -> f.isError() == errors).count();
  }

  private record Unreadable(String source, String reason) {}

  static String plural(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
