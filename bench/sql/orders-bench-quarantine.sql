-- The independent check of `sluice validate --quarantine` on the benchmark's orders files:
-- which rows must be rejected, computed by DuckDB from the contract's error-level row rules
-- (bench/contracts/orders-bench.odcs.yaml), and the outputs compared with that row by row, in
-- order. Parameters: the input file, then the accepted and the rejected file Sluice wrote.
-- Rejecting rules (CONTRACT-SEMANTICS.md, "Which rows a quarantine rejects"): order_id required
-- and unique (every occurrence after the first, in file order), customer_id and created_at
-- required, the email pattern, status in its valid values (mustBe 0), amount and quantity
-- ranges. Not rejecting: channel_known (a warning) and score_nulls (a percentage).
-- Nulls never break a range, pattern or enum: a null predicate is not a failure.
WITH input AS (
  SELECT *, row_number() OVER (PARTITION BY order_id ORDER BY file_row_number) AS occurrence
  FROM read_parquet(?, file_row_number = true)
), judged AS (
  SELECT *, coalesce(
      order_id IS NULL OR occurrence > 1
      OR customer_id IS NULL OR created_at IS NULL
      OR NOT regexp_matches(customer_email, '^[^A-Z]*$')
      OR status NOT IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')
      OR amount <= 0 OR isnan(amount) OR amount > 50000
      OR quantity < 1 OR quantity > 100, false) AS rejected
  FROM input
), expected_accepted AS (
  SELECT *, row_number() OVER (ORDER BY file_row_number) AS pos FROM judged WHERE NOT rejected
), expected_rejected AS (
  SELECT *, row_number() OVER (ORDER BY file_row_number) AS pos FROM judged WHERE rejected
), got_accepted AS (
  SELECT *, file_row_number + 1 AS pos FROM read_parquet(?, file_row_number = true)
), got_rejected AS (
  SELECT *, file_row_number + 1 AS pos FROM read_parquet(?, file_row_number = true)
)
SELECT
  (SELECT count(*) FROM judged)                                       AS "input rows",
  (SELECT count(*) FROM got_accepted)                                 AS "accepted rows",
  (SELECT count(*) FROM got_rejected)                                 AS "rejected rows",
  (SELECT count(*) FROM expected_rejected)                            AS "rows DuckDB rejects",
  (SELECT count(*) FROM expected_accepted e FULL JOIN got_accepted g USING (pos)
     WHERE e.pos IS NULL OR g.pos IS NULL
        OR e.order_id IS DISTINCT FROM g.order_id OR e.customer_id IS DISTINCT FROM g.customer_id
        OR e.customer_email IS DISTINCT FROM g.customer_email OR e.status IS DISTINCT FROM g.status
        OR e.channel IS DISTINCT FROM g.channel OR e.amount IS DISTINCT FROM g.amount
        OR e.quantity IS DISTINCT FROM g.quantity OR e.created_at IS DISTINCT FROM g.created_at
        OR e.score IS DISTINCT FROM g.score OR e.coupon_code IS DISTINCT FROM g.coupon_code)
                                                                      AS "accepted rows out of place",
  (SELECT count(*) FROM expected_rejected e FULL JOIN got_rejected g USING (pos)
     WHERE e.pos IS NULL OR g.pos IS NULL
        OR e.order_id IS DISTINCT FROM g.order_id OR e.customer_id IS DISTINCT FROM g.customer_id
        OR e.customer_email IS DISTINCT FROM g.customer_email OR e.status IS DISTINCT FROM g.status
        OR e.channel IS DISTINCT FROM g.channel OR e.amount IS DISTINCT FROM g.amount
        OR e.quantity IS DISTINCT FROM g.quantity OR e.created_at IS DISTINCT FROM g.created_at
        OR e.score IS DISTINCT FROM g.score OR e.coupon_code IS DISTINCT FROM g.coupon_code)
                                                                      AS "rejected rows out of place",
  (SELECT count(*) FROM got_rejected WHERE len(_sluice_violations) = 0)
                                                                      AS "rejected rows without ids"
