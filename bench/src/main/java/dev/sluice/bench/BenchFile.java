package dev.sluice.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * A file both tools are timed on.
 *
 * @param dirty whether it carries the generator's defects (it then has the 2x target, else 3x)
 * @param expected the counts the generator promises for it
 */
record BenchFile(Path path, boolean dirty, Map<String, Long> expected) {
  BenchFile {
    expected = Map.copyOf(expected);
  }

  String name() {
    return String.valueOf(path.getFileName());
  }

  /** Whether the speed targets apply: they are set for Parquet files only. */
  boolean hasTargets() {
    return name().endsWith(".parquet");
  }
}
