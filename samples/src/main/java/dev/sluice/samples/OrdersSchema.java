package dev.sluice.samples;

import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of the orders dataset. Every column is optional so that clean and dirty
 * files share one schema; {@code required: true} in the contract is checked on the values.
 */
public final class OrdersSchema {
  public static final String ORDER_ID = "order_id";
  public static final String CUSTOMER_ID = "customer_id";
  public static final String CUSTOMER_EMAIL = "customer_email";
  public static final String STATUS = "status";
  public static final String CHANNEL = "channel";
  public static final String AMOUNT = "amount";
  public static final String QUANTITY = "quantity";
  public static final String CREATED_AT = "created_at";
  public static final String SCORE = "score";
  public static final String COUPON_CODE = "coupon_code";

  /** {@code message orders}: ten optional columns in contract order. */
  public static final MessageType TYPE = build();

  private OrdersSchema() {}

  private static MessageType build() {
    LogicalTypeAnnotation text = LogicalTypeAnnotation.stringType();
    return Types.buildMessage()
        .optional(INT64).named(ORDER_ID)
        .optional(INT64).named(CUSTOMER_ID)
        .optional(BINARY).as(text).named(CUSTOMER_EMAIL)
        .optional(BINARY).as(text).named(STATUS)
        .optional(BINARY).as(text).named(CHANNEL)
        .optional(DOUBLE).named(AMOUNT)
        .optional(INT32).named(QUANTITY)
        .optional(INT64).as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS))
        .named(CREATED_AT)
        .optional(DOUBLE).named(SCORE)
        .optional(BINARY).as(text).named(COUPON_CODE)
        .named("orders");
  }
}
