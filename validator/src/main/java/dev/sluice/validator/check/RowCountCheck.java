package dev.sluice.validator.check;

import dev.sluice.validator.report.CheckResult;
import java.math.BigDecimal;

/** The quality metric {@code rowCount}: rows in the dataset, answered from file metadata. */
public final class RowCountCheck extends MetadataCheck {

  public RowCountCheck(CheckSpec spec) {
    super(spec);
  }

  @Override
  void inspect(FileFacts file, FileNotes notes) {
    notes.value += file.rowCount();
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    long rows = ((FileNotes) state).value;
    BigDecimal observed = BigDecimal.valueOf(rows);
    boolean ok = spec.threshold().test(observed);
    String message = rows + " rows" + (ok ? "" : "; expected " + spec.thresholdText());
    return Results.judged(spec, ok, observed, message, ctx);
  }
}
