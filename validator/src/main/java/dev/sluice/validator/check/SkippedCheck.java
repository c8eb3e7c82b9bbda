package dev.sluice.validator.check;

import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;

/** A rule Sluice reports but does not run ({@code text}, {@code custom}, {@code sql} for now). */
public final class SkippedCheck extends MetadataCheck {
  private final String reason;

  public SkippedCheck(CheckSpec spec, String reason) {
    super(spec);
    this.reason = reason;
  }

  @Override
  void inspect(FileFacts file, FileNotes notes) {
    // Nothing to look at.
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    return Results.notEvaluated(spec, Status.SKIPPED, reason);
  }
}
