package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.QualityRule;
import dev.sluice.contracts.model.Threshold;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares quality rules, matched by {@code id}, else {@code name}, else metric (or type) and
 * position among rules with the same metric.
 */
final class QualityDiff {
  private static final Set<String> WARNING_SEVERITIES = Set.of("info", "warning", "warn", "low", "minor");
  /** Arguments compared on their own; any other argument change is a {@code quality.changed}. */
  private static final Set<String> OWN_ARGUMENTS = Set.of("validValues", "pattern");

  private QualityDiff() {}

  static void compare(String path, List<QualityRule> oldRules, List<QualityRule> newRules,
      ChangeList out) {
    Map<String, QualityRule> olds = keyed(oldRules);
    Map<String, QualityRule> news = keyed(newRules);
    olds.forEach((key, o) -> {
      QualityRule n = news.get(key);
      String at = path + "[" + key + "]";
      if (n == null) {
        out.add(at, ChangeKind.QUALITY_REMOVED, describe(o), null);
      } else {
        compare(at, o, n, out);
      }
    });
    news.forEach((key, n) -> {
      if (!olds.containsKey(key)) {
        out.add(path + "[" + key + "]", ChangeKind.QUALITY_ADDED, null, describe(n));
      }
    });
  }

  private static void compare(String path, QualityRule o, QualityRule n, ChangeList out) {
    if (!sameMeasure(o, n)) {
      out.add(path, ChangeKind.QUALITY_CHANGED, describe(o), describe(n));
      return;
    }
    out.validValues(path + ".arguments.validValues", list(o, "validValues"), list(n, "validValues"));
    out.facet(path + ".arguments.pattern", o.arguments().get("pattern"),
        n.arguments().get("pattern"), ChangeKind.PATTERN_ADDED, ChangeKind.PATTERN_REMOVED,
        ChangeKind.PATTERN_CHANGED);
    threshold(path, o, n, out);
    boolean oldWarns = warns(o);
    if (oldWarns != warns(n)) {
      out.add(path + ".severity", oldWarns ? ChangeKind.SEVERITY_RAISED
          : ChangeKind.SEVERITY_LOWERED, o.severity(), n.severity());
    }
    out.metadata(path + ".name", o.name(), n.name());
    out.metadata(path + ".description", o.description(), n.description());
    out.metadata(path + ".dimension", o.dimension(), n.dimension());
    out.metadata(path + ".tags", o.tags(), n.tags());
  }

  private static void threshold(String path, QualityRule o, QualityRule n, ChangeList out) {
    Threshold oldT = o.threshold() == null ? Threshold.ZERO : o.threshold();
    Threshold newT = n.threshold() == null ? Threshold.ZERO : n.threshold();
    boolean counts = o.isLibrary() && !o.isPercent();
    ChangeKind kind;
    switch (Thresholds.relation(oldT, newT, counts)) {
      case SAME: return;
      case TIGHTER: kind = ChangeKind.THRESHOLD_TIGHTENED; break;
      case LOOSER: kind = ChangeKind.THRESHOLD_LOOSENED; break;
      default: kind = ChangeKind.THRESHOLD_CHANGED;
    }
    out.add(path + ".threshold", kind, oldT, newT);
  }

  /** Same type, metric, unit, query, engine and arguments (other than those compared apart). */
  private static boolean sameMeasure(QualityRule o, QualityRule n) {
    return o.type().equals(n.type()) && Objects.equals(o.metric(), n.metric())
        && o.isPercent() == n.isPercent() && Objects.equals(o.query(), n.query())
        && Objects.equals(o.engine(), n.engine()) && otherArguments(o).equals(otherArguments(n));
  }

  private static Map<String, Object> otherArguments(QualityRule rule) {
    Map<String, Object> rest = new HashMap<>(rule.arguments());
    rest.keySet().removeAll(OWN_ARGUMENTS);
    return rest;
  }

  private static @Nullable List<?> list(QualityRule rule, String argument) {
    Object value = rule.arguments().get(argument);
    return value instanceof List ? (List<?>) value : null;
  }

  private static boolean warns(QualityRule rule) {
    return rule.severity() != null
        && WARNING_SEVERITIES.contains(rule.severity().trim().toLowerCase(Locale.ROOT));
  }

  private static String describe(QualityRule rule) {
    String what = rule.isLibrary() ? String.valueOf(rule.metric()) : rule.type();
    Threshold threshold = rule.threshold();
    return threshold == null ? what : what + " " + threshold;
  }

  private static Map<String, QualityRule> keyed(List<QualityRule> rules) {
    Map<String, QualityRule> keyed = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (QualityRule rule : rules) {
      String base = rule.id() != null ? rule.id() : rule.name() != null ? rule.name()
          : rule.metric() != null ? rule.metric() : rule.type();
      int n = seen.merge(base, 1, Integer::sum);
      keyed.put(n == 1 ? base : base + "#" + n, rule);
    }
    return keyed;
  }
}
