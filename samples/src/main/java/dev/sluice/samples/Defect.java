package dev.sluice.samples;

import java.util.List;

/**
 * Every defect a dirty orders file carries. A defect hits row {@code i} (0-based) when
 * {@code i % period == slot}; defects of one column never hit the same row, nor a row that
 * clean data leaves null, so each defect breaks exactly the checks listed for it.
 * {@code period} and {@code slot} are part of the documented contract of the sample data:
 * changing them changes samples/README.md and the committed dirty file.
 */
public enum Defect {
  ORDER_ID_NULL("order_id", 101, 11, "null",
      "order_id.required", "order_id.primaryKey"),
  ORDER_ID_DUPLICATE("order_id", 101, 23, "the order id of the previous row",
      "order_id.unique", "order_id.primaryKey", "order_id.duplicateValues"),
  CUSTOMER_ID_NULL("customer_id", 103, 13, "null", "customer_id.required"),
  CUSTOMER_ID_ZERO("customer_id", 103, 29, "0 (exclusiveMinimum 0)", "customer_id.minimum"),
  CUSTOMER_INSTANT_DUPLICATE("customer_id, created_at", 103, 41,
      "both copied from the previous row", "orders.duplicateValues"),
  EMAIL_EMPTY("customer_email", 50, 17, "'' (empty string)",
      "customer_email.missingValues", "customer_email.format"),
  EMAIL_NA("customer_email", 50, 27, "'n/a'",
      "customer_email.missingValues", "customer_email.format"),
  EMAIL_MALFORMED("customer_email", 50, 37, "an address without '@'", "customer_email.format"),
  EMAIL_UPPERCASE("customer_email", 50, 47, "the clean address in upper case",
      "customer_email.invalidValues"),
  STATUS_NULL("status", 53, 7, "null", "status.required"),
  STATUS_UNKNOWN("status", 53, 19, "'lost'", "status.invalidValues"),
  STATUS_WRONG_CASE("status", 53, 31, "'PAID'", "status.invalidValues"),
  CHANNEL_UNKNOWN("channel", 20, 9, "'fax'", "channel.invalidValues"),
  AMOUNT_ZERO("amount", 59, 5, "0.0 (exclusiveMinimum 0)", "amount.minimum"),
  AMOUNT_NEGATIVE("amount", 59, 17, "-12.5", "amount.minimum"),
  AMOUNT_TOO_LARGE("amount", 59, 29, "75000.0 (maximum 50000)", "amount.maximum"),
  AMOUNT_FRACTIONAL_CENT("amount", 59, 41, "the clean amount plus 0.005", "amount.multipleOf"),
  QUANTITY_ZERO("quantity", 61, 3, "0 (minimum 1)", "quantity.minimum"),
  QUANTITY_TOO_LARGE("quantity", 61, 33, "250 (maximum 100)",
      "quantity.maximum", "orders.sql"),
  SCORE_NULL("score", 25, 10, "null", "score.nullValues"),
  SCORE_ONE("score", 50, 20, "1.0 (exclusiveMaximum 1)", "score.maximum"),
  SCORE_NEGATIVE("score", 50, 40, "-0.25 (minimum 0)", "score.minimum"),
  COUPON_TOO_SHORT("coupon_code", 43, 8, "'X1' (minLength 6)", "coupon_code.minLength"),
  COUPON_TOO_LONG("coupon_code", 43, 18, "'MEGA-SUMMER-SALE-2026' (maxLength 12)",
      "coupon_code.maxLength"),
  COUPON_BAD_PATTERN("coupon_code", 43, 28, "'save10' (lower case)", "coupon_code.pattern");

  private final String column;
  private final int period;
  private final int slot;
  private final String description;
  private final List<String> checks;

  Defect(String column, int period, int slot, String description, String... checks) {
    this.column = column;
    this.period = period;
    this.slot = slot;
    this.description = description;
    this.checks = List.of(checks);
  }

  /** The column(s) this defect changes. */
  public String column() {
    return column;
  }

  public String description() {
    return description;
  }

  /**
   * The checks this defect fails, as {@code target.kind}: the target is the property, or
   * {@code orders} for object-level rules; kinds are named as in the JSON report.
   */
  public List<String> checks() {
    return checks;
  }

  public int period() {
    return period;
  }

  public int slot() {
    return slot;
  }

  public boolean hits(long row) {
    return row % period == slot;
  }

  /** How many of rows {@code 0 .. rows-1} this defect hits. */
  public long count(long rows) {
    return rows <= slot ? 0 : (rows - 1 - slot) / period + 1;
  }
}
