package dev.sluice.samples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the generator the way its command line does, for tests. */
final class Generated {
  static final Instant PRODUCED_AT = Instant.parse("2026-11-25T09:00:00Z");

  private Generated() {}

  static OrdersFile write(Path out, String... args) throws IOException {
    int code = run(out, args);
    if (code != 0) {
      throw new IllegalStateException("generator exit code " + code);
    }
    return OrdersFile.read(out);
  }

  static int run(Path out, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--out";
    all[1] = out.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    StringWriter sink = new StringWriter();
    PrintWriter w = new PrintWriter(sink);
    return OrdersGenerator.run(w, w, Clock.fixed(PRODUCED_AT, ZoneOffset.UTC), all);
  }
}
