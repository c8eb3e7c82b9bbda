package dev.sluice.validator.plan;

import dev.sluice.contracts.model.Durations;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.contracts.model.Operator;
import dev.sluice.contracts.model.SlaProperty;
import dev.sluice.contracts.model.Threshold;
import dev.sluice.validator.check.AgeCheck;
import dev.sluice.validator.check.CheckSpec;
import dev.sluice.validator.check.SkippedCheck;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compiles {@code slaProperties}: {@code freshness}/{@code latency} and {@code retention} on the
 * SLA's {@code element} (or {@code slaDefaultElement}), when that element is a column of this
 * object. Other SLA properties (availability, frequency...) are promises about systems, not data.
 */
final class SlaCompiler {
  private SlaCompiler() {}

  static void compile(Contract contract, DatasetSpec object, CompileContext ctx) {
    for (SlaProperty sla : contract.slaProperties()) {
      CheckKind kind = kindOf(sla.property());
      if (kind == null) {
        continue;
      }
      String element = sla.element() != null ? sla.element() : contract.slaDefaultElement();
      Optional<String> column = element == null ? Optional.empty() : columnOf(element, object);
      if (element != null && column.isEmpty()) {
        continue; // The element names another object.
      }
      Optional<Duration> limit = limit(sla);
      if (column.isEmpty() || limit.isEmpty()) {
        String why = column.isEmpty() ? "names no element (column) to measure"
            : "has a value/unit Sluice cannot read as a duration";
        ctx.add(new SkippedCheck(spec(ctx, null, kind, Duration.ZERO), "SLA " + sla.property() + " " + why));
        continue;
      }
      ctx.add(new AgeCheck(spec(ctx, column.get(), kind, limit.get()), column.get(), limit.get()));
    }
  }

  private static CheckSpec spec(CompileContext ctx, String column, CheckKind kind, Duration limit) {
    Threshold threshold = new Threshold(Operator.MUST_BE_LESS_OR_EQUAL_TO,
        List.of(BigDecimal.valueOf(limit.toSeconds())));
    return ctx.spec(column, kind, Severity.ERROR, threshold, false, false);
  }

  private static CheckKind kindOf(String property) {
    switch (property.toLowerCase(Locale.ROOT)) {
      case "freshness": case "latency": return CheckKind.FRESHNESS;
      case "retention": return CheckKind.RETENTION;
      default: return null;
    }
  }

  /** {@code orders.created_at} or {@code created_at}; the first of a comma-separated list. */
  static Optional<String> columnOf(String element, DatasetSpec object) {
    String first = element.split(",")[0].trim();
    int dot = first.lastIndexOf('.');
    String table = dot < 0 ? null : first.substring(0, dot);
    String name = dot < 0 ? first : first.substring(dot + 1);
    if (table != null && !table.equals(object.name()) && !table.equals(object.physicalName())) {
      return Optional.empty();
    }
    return object.property(name).map(FieldSpec::columnName)
        .or(() -> object.properties().stream().filter(p -> p.columnName().equals(name))
            .map(FieldSpec::columnName).findFirst());
  }

  /** The SLA value as a duration: a number with a unit, or an ISO-8601 duration text. */
  static Optional<Duration> limit(SlaProperty sla) {
    return Durations.of(sla.value(), sla.unit());
  }
}
