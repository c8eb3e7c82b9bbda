package dev.sluice.samples;

import java.time.Instant;
import java.util.List;

/**
 * Clean order rows: every value passes every check of {@code orders.odcs.yaml}. Row {@code i}
 * is a pure function of the seed, the row count, the production time and {@code i}.
 *
 * <p>Orders are one second apart (plus sub-second jitter) and end just before the production
 * time, so {@code created_at} is strictly increasing and the newest order is under a second
 * older than {@code lineage.produced_at}.
 */
final class CleanRows {
  static final long FIRST_ORDER_ID = 1_000_001L;
  static final int CUSTOMERS = 50_000;
  /**
   * Every 50th email and score is null in clean data too (rows 49, 99, ...): at most 2 % at any
   * row count, under the 5 % limits.
   */
  static final int NULL_EMAIL_PERIOD = 50;
  static final int NULL_SCORE_PERIOD = 50;
  /** Every 40th channel is null (rows 39, 79, ...): nulls are never invalid values. */
  static final int NULL_CHANNEL_PERIOD = 40;

  private static final List<String> FIRST = List.of(
      "ada", "alan", "grace", "edsger", "barbara", "donald", "margaret", "linus", "radia", "ken");
  private static final List<String> LAST = List.of(
      "lovelace", "turing", "hopper", "dijkstra", "liskov", "knuth", "hamilton", "torvalds",
      "perlman", "thompson");
  private static final List<String> DOMAINS = List.of("example.com", "example.org", "mail.example.net");
  private static final List<String> STATUSES = List.of(
      "delivered", "delivered", "delivered", "shipped", "shipped", "paid", "pending", "cancelled",
      "refunded");
  private static final List<String> CHANNELS = List.of("web", "web", "app", "app", "store", "phone");
  private static final List<String> COUPONS = List.of(
      "SAVE10", "WELCOME15", "FREESHIP", "BF-2026", "SPRING-SALE");

  private final long seed;
  private final long firstMicros;

  CleanRows(long seed, long rows, Instant producedAt) {
    this.seed = seed;
    long producedMicros = Math.multiplyExact(producedAt.getEpochSecond(), 1_000_000L)
        + producedAt.getNano() / 1_000;
    this.firstMicros = producedMicros - Math.multiplyExact(rows, 1_000_000L);
  }

  OrderRow row(long i) {
    RowRandom r = new RowRandom(seed, i);
    long customer = 1 + r.nextInt(CUSTOMERS);
    String email = email(customer);
    String status = pick(r, STATUSES);
    String channel = pick(r, CHANNELS);
    double amount = (100 + r.nextInt(250_000)) / 100.0;
    int quantity = 1 + r.nextInt(10);
    long createdAt = firstMicros + i * 1_000_000L + r.nextInt(1_000_000);
    double score = Math.floor(r.nextDouble() * 10_000) / 10_000;
    String coupon = r.nextInt(4) == 0 ? pick(r, COUPONS) : null;
    return new OrderRow(FIRST_ORDER_ID + i, customer,
        isNull(i, NULL_EMAIL_PERIOD) ? null : email, status,
        isNull(i, NULL_CHANNEL_PERIOD) ? null : channel, amount, quantity, createdAt,
        isNull(i, NULL_SCORE_PERIOD) ? null : score, coupon);
  }

  /** Clean nulls fall on the last row of each period, so that short files have none. */
  static boolean isNull(long row, int period) {
    return row % period == period - 1;
  }

  /** One address per customer, so that a customer's orders agree. */
  private static String email(long customer) {
    int c = (int) customer;
    return FIRST.get(c % FIRST.size()) + "." + LAST.get(c / FIRST.size() % LAST.size()) + customer
        + "@" + DOMAINS.get(c % DOMAINS.size());
  }

  private static String pick(RowRandom r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }
}
