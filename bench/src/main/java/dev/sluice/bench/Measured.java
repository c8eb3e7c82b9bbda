package dev.sluice.bench;

/**
 * One process run: wall time, peak resident set size, exit code and what it printed.
 *
 * @param peakRssKib the high-water mark of the process's resident set, in KiB
 */
public record Measured(double wallSeconds, long peakRssKib, int exitCode, String stdout, String stderr) {
  public double peakRssMib() {
    return peakRssKib / 1024.0;
  }
}
