/**
 * JMH benchmarks, run with {@code java -jar bench/target/benchmarks.jar}: the library's
 * throughput on generated files, without process start-up.
 */
@NullMarked
package dev.sluice.bench.jmh;

import org.jspecify.annotations.NullMarked;
