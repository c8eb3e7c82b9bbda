package dev.sluice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Every timed run of both tools on one file; the table shows their medians. */
record FileResult(BenchFile file, List<Measured> sluice, List<Measured> duckDb) {
  FileResult {
    sluice = List.copyOf(sluice);
    duckDb = List.copyOf(duckDb);
  }

  /** The speed-up the targets ask for: 2x on dirty files, 3x on clean ones. */
  double targetSpeedup() {
    return file.dirty() ? 2.0 : 3.0;
  }

  /** DuckDB's median wall time over Sluice's: above 1, Sluice is faster. */
  double speedup() {
    return median(duckDb, Measured::wallSeconds) / median(sluice, Measured::wallSeconds);
  }

  /** Sluice's median peak RSS over DuckDB's: at most 1 meets the target. */
  double rssRatio() {
    return median(sluice, Measured::peakRssMib) / median(duckDb, Measured::peakRssMib);
  }

  static double median(List<Measured> runs, ToDoubleFunction<Measured> metric) {
    List<Double> values = new ArrayList<>();
    runs.forEach(m -> values.add(metric.applyAsDouble(m)));
    values.sort(null);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }
}
