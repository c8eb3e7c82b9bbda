package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.Durations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Compares the {@code lineageTags} custom property: tag rules matched by {@code key}. */
final class LineageDiff {
  static final String PROPERTY = "lineageTags";
  private static final Set<String> JUDGED = Set.of("key", "required", "validValues", "pattern",
      "format", "maxAge");

  private LineageDiff() {}

  static void compare(String path, @Nullable Object oldValue, @Nullable Object newValue,
      ChangeList out) {
    Map<String, Map<?, ?>> olds = tags(oldValue);
    Map<String, Map<?, ?>> news = tags(newValue);
    olds.forEach((key, o) -> {
      Map<?, ?> n = news.get(key);
      if (n == null) {
        out.add(path + "[" + key + "]", ChangeKind.LINEAGE_TAG_REMOVED, key, null);
      } else {
        compare(path + "[" + key + "]", o, n, out);
      }
    });
    news.keySet().stream().filter(k -> !olds.containsKey(k))
        .forEach(k -> out.add(path + "[" + k + "]", ChangeKind.LINEAGE_TAG_ADDED, null, k));
  }

  private static void compare(String path, Map<?, ?> o, Map<?, ?> n, ChangeList out) {
    out.flag(path + ".required", Boolean.TRUE.equals(o.get("required")),
        Boolean.TRUE.equals(n.get("required")), ChangeKind.REQUIRED_ENABLED,
        ChangeKind.REQUIRED_DISABLED);
    out.validValues(path + ".validValues", list(o.get("validValues")), list(n.get("validValues")));
    out.facet(path + ".pattern", o.get("pattern"), n.get("pattern"), ChangeKind.PATTERN_ADDED,
        ChangeKind.PATTERN_REMOVED, ChangeKind.PATTERN_CHANGED);
    out.facet(path + ".format", o.get("format"), n.get("format"), ChangeKind.FORMAT_ADDED,
        ChangeKind.FORMAT_REMOVED, ChangeKind.FORMAT_CHANGED);
    Object oldAge = o.get("maxAge");
    Object newAge = n.get("maxAge");
    AgeLimits.compare(path + ".maxAge", oldAge, Durations.of(text(oldAge), null).orElse(null),
        newAge, Durations.of(text(newAge), null).orElse(null), out);
    TreeSet<String> others = new TreeSet<>();
    o.keySet().forEach(k -> others.add(String.valueOf(k)));
    n.keySet().forEach(k -> others.add(String.valueOf(k)));
    others.removeAll(JUDGED);
    others.forEach(k -> out.metadata(path + "." + k, o.get(k), n.get(k)));
  }

  /** A maxAge is ISO-8601 text; a bare number would otherwise read as days. */
  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  private static @Nullable List<?> list(@Nullable Object value) {
    return value instanceof List ? (List<?>) value : null;
  }

  private static Map<String, Map<?, ?>> tags(@Nullable Object value) {
    Map<String, Map<?, ?>> tags = new LinkedHashMap<>();
    if (value instanceof List) {
      for (Object entry : (List<?>) value) {
        if (entry instanceof Map && ((Map<?, ?>) entry).get("key") != null) {
          tags.put(((Map<?, ?>) entry).get("key").toString(), (Map<?, ?>) entry);
        }
      }
    }
    return tags;
  }
}
