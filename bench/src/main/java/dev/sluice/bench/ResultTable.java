package dev.sluice.bench;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints the medians per file and tool, then the ratios against the targets: DuckDB/Sluice
 * wall time at least 2 on dirty files and 3 on clean ones; Sluice/DuckDB peak RSS at most 1
 * (Parquet files; CSV and JSON Lines have no target, their ratios are shown as measured).
 */
final class ResultTable {
  private static final String TIMES = "%-36s %-7s %14s %18s%n";
  private static final String RATIOS = "%-36s %15s %7s %5s %18s %7s %5s%n";

  private ResultTable() {}

  static void print(List<FileResult> results, PrintWriter out) {
    out.printf(TIMES, "file", "tool", "median wall s", "median peak MiB");
    for (FileResult r : results) {
      row(out, r, "sluice", r.sluice());
      row(out, r, "duckdb", r.duckDb());
    }
    out.println();
    out.printf(RATIOS, "file", "duckdb/sluice", "target", "met", "sluice/duckdb RSS", "target", "met");
    for (FileResult r : results) {
      double speedup = r.speedup();
      double rss = r.rssRatio();
      boolean targets = r.file().hasTargets();
      out.printf(RATIOS, r.file().name(), String.format("%.2fx", speedup),
          targets ? String.format(">=%.0fx", r.targetSpeedup()) : "-",
          targets ? yes(speedup >= r.targetSpeedup()) : "-",
          String.format("%.2f", rss), targets ? "<=1" : "-", targets ? yes(rss <= 1.0) : "-");
    }
  }

  private static void row(PrintWriter out, FileResult r, String tool, List<Measured> runs) {
    out.printf(TIMES, r.file().name(), tool,
        String.format("%.2f", FileResult.median(runs, Measured::wallSeconds)),
        String.format("%.1f", FileResult.median(runs, Measured::peakRssMib)));
  }

  private static String yes(boolean met) {
    return met ? "yes" : "NO";
  }
}
