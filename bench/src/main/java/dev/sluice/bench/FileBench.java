package dev.sluice.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Times both tools on one file, alternating Sluice and DuckDB run after run (the one that goes
 * first alternates too), and checks every run's counts: Sluice against DuckDB, DuckDB against
 * what the generator promises.
 */
final class FileBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Commands commands;
  private final ProcessMeter meter;
  private final int runs;
  private final PrintWriter log;

  FileBench(Commands commands, ProcessMeter meter, int runs, PrintWriter log) {
    this.commands = commands;
    this.meter = meter;
    this.runs = runs;
    this.log = log;
  }

  /** Runs the file; adds each disagreement (once) to {@code mismatches}. */
  FileResult run(BenchFile file, Set<String> mismatches) throws IOException, InterruptedException {
    log.printf("%s (%,d bytes)%n", file.name(), Files.size(file.path()));
    warmPageCache(file.path());
    List<Measured> sluice = new ArrayList<>();
    List<Measured> duckDb = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      boolean sluiceFirst = i % 2 == 0;
      Measured first = sluiceFirst ? runSluice(file) : runDuckDb(file);
      Measured second = sluiceFirst ? runDuckDb(file) : runSluice(file);
      Measured s = sluiceFirst ? first : second;
      Measured d = sluiceFirst ? second : first;
      sluice.add(s);
      duckDb.add(d);
      log.printf("  run %d/%d  sluice %6.2f s %7.1f MiB | duckdb %6.2f s %7.1f MiB%n", i + 1, runs,
          s.wallSeconds(), s.peakRssMib(), d.wallSeconds(), d.peakRssMib());
      compare(file, s, d, mismatches);
    }
    return new FileResult(file, sluice, duckDb);
  }

  private void compare(BenchFile file, Measured sluice, Measured duckDb, Set<String> mismatches)
      throws IOException {
    Map<String, Long> s = SluiceCounts.parse(sluice.stdout());
    Map<String, Long> d = JSON.readValue(duckDb.stdout(), new TypeReference<Map<String, Long>>() {});
    CountComparison.compare("sluice", s, "duckdb", d)
        .forEach(m -> mismatches.add(file.name() + ": " + m));
    CountComparison.compare("duckdb", d, "generator", file.expected())
        .forEach(m -> mismatches.add(file.name() + ": " + m));
  }

  private Measured runSluice(BenchFile file) throws IOException, InterruptedException {
    Measured m = meter.run(commands.sluice(file.path(), List.of()));
    // 0 = passed, 1 = the data violates the contract: both are answers.
    return checked("sluice", m, m.exitCode() == 0 || m.exitCode() == 1);
  }

  private Measured runDuckDb(BenchFile file) throws IOException, InterruptedException {
    Measured m = meter.run(commands.duckDbQuery(file.path()));
    return checked("duckdb", m, m.exitCode() == 0);
  }

  static Measured checked(String tool, Measured m, boolean ok) throws IOException {
    if (!ok) {
      throw new IOException(tool + " exited " + m.exitCode() + ": " + m.stderr().strip());
    }
    return m;
  }

  /** Both tools then read the file from memory, whichever runs first. */
  private static void warmPageCache(Path file) throws IOException {
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      while (in.read(buffer) >= 0) {
        // reading is the point
      }
    }
  }
}
