/**
 * The sample orders dataset: a generator that writes it as Parquet at any size, clean or with
 * a known, documented number of defects per check of {@code samples/orders/orders.odcs.yaml}.
 *
 * <p>Entry point: {@link dev.sluice.samples.OrdersGenerator}. Expected defect counts for any
 * row count: {@link dev.sluice.samples.Defects}.
 */
@NullMarked
package dev.sluice.samples;

import org.jspecify.annotations.NullMarked;
