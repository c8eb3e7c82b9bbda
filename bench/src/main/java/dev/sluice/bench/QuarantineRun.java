package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cost and the correctness of {@code validate --quarantine}: on each file, runs of
 * the validation alone and of the validation with the split alternate (medians, ratio; the
 * target is at most 1.5x), then DuckDB recomputes from the input which rows must be rejected
 * ({@code bench/sql/orders-bench-quarantine.sql}) and compares both outputs with that, row by
 * row and in order. DuckDB's rewrite of the same file is timed beside them: what writing every
 * row once more costs a native engine on the same cores.
 */
final class QuarantineRun {
  static final double TARGET_RATIO = 1.5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Commands commands;
  private final ProcessMeter meter;
  private final EndToEndOptions options;
  private final PrintWriter out;

  QuarantineRun(Commands commands, ProcessMeter meter, EndToEndOptions options, PrintWriter out) {
    this.commands = commands;
    this.meter = meter;
    this.options = options;
    this.out = out;
  }

  /**
   * One file's medians. {@code rewriteSeconds}: DuckDB copying the same file with its own
   * Parquet writer, the cost of writing every row once more with a native engine (a
   * quarantine writes every row once more, to one side or the other).
   */
  private record Result(String file, double validateSeconds, double quarantineSeconds,
      double validateMib, double quarantineMib, double rewriteSeconds) {}

  void run(List<Path> files, Set<String> mismatches) throws IOException, InterruptedException {
    List<Result> results = new ArrayList<>();
    for (Path file : files) {
      results.add(measure(file, mismatches));
    }
    out.printf("%nvalidate vs validate --quarantine, medians of %d alternating run(s)%n",
        options.runs());
    out.printf("%-34s %12s %14s %7s %14s %14s %18s%n", "file", "validate s", "quarantine s",
        "ratio", "validate MiB", "quarantine MiB", "DuckDB rewrite s");
    for (Result r : results) {
      double ratio = r.quarantineSeconds() / r.validateSeconds();
      out.printf("%-34s %12.2f %14.2f %6.2fx %14.1f %14.1f %18.2f  %s%n", r.file(),
          r.validateSeconds(), r.quarantineSeconds(), ratio, r.validateMib(), r.quarantineMib(),
          r.rewriteSeconds(), ratio <= TARGET_RATIO ? "within 1.5x" : "over 1.5x");
    }
  }

  private Result measure(Path file, Set<String> mismatches)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("sluice-quarantine-");
    List<Measured> plain = new ArrayList<>();
    List<Measured> split = new ArrayList<>();
    List<Measured> rewrite = new ArrayList<>();
    Measured last = null;
    for (int i = 0; i < options.runs(); i++) {
      Measured p = meter.run(commands.sluice(file, List.of()));
      FileBench.checked("sluice", p, p.exitCode() <= 1);
      plain.add(p);
      Measured q = meter.run(commands.sluice(file, List.of(),
          List.of("--quarantine", dir.toString())));
      FileBench.checked("sluice --quarantine", q, q.exitCode() <= 1);
      split.add(q);
      last = q;
      Measured d = meter.run(commands.duckDbCopy(file, dir.resolve("duckdb-rewrite.parquet")));
      FileBench.checked("DuckDB rewrite", d, d.exitCode() == 0);
      rewrite.add(d);
      out.printf("  %s run %d/%d  validate %6.2f s %7.1f MiB · with quarantine %6.2f s %7.1f MiB"
          + " · DuckDB rewrite %6.2f s%n", file.getFileName(), i + 1, options.runs(),
          p.wallSeconds(), p.peakRssMib(), q.wallSeconds(), q.peakRssMib(), d.wallSeconds());
    }
    verify(file, dir, last, mismatches);
    deleteTree(dir);
    return new Result(file.getFileName().toString(), FileResult.median(plain, Measured::wallSeconds),
        FileResult.median(split, Measured::wallSeconds), FileResult.median(plain, Measured::peakRssMib),
        FileResult.median(split, Measured::peakRssMib),
        FileResult.median(rewrite, Measured::wallSeconds));
  }

  /** DuckDB's verdict on the outputs; each disagreement goes to {@code mismatches}. */
  private void verify(Path file, Path dir, Measured run, Set<String> mismatches)
      throws IOException {
    Map<String, Long> c;
    try (DuckDbQuery db = DuckDbQuery.open(options.threads())) {
      c = db.counts(Files.readString(options.quarantineSql()), file,
          dir.resolve("accepted.parquet"), dir.resolve("rejected.parquet"));
    } catch (SQLException e) {
      throw new IOException("DuckDB could not check the quarantine of " + file + ": "
          + e.getMessage(), e);
    }
    out.printf("  %s: DuckDB check %s%n", file.getFileName(), c);
    String name = file.getFileName() + " quarantine: ";
    long sluiceRejected = JSON.readTree(run.stdout()).path("quarantine").path("rejectedRows")
        .asLong(-1);
    expect(mismatches, name + "accepted + rejected = input", c.get("accepted rows")
        + c.get("rejected rows"), c.get("input rows"));
    expect(mismatches, name + "rejected rows = DuckDB's", c.get("rejected rows"),
        c.get("rows DuckDB rejects"));
    expect(mismatches, name + "reported rejected rows = DuckDB's", sluiceRejected,
        c.get("rows DuckDB rejects"));
    expect(mismatches, name + "accepted rows out of place", c.get("accepted rows out of place"), 0);
    expect(mismatches, name + "rejected rows out of place", c.get("rejected rows out of place"), 0);
    expect(mismatches, name + "rejected rows without ids", c.get("rejected rows without ids"), 0);
  }

  private static void expect(Set<String> mismatches, String what, long got, long wanted) {
    if (got != wanted) {
      mismatches.add(what + ": " + got + ", expected " + wanted);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
