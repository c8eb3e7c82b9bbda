package dev.sluice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one process and measures its wall time (from start to exit, by this JVM's clock) and its
 * peak RSS: from GNU time's {@code %M} when {@code /usr/bin/time} exists, else by polling the
 * {@code VmHWM} line of {@code /proc/<pid>/status} every few milliseconds (a high-water mark,
 * so polling only misses growth in the last few milliseconds of the process).
 */
public final class ProcessMeter {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final long POLL_MILLIS = 5;

  private final boolean useGnuTime;

  private ProcessMeter(boolean useGnuTime) {
    this.useGnuTime = useGnuTime;
  }

  /** GNU time when present, else {@code /proc} polling. */
  public static ProcessMeter detect() {
    return new ProcessMeter(Files.isExecutable(GNU_TIME));
  }

  /** {@code /proc} polling even where GNU time exists (for tests). */
  static ProcessMeter polling() {
    return new ProcessMeter(false);
  }

  /** How peak RSS is measured, for the report. */
  public String method() {
    return useGnuTime ? "GNU time %M" : "VmHWM polled every " + POLL_MILLIS + " ms";
  }

  /** Runs {@code command} to its end; its output goes to temporary files, read afterwards. */
  public Measured run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("sluice-bench-", ".out");
    Path err = Files.createTempFile("sluice-bench-", ".err");
    Path timeFile = Files.createTempFile("sluice-bench-", ".time");
    try {
      List<String> full = useGnuTime ? withGnuTime(command, timeFile) : command;
      ProcessBuilder builder = new ProcessBuilder(full)
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      long polledKib = useGnuTime ? 0 : pollPeak(process);
      int code = process.waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      long peakKib = useGnuTime ? GnuTimeOutput.peakKib(Files.readString(timeFile)) : polledKib;
      return new Measured(wall, peakKib, code, Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      Files.deleteIfExists(timeFile);
    }
  }

  private static List<String> withGnuTime(List<String> command, Path timeFile) {
    List<String> full = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %M", "-o",
        timeFile.toString()));
    full.addAll(command);
    return full;
  }

  private static long pollPeak(Process process) throws InterruptedException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    long peak = 0;
    while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, ProcStatus.highWaterKib(status));
    }
    return peak;
  }
}
