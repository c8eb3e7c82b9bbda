package dev.sluice.samples;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated file must show, as a pure function of its row count: how many rows each
 * {@link Defect} hits, and the metric each check of {@code orders.odcs.yaml} observes.
 *
 * <p>Keys of {@link #metrics()} are {@code target.kind}, e.g. {@code order_id.primaryKey} or
 * {@code orders.duplicateValues}; values are failing rows for property constraints and the
 * metric (before {@code unit: percent}) for quality rules. Clean files observe 0 everywhere
 * except the tolerated nulls of {@code customer_email} and {@code score} (2 % each) and
 * {@code orders.rowCount}.
 */
public final class Defects {
  /** Every row-level check of the contract, in contract order. */
  public static final List<String> CHECKS = List.of(
      "order_id.required", "order_id.unique", "order_id.primaryKey", "order_id.minimum",
      "order_id.duplicateValues", "customer_id.required", "customer_id.minimum",
      "customer_email.format", "customer_email.maxLength", "customer_email.missingValues",
      "customer_email.invalidValues", "status.required", "status.invalidValues",
      "channel.invalidValues", "amount.minimum", "amount.maximum", "amount.multipleOf",
      "quantity.minimum", "quantity.maximum", "created_at.required", "score.minimum",
      "score.maximum", "score.nullValues", "coupon_code.minLength", "coupon_code.maxLength",
      "coupon_code.pattern", "orders.rowCount", "orders.duplicateValues", "orders.sql");

  private final long rows;
  private final boolean dirty;

  private Defects(long rows, boolean dirty) {
    this.rows = rows;
    this.dirty = dirty;
  }

  public static Defects clean(long rows) {
    return new Defects(rows, false);
  }

  public static Defects dirty(long rows) {
    return new Defects(rows, true);
  }

  public long rows() {
    return rows;
  }

  /** Rows the defect hits: 0 for every defect of a clean file. */
  public long count(Defect defect) {
    return dirty ? defect.count(rows) : 0;
  }

  /** Rows hit per defect, in declaration order. */
  public Map<Defect, Long> counts() {
    Map<Defect, Long> counts = new EnumMap<>(Defect.class);
    for (Defect d : Defect.values()) {
      counts.put(d, count(d));
    }
    return counts;
  }

  /** The observed metric of every check in {@link #CHECKS}. */
  public Map<String, Long> metrics() {
    Map<String, Long> metrics = new LinkedHashMap<>();
    CHECKS.forEach(check -> metrics.put(check, 0L));
    for (Defect d : Defect.values()) {
      d.checks().forEach(check -> metrics.merge(check, count(d), Long::sum));
    }
    metrics.merge("customer_email.missingValues", cleanNulls(CleanRows.NULL_EMAIL_PERIOD), Long::sum);
    metrics.merge("score.nullValues", cleanNulls(CleanRows.NULL_SCORE_PERIOD), Long::sum);
    metrics.put("orders.rowCount", rows);
    return metrics;
  }

  /** The metric of one check of {@link #CHECKS}. */
  public long metric(String check) {
    Long value = metrics().get(check);
    if (value == null) {
      throw new IllegalArgumentException("no such check: " + check);
    }
    return value;
  }

  private long cleanNulls(int period) {
    return rows / period;
  }
}
