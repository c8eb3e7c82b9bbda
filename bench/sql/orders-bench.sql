-- The ten rules of bench/contracts/orders-bench.odcs.yaml as ONE DuckDB query: what
-- datacontract-cli would run, fused into a single scan (which favours DuckDB). Each column is
-- the exact failing-row count of one Sluice check, named <property>.<kind> as in Sluice's JSON
-- report; the two ranges give two checks each (minimum, maximum), so ten rules are twelve
-- counts. Semantics mirror Sluice's (its contract-semantics rules):
--   * nulls are never out of range, invalid or non-matching: only required/nullValues see them
--     (a null makes each FILTER predicate below null, so it is not counted);
--   * unique = non-null rows minus distinct non-null values (every occurrence after the first);
--   * pattern is a search, not a full match (RE2J find() in Sluice = regexp_matches here;
--     the contract anchors it with ^...$);
--   * NaN is outside every range (DuckDB orders NaN above every number, so only the lower
--     bound needs isnan);
--   * invalidValues counts non-null values not in validValues, compared exactly (case matters).
-- The single parameter is the Parquet file.
SELECT
  count(*) FILTER (WHERE order_id IS NULL)                          AS "order_id.required",
  count(order_id) - count(DISTINCT order_id)                        AS "order_id.unique",
  count(*) FILTER (WHERE customer_id IS NULL)                       AS "customer_id.required",
  count(*) FILTER (WHERE NOT regexp_matches(customer_email, '^[^A-Z]*$'))
                                                                    AS "customer_email.pattern",
  count(*) FILTER (WHERE status NOT IN
      ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded'))
                                                                    AS "status.invalidValues",
  count(*) FILTER (WHERE channel NOT IN ('web', 'app', 'store', 'phone'))
                                                                    AS "channel.invalidValues",
  count(*) FILTER (WHERE amount <= 0 OR isnan(amount))              AS "amount.minimum",
  count(*) FILTER (WHERE amount > 50000)                            AS "amount.maximum",
  count(*) FILTER (WHERE quantity < 1)                              AS "quantity.minimum",
  count(*) FILTER (WHERE quantity > 100)                            AS "quantity.maximum",
  count(*) FILTER (WHERE created_at IS NULL)                        AS "created_at.required",
  count(*) FILTER (WHERE score IS NULL)                             AS "score.nullValues"
FROM read_parquet(?)
