package dev.sluice.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The linearity check: Sluice alone, with a 512 MiB heap, on clean files of growing size. Time
 * per row should stay flat and peak RSS should not grow with the file.
 */
final class ScaleRun {
  static final String HEAP = "-Xmx512m";

  private final Commands commands;
  private final ProcessMeter meter;
  private final int runs;
  private final PrintWriter out;

  ScaleRun(Commands commands, ProcessMeter meter, int runs, PrintWriter out) {
    this.commands = commands;
    this.meter = meter;
    this.runs = runs;
    this.out = out;
  }

  /** The medians of one size. */
  private record Size(long rows, double wallSeconds, double peakMib) {
    double nanosPerRow() {
      return wallSeconds * 1e9 / rows;
    }
  }

  /** Runs every size; adds count disagreements with the generator to {@code mismatches}. */
  void run(List<Long> sizes, BenchData data, Set<String> mismatches)
      throws IOException, InterruptedException {
    List<Size> results = new ArrayList<>();
    for (long rows : sizes) {
      List<Measured> m = timed(data.generated(rows, false), rows, mismatches);
      results.add(new Size(rows, FileResult.median(m, Measured::wallSeconds),
          FileResult.median(m, Measured::peakRssMib)));
    }
    out.printf("%nSluice alone, %s, %d run(s) per size%n", HEAP, runs);
    out.printf("%14s %14s %10s %16s %14s%n", "rows", "median wall s", "ns/row", "median peak MiB",
        "ns/row vs 1st");
    double base = results.get(0).nanosPerRow();
    for (Size s : results) {
      out.printf("%,14d %14.2f %10.1f %16.1f %14.2f%n", s.rows(), s.wallSeconds(), s.nanosPerRow(),
          s.peakMib(), s.nanosPerRow() / base);
    }
  }

  private List<Measured> timed(Path file, long rows, Set<String> mismatches)
      throws IOException, InterruptedException {
    List<Measured> measured = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Measured m = meter.run(commands.sluice(file, List.of(HEAP)));
      FileBench.checked("sluice", m, m.exitCode() <= 1);
      out.printf("  %s run %d/%d  %6.2f s %7.1f MiB%n", file.getFileName(), i + 1, runs,
          m.wallSeconds(), m.peakRssMib());
      CountComparison.compare("sluice", SluiceCounts.parse(m.stdout()), "generator",
          ExpectedCounts.of(rows, false)).forEach(x -> mismatches.add(file.getFileName() + ": " + x));
      measured.add(m);
    }
    return measured;
  }
}
