package dev.sluice.validator.plan;

import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.validator.check.DataCheck;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A contract object compiled for validation: every check, in report order, with regexes compiled
 * and bounds parsed. Built once by {@link PlanCompiler}; run against any number of files.
 *
 * @param topLevelColumns the data column names the contract lists at the top level
 */
public record Plan(Contract contract, DatasetSpec object, List<DataCheck> checks,
    Set<String> topLevelColumns) {

  public Plan {
    checks = List.copyOf(checks);
    topLevelColumns = Set.copyOf(topLevelColumns);
  }

  /** Every column some check reads, in first-use order. */
  public Set<String> columns() {
    Set<String> columns = new LinkedHashSet<>();
    checks.forEach(c -> columns.addAll(c.columns()));
    return columns;
  }
}
