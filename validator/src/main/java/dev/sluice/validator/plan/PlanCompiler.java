package dev.sluice.validator.plan;

import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.check.DistinctCheck;
import dev.sluice.validator.report.CheckKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles one contract object into a {@link Plan}: property constraints and quality rules
 * ({@link PropertyCompiler}, {@link QualityCompiler}), the primary key, service levels ({@link
 * SlaCompiler}) and lineage tags ({@link LineageCompiler}).
 */
public final class PlanCompiler {
  private PlanCompiler() {}

  public static Plan compile(Contract contract, DatasetSpec object, ValidationOptions options) {
    CompileContext ctx = new CompileContext(object.name(), options);
    PropertyCompiler properties = new PropertyCompiler(ctx);
    object.properties().forEach(p -> properties.compile(p, ""));
    primaryKey(object, ctx);
    QualityCompiler quality = new QualityCompiler(ctx);
    object.quality().forEach(rule -> quality.compileObjectRule(rule, object));
    contract.quality().forEach(rule -> quality.compileObjectRule(rule, object));
    SlaCompiler.compile(contract, object, ctx);
    LineageCompiler.compile(contract, object, ctx);
    Set<String> topLevel =
        object.properties().stream().map(FieldSpec::columnName).collect(Collectors.toSet());
    return new Plan(contract, object, ctx.checks, topLevel);
  }

  /** One check over all key columns: single or composite keys alike. */
  private static void primaryKey(DatasetSpec object, CompileContext ctx) {
    List<FieldSpec> key = object.primaryKey();
    if (key.isEmpty()) {
      return;
    }
    List<String> columns = key.stream().map(FieldSpec::columnName).toList();
    String property = String.join(",", columns);
    boolean sensitive = key.stream().anyMatch(PropertyCompiler::isSensitive);
    ctx.add(new DistinctCheck(ctx.constraint(property, CheckKind.PRIMARY_KEY, sensitive), columns,
        ctx.options.maxSamples(), ctx.uniqueBudget));
  }
}
