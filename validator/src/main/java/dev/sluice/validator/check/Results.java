package dev.sluice.validator.check;

import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Expected;
import dev.sluice.validator.report.Sample;
import dev.sluice.validator.report.Severity;
import dev.sluice.validator.report.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns a metric into a {@link CheckResult}: threshold, percent, severity, message. */
final class Results {
  private Results() {}

  /** A row-counting check: {@code failed} rows, judged by the spec's threshold. */
  static CheckResult counted(CheckSpec spec, long failed, EvalContext ctx, List<Sample> samples,
      Map<String, Object> details) {
    BigDecimal observed = metric(spec, failed, ctx.rowCount());
    boolean ok = spec.threshold().test(observed);
    String threshold = spec.thresholdText();
    String what = failed + (failed == 1 ? " row" : " rows") + " " + describe(spec);
    String message = ok ? (failed == 0 ? "ok" : what + "; within " + threshold)
        : what + "; expected " + threshold + ", observed " + observed.toPlainString();
    return result(spec, judge(spec, ok), observed, failed, ctx.fromMetadata(), message, samples,
        details);
  }

  /** A check without a row count (presence, type, age, tags). */
  static CheckResult judged(CheckSpec spec, boolean ok, @Nullable BigDecimal observed,
      String message, EvalContext ctx) {
    return judged(spec, judge(spec, ok), observed, message, ctx);
  }

  /** A metadata check whose status is decided by the caller (e.g. an absent optional column). */
  static CheckResult judged(CheckSpec spec, Status status, @Nullable BigDecimal observed,
      String message, EvalContext ctx) {
    return result(spec, status, observed, null, ctx.fromMetadata(), message, List.of(), Map.of());
  }

  /** A check that was not evaluated: skipped by design or unusable column. */
  static CheckResult notEvaluated(CheckSpec spec, Status status, String message) {
    return result(spec, status, null, null, false, message, List.of(), Map.of());
  }

  /** The spec's result: what identifies and judges it comes from the spec. */
  private static CheckResult result(CheckSpec spec, Status status, @Nullable BigDecimal observed,
      @Nullable Long failed, boolean fromMetadata, String message, List<Sample> samples,
      Map<String, Object> details) {
    Expected expected = spec.expected();
    return new CheckResult(spec.id(), spec.object(), spec.property(), spec.kind(), status,
        spec.severity(), observed, failed, expected.text(), fromMetadata, message, samples,
        details, expected);
  }

  static BigDecimal metric(CheckSpec spec, long count, long rows) {
    if (!spec.percent()) {
      return BigDecimal.valueOf(count);
    }
    if (rows == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(rows), new MathContext(10, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
  }

  static Status judge(CheckSpec spec, boolean ok) {
    if (ok) {
      return Status.PASSED;
    }
    return spec.severity() == Severity.WARNING ? Status.WARNING : Status.FAILED;
  }

  private static String describe(CheckSpec spec) {
    switch (spec.kind()) {
      case REQUIRED: case NULL_VALUES: return "null";
      case MISSING_VALUES: return "missing";
      case UNIQUE: case DUPLICATE_VALUES: case PRIMARY_KEY: return "duplicated";
      case ROW_COUNT: return "in the dataset";
      default: return "violating " + spec.kind().json();
    }
  }
}
