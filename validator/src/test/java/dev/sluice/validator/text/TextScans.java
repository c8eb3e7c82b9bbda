package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test helpers: write small text files, scan whole files into lists, checking alignment. */
final class TextScans {
  private TextScans() {}

  static Path write(Path dir, String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  static Path resource(String name) {
    return DataFileScans.resource("text", name);
  }

  static SourceOptions expecting(Map<String, ValueType> types) {
    return SourceOptions.DEFAULTS.withExpected(new ExpectedSchema(types));
  }

  static Map<String, List<Cell>> scanAll(DataFile file, int batchRows) throws DataProblem {
    return DataFileScans.scanAll(file, batchRows);
  }

  static Map<String, List<Cell>> scan(DataFile file, Set<String> paths, long firstRow,
      int batchRows) throws DataProblem {
    return DataFileScans.scan(file, paths, firstRow, batchRows, batch -> { });
  }

  /** Values of one column, nulls as null, invalid values as {@link Invalid}. */
  static List<Object> values(DataFile file, String path) throws DataProblem {
    return values(scan(file, Set.of(path), 0, 3).get(path));
  }

  static List<Object> values(List<Cell> cells) {
    return DataFileScans.values(cells);
  }

  /** {@code threads} whole scans of one open file at the same time: each result or its failure. */
  static List<Object> scanOnThreads(DataFile file, int threads, int batchRows)
      throws InterruptedException {
    List<Object> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    List<Thread> running = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(new Thread(() -> {
        try {
          results.add(scanAll(file, batchRows));
        } catch (DataProblem | RuntimeException e) {
          results.add(e);
        }
      }));
    }
    running.forEach(Thread::start);
    for (Thread thread : running) {
      thread.join();
    }
    return results;
  }
}
