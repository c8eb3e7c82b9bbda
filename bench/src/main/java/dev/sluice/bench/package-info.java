/**
 * The Sluice benchmark: {@link dev.sluice.bench.EndToEnd} times the {@code sluice} CLI against
 * one DuckDB query ({@link dev.sluice.bench.DuckDbRun}) on generated orders files, one process
 * per run, and proves that both count the same failing rows. Nothing here is on Sluice's
 * runtime path; see bench/README.md.
 */
@NullMarked
package dev.sluice.bench;

import org.jspecify.annotations.NullMarked;
