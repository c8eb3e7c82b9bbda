package dev.sluice.samples;

import org.apache.parquet.example.data.Group;

/** Copies an {@link OrderRow} into a Parquet example {@link Group}; nulls stay unset. */
final class RowGroups {
  private RowGroups() {}

  static Group toGroup(OrderRow row, Group g) {
    if (row.orderId() != null) g.append(OrdersSchema.ORDER_ID, row.orderId());
    if (row.customerId() != null) g.append(OrdersSchema.CUSTOMER_ID, row.customerId());
    if (row.customerEmail() != null) g.append(OrdersSchema.CUSTOMER_EMAIL, row.customerEmail());
    if (row.status() != null) g.append(OrdersSchema.STATUS, row.status());
    if (row.channel() != null) g.append(OrdersSchema.CHANNEL, row.channel());
    if (row.amount() != null) g.append(OrdersSchema.AMOUNT, row.amount());
    if (row.quantity() != null) g.append(OrdersSchema.QUANTITY, row.quantity());
    if (row.createdAtMicros() != null) g.append(OrdersSchema.CREATED_AT, row.createdAtMicros());
    if (row.score() != null) g.append(OrdersSchema.SCORE, row.score());
    if (row.couponCode() != null) g.append(OrdersSchema.COUPON_CODE, row.couponCode());
    return g;
  }
}
