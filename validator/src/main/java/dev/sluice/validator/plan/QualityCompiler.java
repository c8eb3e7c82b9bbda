package dev.sluice.validator.plan;

import com.google.re2j.Pattern;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.contracts.model.QualityRule;
import dev.sluice.contracts.model.Threshold;
import dev.sluice.validator.check.CheckSpec;
import dev.sluice.validator.check.DistinctCheck;
import dev.sluice.validator.check.RowCountCheck;
import dev.sluice.validator.check.SetTests;
import dev.sluice.validator.check.SkippedCheck;
import dev.sluice.validator.check.ValueCheck;
import dev.sluice.validator.check.ValueCheck.NullRule;
import dev.sluice.validator.check.ValueTests;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compiles ODCS quality rules: the library metrics become checks; {@code sql}, {@code text} and
 * {@code custom} rules are kept and reported as skipped, never dropped silently.
 */
final class QualityCompiler {
  private final CompileContext ctx;

  QualityCompiler(CompileContext ctx) {
    this.ctx = ctx;
  }

  void compilePropertyRule(QualityRule rule, String path, boolean sensitive) {
    if (!rule.isLibrary() || rule.metric() == null) {
      skip(rule, path);
      return;
    }
    CheckKind kind = kindOf(rule.metric());
    CheckSpec spec = spec(rule, path, kind, sensitive);
    int samples = ctx.options.maxSamples();
    switch (rule.metric()) {
      case "nullValues":
        ctx.add(new ValueCheck(spec, path, NullRule.FAIL, ValueTests.nullsOnly(true), samples));
        break;
      case "missingValues":
        missing(rule, path, spec);
        break;
      case "invalidValues":
        ctx.add(new ValueCheck(spec, path, NullRule.IGNORED, invalid(rule), samples));
        break;
      case "duplicateValues":
        ctx.add(new DistinctCheck(spec, List.of(path), samples, ctx.uniqueBudget));
        break;
      default:
        skip(rule, path);
    }
  }

  void compileObjectRule(QualityRule rule, DatasetSpec object) {
    if (!rule.isLibrary() || rule.metric() == null) {
      skip(rule, null);
    } else if (rule.metric().equals("rowCount")) {
      ctx.add(new RowCountCheck(spec(rule, null, CheckKind.ROW_COUNT, false)));
    } else if (rule.metric().equals("duplicateValues") && rule.arguments().get("properties") instanceof List) {
      List<String> columns = columnsOf(object, (List<?>) rule.arguments().get("properties"));
      String property = String.join(",", columns);
      ctx.add(new DistinctCheck(spec(rule, property, CheckKind.DUPLICATE_VALUES, false), columns,
          ctx.options.maxSamples(), ctx.uniqueBudget));
    } else {
      skip(rule, null);
    }
  }

  private void missing(QualityRule rule, String path, CheckSpec spec) {
    List<Object> listed = list(rule.arguments().get("missingValues"));
    boolean nullsMissing = rule.arguments().get("missingValues") == null || listed.contains(null);
    List<Object> sentinels = new ArrayList<>(listed);
    sentinels.removeIf(Objects::isNull);
    NullRule nulls = nullsMissing ? NullRule.FAIL : NullRule.IGNORED;
    ValueTests.Factory tests = sentinels.isEmpty() ? ValueTests.nullsOnly(true) : SetTests.sentinels(sentinels);
    ctx.add(new ValueCheck(spec, path, nulls, tests, ctx.options.maxSamples()));
  }

  private static ValueTests.Factory invalid(QualityRule rule) {
    Object valid = rule.arguments().get("validValues");
    Object pattern = rule.arguments().get("pattern");
    List<Object> missing = list(rule.arguments().get("missingValues"));
    missing.removeIf(Objects::isNull);
    return SetTests.invalid(valid instanceof List ? list(valid) : null,
        pattern == null ? null : Pattern.compile(pattern.toString()), missing);
  }

  private CheckSpec spec(QualityRule rule, @Nullable String property, CheckKind kind, boolean sensitive) {
    Threshold threshold = rule.threshold() != null ? rule.threshold() : Threshold.ZERO;
    Severity severity = Severity.parse(rule.severity());
    String wanted = rule.id() != null ? rule.id()
        : ctx.object + "." + (property == null ? "" : property + ".") + kind.json();
    return ctx.withId(wanted, property, kind, severity, threshold, rule.isPercent(), sensitive);
  }

  private void skip(QualityRule rule, @Nullable String path) {
    CheckKind kind = "sql".equals(rule.type()) ? CheckKind.SQL : CheckKind.SKIPPED;
    String reason = "sql".equals(rule.type())
        ? "sql rules are not run yet; reported, not checked"
        : rule.isLibrary() ? "metric '" + rule.metric() + "' is not supported here"
        : rule.type() + " rules are not executable; reported, not checked";
    ctx.add(new SkippedCheck(spec(rule, path, kind, false), reason));
  }

  private static CheckKind kindOf(String metric) {
    switch (metric) {
      case "nullValues": return CheckKind.NULL_VALUES;
      case "missingValues": return CheckKind.MISSING_VALUES;
      case "invalidValues": return CheckKind.INVALID_VALUES;
      case "duplicateValues": return CheckKind.DUPLICATE_VALUES;
      case "rowCount": return CheckKind.ROW_COUNT;
      default: return CheckKind.SKIPPED;
    }
  }

  private static List<String> columnsOf(DatasetSpec object, List<?> names) {
    List<String> columns = new ArrayList<>();
    for (Object name : names) {
      columns.add(object.property(name.toString()).map(FieldSpec::columnName).orElse(name.toString()));
    }
    return columns;
  }

  private static List<Object> list(@Nullable Object value) {
    List<Object> out = new ArrayList<>();
    if (value instanceof List) {
      out.addAll((List<?>) value);
    } else if (value instanceof Map || value != null) {
      out.add(value);
    }
    return out;
  }
}
