package dev.sluice.samples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Writes the orders dataset of {@code samples/orders/orders.odcs.yaml} as Parquet, clean or
 * dirty, at any row count; see {@link GeneratorArgs#USAGE} and samples/README.md.
 */
public final class OrdersGenerator {
  private OrdersGenerator() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, Clock.systemUTC(), args);
    if (code != 0) {
      System.exit(code); // only on failure, so that `mvn exec:java` can run it in-process
    }
  }

  /** Runs the generator; returns 0 on success, 2 on a usage error, 3 if writing failed. */
  public static int run(PrintWriter out, PrintWriter err, Clock clock, String... args) {
    GeneratorOptions options;
    try {
      options = GeneratorArgs.parse(List.of(args), clock.instant());
    } catch (IllegalArgumentException e) {
      err.println("OrdersGenerator: " + e.getMessage());
      err.println(GeneratorArgs.USAGE);
      return 2;
    }
    try {
      long start = System.nanoTime();
      Path written = new OrdersWriter(options).write();
      out.printf("wrote %,d %s rows to %s in %d ms%n", options.rows(),
          options.dirty() ? "dirty" : "clean", written, (System.nanoTime() - start) / 1_000_000);
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("OrdersGenerator: could not write " + options.out() + ": " + e);
      return 3;
    }
  }
}
