package dev.sluice.bench;

import dev.sluice.samples.Defect;
import dev.sluice.samples.Defects;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a file written by {@code OrdersGenerator} must show for each of {@link BenchChecks}: the
 * generator documents its defects per row count ({@link Defects}), a witness independent of
 * both tools. The bench contract's {@code customer_email} pattern ({@code ^[^A-Z]*$}) is the
 * sample contract's lower-case rule, so it fails exactly the upper-cased addresses.
 */
public final class ExpectedCounts {
  private static final String EMAIL_PATTERN = "customer_email.pattern";

  private ExpectedCounts() {}

  /** Expected counts of a generated file of {@code rows} rows, clean or dirty. */
  public static Map<String, Long> of(long rows, boolean dirty) {
    Defects defects = dirty ? Defects.dirty(rows) : Defects.clean(rows);
    Map<String, Long> metrics = defects.metrics();
    Map<String, Long> expected = new LinkedHashMap<>();
    for (String check : BenchChecks.NAMES) {
      Long metric = check.equals(EMAIL_PATTERN) ? defects.count(Defect.EMAIL_UPPERCASE)
          : metrics.get(check);
      if (metric == null) {
        throw new IllegalStateException("the generator documents no count for " + check);
      }
      expected.put(check, metric);
    }
    return expected;
  }
}
