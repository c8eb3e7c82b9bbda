package dev.sluice.samples;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Parses the generator's command line; any mistake is an {@link IllegalArgumentException}. */
final class GeneratorArgs {
  static final String USAGE = String.join(System.lineSeparator(),
      "usage: OrdersGenerator --rows N --out FILE [--dirty] [--seed S] [--row-group-rows R]",
      "                       [--compression snappy|zstd|gzip|none] [--produced-at ISO-INSTANT]",
      "  --produced-at defaults to now (whole seconds); fix it to get identical bytes.");

  private GeneratorArgs() {}

  static GeneratorOptions parse(List<String> args, Instant now) {
    Deque<String> rest = new ArrayDeque<>(args);
    Long rows = null;
    Path out = null;
    GeneratorOptions o = GeneratorOptions.of(0, Path.of("orders.parquet"),
        now.truncatedTo(ChronoUnit.SECONDS));
    while (!rest.isEmpty()) {
      String flag = rest.pop();
      switch (flag) {
        case "--rows": rows = parseLong(flag, value(flag, rest)); break;
        case "--out": out = Path.of(value(flag, rest)); break;
        case "--dirty": o = o.withDirty(true); break;
        case "--seed": o = o.withSeed(parseLong(flag, value(flag, rest))); break;
        case "--row-group-rows":
          o = o.withRowGroupRows(Math.toIntExact(parseLong(flag, value(flag, rest))));
          break;
        case "--compression": o = o.withCompression(Compression.parse(value(flag, rest))); break;
        case "--produced-at": o = withProducedAt(o, value(flag, rest)); break;
        default: throw new IllegalArgumentException("unknown option '" + flag + "'");
      }
    }
    if (rows == null || out == null) {
      throw new IllegalArgumentException("--rows and --out are required");
    }
    return new GeneratorOptions(rows, out, o.dirty(), o.seed(), o.rowGroupRows(),
        o.compression(), o.producedAt());
  }

  private static String value(String flag, Deque<String> rest) {
    if (rest.isEmpty() || rest.peek().startsWith("--")) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return rest.pop();
  }

  private static long parseLong(String flag, String text) {
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number, not '" + text + "'", e);
    }
  }

  private static GeneratorOptions withProducedAt(GeneratorOptions o, String text) {
    try {
      Instant at = Instant.parse(text);
      return new GeneratorOptions(o.rows(), o.out(), o.dirty(), o.seed(), o.rowGroupRows(),
          o.compression(), at);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--produced-at needs an ISO instant such as 2026-11-25T09:00:00Z, not '" + text + "'", e);
    }
  }
}
