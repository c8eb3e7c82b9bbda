package dev.sluice.samples;

import org.jspecify.annotations.Nullable;

/**
 * One row of the orders dataset; a null field is written as a Parquet null.
 *
 * @param createdAtMicros microseconds since the epoch, UTC
 */
record OrderRow(
    @Nullable Long orderId,
    @Nullable Long customerId,
    @Nullable String customerEmail,
    @Nullable String status,
    @Nullable String channel,
    @Nullable Double amount,
    @Nullable Integer quantity,
    @Nullable Long createdAtMicros,
    @Nullable Double score,
    @Nullable String couponCode) {

  OrderRow withOrderId(@Nullable Long v) {
    return new OrderRow(v, customerId, customerEmail, status, channel, amount, quantity,
        createdAtMicros, score, couponCode);
  }

  OrderRow withCustomer(@Nullable Long id, @Nullable Long createdAt) {
    return new OrderRow(orderId, id, customerEmail, status, channel, amount, quantity,
        createdAt, score, couponCode);
  }

  OrderRow withCustomerEmail(@Nullable String v) {
    return new OrderRow(orderId, customerId, v, status, channel, amount, quantity,
        createdAtMicros, score, couponCode);
  }

  OrderRow withStatus(@Nullable String v) {
    return new OrderRow(orderId, customerId, customerEmail, v, channel, amount, quantity,
        createdAtMicros, score, couponCode);
  }

  OrderRow withChannel(@Nullable String v) {
    return new OrderRow(orderId, customerId, customerEmail, status, v, amount, quantity,
        createdAtMicros, score, couponCode);
  }

  OrderRow withAmount(@Nullable Double v) {
    return new OrderRow(orderId, customerId, customerEmail, status, channel, v, quantity,
        createdAtMicros, score, couponCode);
  }

  OrderRow withQuantity(@Nullable Integer v) {
    return new OrderRow(orderId, customerId, customerEmail, status, channel, amount, v,
        createdAtMicros, score, couponCode);
  }

  OrderRow withScore(@Nullable Double v) {
    return new OrderRow(orderId, customerId, customerEmail, status, channel, amount, quantity,
        createdAtMicros, v, couponCode);
  }

  OrderRow withCouponCode(@Nullable String v) {
    return new OrderRow(orderId, customerId, customerEmail, status, channel, amount, quantity,
        createdAtMicros, score, v);
  }
}
