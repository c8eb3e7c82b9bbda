package dev.sluice.validator.check;

import dev.sluice.validator.report.CheckResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One lineage tag rule: the tag is present in each file (when required), its places agree, and
 * its value is allowed (valid values, pattern, format, maximum age).
 */
public final class LineageTagCheck extends MetadataCheck {
  private final LineageTagRule rule;
  private final Instant now;

  /** {@code now} is the validation time, against which {@code maxAge} is judged. */
  public LineageTagCheck(CheckSpec spec, LineageTagRule rule, Instant now) {
    super(spec);
    this.rule = rule;
    this.now = now;
  }

  @Override
  void inspect(FileFacts file, FileNotes notes) {
    problem(file).ifPresent(p -> notes.failures.add(file.path() + ": " + p));
  }

  private Optional<String> problem(FileFacts file) {
    String conflict = file.tagConflicts().get(rule.key());
    if (conflict != null) {
      return Optional.of("tag " + rule.key() + " disagrees between places: " + conflict);
    }
    String value = file.tags().get(rule.key());
    if (value == null) {
      return rule.required() ? Optional.of("tag " + rule.key() + " is missing") : Optional.empty();
    }
    return rule.violation(value, now).map(v -> "tag " + rule.key() + "=" + value + " " + v);
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    FileNotes notes = (FileNotes) state;
    BigDecimal failing = BigDecimal.valueOf(notes.failures.size());
    return notes.failures.isEmpty()
        ? Results.judged(spec, true, failing, "tag " + rule.key() + " ok in " + notes.files + " file(s)", ctx)
        : Results.judged(spec, false, failing, notes.summary(), ctx);
  }
}
