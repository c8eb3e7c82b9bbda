package dev.sluice.samples;

import java.util.Locale;
import java.util.Objects;

/**
 * Applies the {@link Defect}s that hit a row to its clean values. A duplicate copies values of
 * the clean row before it, which no defect of the same column touches.
 */
final class DirtyRows {
  private final CleanRows clean;

  DirtyRows(CleanRows clean) {
    this.clean = clean;
  }

  OrderRow row(long i) {
    OrderRow row = clean.row(i);
    for (Defect d : Defect.values()) {
      if (d.hits(i)) {
        row = apply(d, i, row);
      }
    }
    return row;
  }

  // One case per defect keeps the catalogue in Defect and its effect side by side here.
  private OrderRow apply(Defect d, long i, OrderRow row) {
    switch (d) {
      case ORDER_ID_NULL: return row.withOrderId(null);
      case ORDER_ID_DUPLICATE: return row.withOrderId(clean.row(i - 1).orderId());
      case CUSTOMER_ID_NULL: return row.withCustomer(null, row.createdAtMicros());
      case CUSTOMER_ID_ZERO: return row.withCustomer(0L, row.createdAtMicros());
      case CUSTOMER_INSTANT_DUPLICATE: {
        OrderRow previous = clean.row(i - 1);
        return row.withCustomer(previous.customerId(), previous.createdAtMicros());
      }
      case EMAIL_EMPTY: return row.withCustomerEmail("");
      case EMAIL_NA: return row.withCustomerEmail("n/a");
      case EMAIL_MALFORMED: return row.withCustomerEmail(email(row).replace('@', '.'));
      case EMAIL_UPPERCASE: return row.withCustomerEmail(email(row).toUpperCase(Locale.ROOT));
      case STATUS_NULL: return row.withStatus(null);
      case STATUS_UNKNOWN: return row.withStatus("lost");
      case STATUS_WRONG_CASE: return row.withStatus("PAID");
      case CHANNEL_UNKNOWN: return row.withChannel("fax");
      case AMOUNT_ZERO: return row.withAmount(0.0);
      case AMOUNT_NEGATIVE: return row.withAmount(-12.5);
      case AMOUNT_TOO_LARGE: return row.withAmount(75_000.0);
      case AMOUNT_FRACTIONAL_CENT: return row.withAmount(fractionalCent(row));
      case QUANTITY_ZERO: return row.withQuantity(0);
      case QUANTITY_TOO_LARGE: return row.withQuantity(250);
      case SCORE_NULL: return row.withScore(null);
      case SCORE_ONE: return row.withScore(1.0);
      case SCORE_NEGATIVE: return row.withScore(-0.25);
      case COUPON_TOO_SHORT: return row.withCouponCode("X1");
      case COUPON_TOO_LONG: return row.withCouponCode("MEGA-SUMMER-SALE-2026");
      case COUPON_BAD_PATTERN: return row.withCouponCode("save10");
      default: throw new AssertionError(d);
    }
  }

  private static String email(OrderRow row) {
    return Objects.requireNonNull(row.customerEmail(), "clean email");
  }

  /** {@code 12.34} becomes {@code 12.345}: the nearest double prints as exactly that. */
  private static double fractionalCent(OrderRow row) {
    long cents = Math.round(Objects.requireNonNull(row.amount(), "clean amount") * 100);
    return (cents * 10 + 5) / 1000.0;
  }
}
