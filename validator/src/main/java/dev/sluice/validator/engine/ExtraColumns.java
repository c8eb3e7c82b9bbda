package dev.sluice.validator.engine;

import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import dev.sluice.validator.report.Severity;
import dev.sluice.validator.report.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** With {@code --no-extra-columns}: one failed presence check per column the contract lacks. */
final class ExtraColumns {
  private ExtraColumns() {}

  static List<CheckResult> failures(String object, List<DatasetInfo> datasets) {
    Map<String, List<String>> filesByColumn = new LinkedHashMap<>();
    for (DatasetInfo d : datasets) {
      d.extraColumns().forEach(c -> filesByColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(d.path()));
    }
    List<CheckResult> results = new ArrayList<>();
    filesByColumn.forEach((column, files) -> results.add(new CheckResult(
        object + "." + column + ".extraColumn", object, column, CheckKind.PRESENCE, Status.FAILED,
        Severity.ERROR, BigDecimal.valueOf(files.size()), null, "not in the contract", true,
        "column " + column + " is in the data (" + String.join(", ", files)
            + ") but not in the contract", List.of(), Map.of())));
    return results;
  }
}
