package dev.sluice.validator.plan;

import com.google.re2j.Pattern;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.contracts.model.LogicalTypeOptions;
import dev.sluice.validator.check.CheckSpec;
import dev.sluice.validator.check.DistinctCheck;
import dev.sluice.validator.check.FormatTests;
import dev.sluice.validator.check.JsonPayloadCheck;
import dev.sluice.validator.check.NumberTests;
import dev.sluice.validator.check.PresenceCheck;
import dev.sluice.validator.check.RangeTests;
import dev.sluice.validator.check.TextTests;
import dev.sluice.validator.check.TypeCheck;
import dev.sluice.validator.check.TypeRules;
import dev.sluice.validator.check.ValueCheck;
import dev.sluice.validator.check.ValueCheck.NullRule;
import dev.sluice.validator.check.ValueTests;
import dev.sluice.validator.report.CheckKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Compiles the constraints of one property (and, recursively, of its fields and items). */
final class PropertyCompiler {
  private static final Set<String> SENSITIVE =
      Set.of("pii", "personal", "confidential", "restricted", "sensitive", "secret");

  private final CompileContext ctx;
  private final QualityCompiler quality;

  PropertyCompiler(CompileContext ctx) {
    this.ctx = ctx;
    this.quality = new QualityCompiler(ctx);
  }

  static boolean isSensitive(FieldSpec field) {
    return field.classification() != null
        && SENSITIVE.contains(field.classification().toLowerCase(Locale.ROOT));
  }

  /** {@code prefix} is the parent's path plus {@code .} or {@code []} (empty at the top). */
  void compile(FieldSpec field, String prefix) {
    String path = prefix + field.columnName();
    boolean sensitive = isSensitive(field);
    ctx.add(new PresenceCheck(ctx.constraint(path, CheckKind.PRESENCE, false),
        path, field.required(), ctx.options.strictPresence()));
    if (field.logicalType() != null && TypeRules.isKnownLogical(field.logicalType())) {
      ctx.add(new TypeCheck(ctx.constraint(path, CheckKind.TYPE, false),
          path, field.logicalType(), field.physicalType(), ctx.options.maxSamples()));
    }
    if (field.required()) {
      value(path, CheckKind.REQUIRED, NullRule.FAIL, ValueTests.nullsOnly(false), sensitive);
    }
    if (field.unique()) {
      ctx.add(new DistinctCheck(ctx.constraint(path, CheckKind.UNIQUE, sensitive), List.of(path),
          ctx.options.maxSamples(), ctx.uniqueBudget));
    }
    options(path, field.options(), sensitive);
    if (PayloadSchemas.describesPayload(field)) {
      ctx.add(new JsonPayloadCheck(ctx.constraint(path, CheckKind.JSON_SCHEMA, sensitive), path,
          PayloadSchemas.of(field), ctx.options.maxSamples()));
    }
    field.quality().forEach(rule -> quality.compilePropertyRule(rule, path, sensitive));
    field.properties().forEach(child -> compile(child, path + "."));
    if (field.items() != null) {
      compileItems(field.items(), path + "[]");
    }
  }

  /** Array items: their constraints apply to every element; their own name is not a column. */
  private void compileItems(FieldSpec items, String path) {
    boolean sensitive = isSensitive(items);
    options(path, items.options(), sensitive);
    items.quality().forEach(rule -> quality.compilePropertyRule(rule, path, sensitive));
    items.properties().forEach(child -> compile(child, path + "."));
  }

  private void options(String path, LogicalTypeOptions o, boolean sensitive) {
    if (o.lower() != null) {
      value(path, CheckKind.MINIMUM, NullRule.IGNORED, RangeTests.of(o.lower(), null), sensitive);
    }
    if (o.upper() != null) {
      value(path, CheckKind.MAXIMUM, NullRule.IGNORED, RangeTests.of(null, o.upper()), sensitive);
    }
    if (o.minLength() != null) {
      value(path, CheckKind.MIN_LENGTH, NullRule.IGNORED, TextTests.length(o.minLength(), null), sensitive);
    }
    if (o.maxLength() != null) {
      value(path, CheckKind.MAX_LENGTH, NullRule.IGNORED, TextTests.length(null, o.maxLength()), sensitive);
    }
    if (o.pattern() != null) {
      value(path, CheckKind.PATTERN, NullRule.IGNORED, TextTests.pattern(Pattern.compile(o.pattern())), sensitive);
    }
    if (o.format() != null && FormatTests.isKnown(o.format())) {
      value(path, CheckKind.FORMAT, NullRule.IGNORED, FormatTests.of(o.format()), sensitive);
    }
    if (o.multipleOf() != null) {
      BigDecimal divisor = new BigDecimal(o.multipleOf().toString());
      value(path, CheckKind.MULTIPLE_OF, NullRule.IGNORED, NumberTests.multipleOf(divisor), sensitive);
    }
  }

  private void value(String path, CheckKind kind, NullRule nulls, ValueTests.Factory tests, boolean sensitive) {
    CheckSpec spec = ctx.constraint(path, kind, sensitive);
    ctx.add(new ValueCheck(spec, path, nulls, tests, ctx.options.maxSamples()));
  }
}
