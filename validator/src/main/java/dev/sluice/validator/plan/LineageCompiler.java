package dev.sluice.validator.plan;

import com.google.re2j.Pattern;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.Operator;
import dev.sluice.contracts.model.Threshold;
import dev.sluice.validator.check.CheckSpec;
import dev.sluice.validator.check.LineageTagCheck;
import dev.sluice.validator.check.LineageTagRule;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles the {@code lineageTags} custom property (at the contract root and on the object; the
 * object's rule wins for a key both name) into one {@code lineageTag} check per key.
 */
final class LineageCompiler {
  static final String PROPERTY = "lineageTags";

  private LineageCompiler() {}

  static void compile(Contract contract, DatasetSpec object, CompileContext ctx) {
    Map<String, LineageTagRule> rules = new java.util.LinkedHashMap<>();
    contract.customProperty(PROPERTY).ifPresent(v -> rules(v).forEach(r -> rules.put(r.key(), r)));
    object.customProperty(PROPERTY).ifPresent(v -> rules(v).forEach(r -> rules.put(r.key(), r)));
    for (LineageTagRule rule : rules.values()) {
      Threshold none = new Threshold(Operator.MUST_BE, List.of(BigDecimal.ZERO));
      CheckSpec spec = ctx.withId(ctx.object + ".lineage." + rule.key(), null, CheckKind.LINEAGE_TAG,
          Severity.ERROR, none, false, false);
      ctx.add(new LineageTagCheck(spec, rule, ctx.options.clock().instant()));
    }
  }

  private static List<LineageTagRule> rules(Object value) {
    List<LineageTagRule> out = new ArrayList<>();
    if (!(value instanceof List)) {
      return out;
    }
    for (Object entry : (List<?>) value) {
      if (entry instanceof Map && ((Map<?, ?>) entry).get("key") != null) {
        out.add(rule((Map<?, ?>) entry));
      }
    }
    return out;
  }

  private static LineageTagRule rule(Map<?, ?> m) {
    List<String> valid = new ArrayList<>();
    if (m.get("validValues") instanceof List) {
      ((List<?>) m.get("validValues")).forEach(v -> valid.add(String.valueOf(v)));
    }
    Object pattern = m.get("pattern");
    return new LineageTagRule(m.get("key").toString(), Boolean.TRUE.equals(m.get("required")), valid,
        pattern == null ? null : Pattern.compile(pattern.toString()),
        m.get("format") == null ? null : m.get("format").toString(),
        m.get("maxAge") == null ? null : m.get("maxAge").toString());
  }
}
