package dev.sluice.validator.plan;

import dev.sluice.contracts.model.Threshold;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.check.CheckSpec;
import dev.sluice.validator.check.DataCheck;
import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.Severity;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What compiling one object accumulates: its checks, their ids and the options. */
final class CompileContext {
  final String object;
  final ValidationOptions options;
  final List<DataCheck> checks = new ArrayList<>();
  /** Shared by every uniqueness check of the validation. */
  final MemoryBudget uniqueBudget;
  private final CheckIds ids = new CheckIds();

  CompileContext(String object, ValidationOptions options) {
    this.object = object;
    this.options = options;
    this.uniqueBudget = MemoryBudget.of(options.uniqueMemoryBytes());
  }

  /** A spec for a check on {@code property} (null: the object) with a generated id. */
  CheckSpec spec(@Nullable String property, CheckKind kind, Severity severity, Threshold threshold,
      boolean percent, boolean sensitive) {
    String base = property == null ? object + "." + kind.json() : object + "." + property + "." + kind.json();
    return withId(base, property, kind, severity, threshold, percent, sensitive);
  }

  CheckSpec withId(String wantedId, @Nullable String property, CheckKind kind, Severity severity,
      Threshold threshold, boolean percent, boolean sensitive) {
    return new CheckSpec(ids.claim(wantedId), object, property, kind, severity, threshold, percent, sensitive);
  }

  /** A property constraint: error severity, no failing rows allowed. */
  CheckSpec constraint(String property, CheckKind kind, boolean sensitive) {
    return spec(property, kind, Severity.ERROR, Threshold.ZERO, false, sensitive);
  }

  void add(DataCheck check) {
    checks.add(check);
  }
}
