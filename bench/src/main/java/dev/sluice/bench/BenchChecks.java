package dev.sluice.bench;

import java.util.List;

/**
 * The checks both tools count, named {@code property.kind} as in Sluice's JSON report and as the
 * columns of bench/sql/orders-bench.sql. The contract has ten rules; its two ranges are two
 * checks each ({@code minimum}, {@code maximum}), hence twelve counts.
 */
public final class BenchChecks {
  /** Every compared check, in contract order. */
  public static final List<String> NAMES = List.of(
      "order_id.required", "order_id.unique", "customer_id.required", "customer_email.pattern",
      "status.invalidValues", "channel.invalidValues", "amount.minimum", "amount.maximum",
      "quantity.minimum", "quantity.maximum", "created_at.required", "score.nullValues");

  /** Classpath location of the contract (a copy of bench/contracts/orders-bench.odcs.yaml). */
  public static final String CONTRACT_RESOURCE = "orders-bench.odcs.yaml";

  /** Classpath location of the query (a copy of bench/sql/orders-bench.sql). */
  public static final String SQL_RESOURCE = "orders-bench.sql";

  private BenchChecks() {}

  /** The name of a report check: {@code property.kind}. */
  public static String name(String property, String kind) {
    return property + "." + kind;
  }
}
