package dev.sluice.samples;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An independent, deliberately naive reading of orders.odcs.yaml: each check of
 * {@link Defects#CHECKS} computed from rows the way CONTRACT-SEMANTICS defines it (nulls are
 * never invalid, out of range, too long or duplicate). Tests compare it with {@link Defects}.
 */
final class ContractRules {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern LOWER_CASE = Pattern.compile("^[^A-Z]*$");
  private static final Pattern COUPON = Pattern.compile("^[A-Z0-9]+(-[A-Z0-9]+)*$");
  private static final Set<String> STATUSES =
      Set.of("pending", "paid", "shipped", "delivered", "cancelled", "refunded");
  private static final Set<String> CHANNELS = Set.of("web", "app", "store", "phone");
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private final List<OrderRow> rows;
  private final Map<String, Long> metrics = new LinkedHashMap<>();

  private ContractRules(List<OrderRow> rows) {
    this.rows = rows;
  }

  static Map<String, Long> observe(List<OrderRow> rows) {
    ContractRules r = new ContractRules(rows);
    r.keys();
    r.ranges();
    r.strings();
    r.objectLevel();
    return r.metrics;
  }

  private void keys() {
    put("order_id.required", nulls(OrderRow::orderId));
    put("order_id.unique", duplicates(OrderRow::orderId));
    put("order_id.primaryKey", nulls(OrderRow::orderId) + duplicates(OrderRow::orderId));
    put("order_id.duplicateValues", duplicates(OrderRow::orderId));
    put("customer_id.required", nulls(OrderRow::customerId));
    put("status.required", nulls(OrderRow::status));
    put("created_at.required", nulls(OrderRow::createdAtMicros));
    put("score.nullValues", nulls(OrderRow::score));
  }

  private void ranges() {
    put("order_id.minimum", count(OrderRow::orderId, v -> v < 1));
    put("customer_id.minimum", count(OrderRow::customerId, v -> v <= 0));
    put("amount.minimum", count(OrderRow::amount, v -> v <= 0));
    put("amount.maximum", count(OrderRow::amount, v -> v > 50_000));
    put("amount.multipleOf", count(OrderRow::amount,
        v -> BigDecimal.valueOf(v).remainder(CENT).signum() != 0));
    put("quantity.minimum", count(OrderRow::quantity, v -> v < 1));
    put("quantity.maximum", count(OrderRow::quantity, v -> v > 100));
    put("score.minimum", count(OrderRow::score, v -> v < 0));
    put("score.maximum", count(OrderRow::score, v -> v >= 1));
  }

  private void strings() {
    put("customer_email.format", count(OrderRow::customerEmail, v -> !EMAIL.matcher(v).find()));
    put("customer_email.maxLength", count(OrderRow::customerEmail, v -> length(v) > 254));
    put("customer_email.missingValues", rows.stream().map(OrderRow::customerEmail)
        .filter(v -> v == null || v.isEmpty() || v.equals("n/a")).count());
    put("customer_email.invalidValues",
        count(OrderRow::customerEmail, v -> !LOWER_CASE.matcher(v).find()));
    put("status.invalidValues", count(OrderRow::status, v -> !STATUSES.contains(v)));
    put("channel.invalidValues", count(OrderRow::channel, v -> !CHANNELS.contains(v)));
    put("coupon_code.minLength", count(OrderRow::couponCode, v -> length(v) < 6));
    put("coupon_code.maxLength", count(OrderRow::couponCode, v -> length(v) > 12));
    put("coupon_code.pattern", count(OrderRow::couponCode, v -> !COUPON.matcher(v).find()));
  }

  private void objectLevel() {
    put("orders.rowCount", (long) rows.size());
    put("orders.duplicateValues", duplicates(r -> r.customerId() == null
        || r.createdAtMicros() == null ? null : List.of(r.customerId(), r.createdAtMicros())));
    put("orders.sql", count(OrderRow::quantity, v -> v > 100));
  }

  /** Duplicates of the pair counting a half-null pair as a value: must equal the above. */
  static long pairDuplicatesWithNulls(List<OrderRow> rows) {
    return new ContractRules(rows).duplicates(
        r -> java.util.Arrays.asList(r.customerId(), r.createdAtMicros()));
  }

  private void put(String check, long value) {
    metrics.put(check, value);
  }

  private long nulls(Function<OrderRow, ?> column) {
    return rows.stream().map(column).filter(Objects::isNull).count();
  }

  private <T> long count(Function<OrderRow, T> column, Predicate<T> failing) {
    return rows.stream().map(column).filter(Objects::nonNull).filter(failing).count();
  }

  private long duplicates(Function<OrderRow, ?> column) {
    Set<Object> seen = new HashSet<>();
    return rows.stream().map(column).filter(Objects::nonNull).filter(v -> !seen.add(v)).count();
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
