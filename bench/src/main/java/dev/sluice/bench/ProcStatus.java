package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the {@code VmHWM} (peak resident set, KiB) line of a {@code /proc/<pid>/status} file. */
final class ProcStatus {
  private ProcStatus() {}

  /** The peak RSS in KiB, or 0 once the process is gone (its file vanished). */
  static long highWaterKib(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0; // the process exited between waitFor and the read
    }
    return 0;
  }
}
