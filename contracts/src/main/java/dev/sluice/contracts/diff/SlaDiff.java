package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.Durations;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.SlaProperty;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares {@code slaProperties}, matched by property name (and position among equal names).
 * Only freshness, latency and retention judge data; the others are metadata.
 */
final class SlaDiff {
  private static final Set<String> JUDGED = Set.of("freshness", "latency", "retention");

  private SlaDiff() {}

  static void compare(Contract oldContract, Contract newContract, ChangeList out) {
    if (!java.util.Objects.equals(oldContract.slaDefaultElement(), newContract.slaDefaultElement())) {
      out.add("slaDefaultElement", ChangeKind.SLA_CHANGED, oldContract.slaDefaultElement(),
          newContract.slaDefaultElement());
    }
    Map<String, SlaProperty> olds = keyed(oldContract.slaProperties());
    Map<String, SlaProperty> news = keyed(newContract.slaProperties());
    olds.forEach((key, o) -> {
      SlaProperty n = news.get(key);
      String path = "slaProperties[" + key + "]";
      if (n == null) {
        out.add(path, judged(o) ? ChangeKind.SLA_REMOVED : ChangeKind.METADATA_CHANGED,
            describe(o), null);
      } else {
        compare(path, o, n, out);
      }
    });
    news.forEach((key, n) -> {
      if (!olds.containsKey(key)) {
        out.add("slaProperties[" + key + "]", judged(n) ? ChangeKind.SLA_ADDED
            : ChangeKind.METADATA_CHANGED, null, describe(n));
      }
    });
  }

  private static void compare(String path, SlaProperty o, SlaProperty n, ChangeList out) {
    if (!judged(o)) {
      out.metadata(path, describe(o), describe(n));
      return;
    }
    AgeLimits.compare(path + ".value", limit(o), Durations.of(o.value(), o.unit()).orElse(null),
        limit(n), Durations.of(n.value(), n.unit()).orElse(null), out);
    if (!java.util.Objects.equals(o.element(), n.element())) {
      out.add(path + ".element", ChangeKind.SLA_CHANGED, o.element(), n.element());
    }
    out.metadata(path + ".driver", o.driver(), n.driver());
    out.metadata(path + ".valueExt", o.valueExt(), n.valueExt());
  }

  private static boolean judged(SlaProperty sla) {
    return JUDGED.contains(sla.property().toLowerCase(Locale.ROOT));
  }

  private static @Nullable String limit(SlaProperty sla) {
    return sla.value() == null ? null
        : ChangeList.render(sla.value()) + (sla.unit() == null ? "" : " " + sla.unit());
  }

  private static String describe(SlaProperty sla) {
    String value = sla.value() == null ? "" : " " + ChangeList.render(sla.value());
    String unit = sla.unit() == null ? "" : " " + sla.unit();
    String element = sla.element() == null ? "" : " on " + sla.element();
    return sla.property() + value + unit + element;
  }

  private static Map<String, SlaProperty> keyed(List<SlaProperty> slas) {
    Map<String, SlaProperty> keyed = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (SlaProperty sla : slas) {
      int n = seen.merge(sla.property(), 1, Integer::sum);
      keyed.put(n == 1 ? sla.property() : sla.property() + "#" + n, sla);
    }
    return keyed;
  }
}
