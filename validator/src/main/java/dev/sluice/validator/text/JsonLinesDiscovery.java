package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongConsumer;

/**
 * The first pass over a JSON Lines file ({@link JsonDiscovery}), on every core: a file of at
 * least two parts' worth of bytes per core is cut into ranges of lines (each from the first line
 * that starts at or after its share of the bytes; a line belongs to the range it starts in), each
 * range is discovered on its own thread, and the discoveries are joined in file order, so rows,
 * line numbers, columns and their order are those one pass would find; each range also begins
 * a part (row group), so there may be more parts than one pass notes.
 */
final class JsonLinesDiscovery {
  private JsonLinesDiscovery() {}

  /**
   * The discovery of {@code file}'s records on at most {@code threads} threads, parts of about
   * {@code partBytes} noted.
   */
  static JsonDiscovery run(Path file, String display, PathTree tree, long partBytes,
      int threads) throws DataProblem {
    return run(file, display, tree, partBytes, threads, bytes -> { });
  }

  /** As above, telling {@code bytesRead} (from several threads) how far the reading has got. */
  static JsonDiscovery run(Path file, String display, PathTree tree, long partBytes,
      int threads, LongConsumer bytesRead) throws DataProblem {
    long size = size(file, display);
    int ranges = (int) Math.max(1, Math.min(threads, size / 2 / partBytes));
    long[] starts = new long[ranges + 1];
    starts[ranges] = Long.MAX_VALUE; // the last range runs to the end of the file
    for (int k = 1; k < ranges; k++) {
      starts[k] = Math.max(starts[k - 1], lineStartFrom(file, display, k * (size / ranges)));
    }
    List<FutureTask<Range>> tasks = new ArrayList<>();
    for (int k = 0; k < ranges; k++) {
      long from = starts[k];
      long to = starts[k + 1];
      tasks.add(new FutureTask<>(
          () -> discover(file, display, tree, partBytes, from, to, bytesRead)));
    }
    try {
      for (int k = 1; k < ranges; k++) {
        Thread thread = new Thread(tasks.get(k), "sluice-json-discovery-" + k);
        thread.setDaemon(true);
        thread.start();
      }
      tasks.get(0).run();
      Range first = join(tasks.get(0), display);
      JsonDiscovery all = first.discovery();
      long line = 1 + first.lineEnds();
      for (int k = 1; k < ranges; k++) {
        Range range = join(tasks.get(k), display);
        all.append(range.discovery(), starts[k], line);
        line += range.lineEnds();
      }
      return all;
    } finally {
      tasks.forEach(task -> task.cancel(true)); // after a problem, the others' work is moot
    }
  }

  /** One range's discovery, and how many line ends it read. */
  private record Range(JsonDiscovery discovery, long lineEnds) {}

  private static Range discover(Path file, String display, PathTree tree, long partBytes,
      long from, long to, LongConsumer bytesRead) throws DataProblem {
    JsonDiscovery found = new JsonDiscovery(tree, partBytes);
    if (from >= to) {
      return new Range(found, 0);
    }
    InputStream range = TextFiles.counted(TextFiles.range(file, display, from, to), bytesRead);
    long next = JsonDataFile.read(range, display, false, 1, found);
    return new Range(found, next - 1);
  }

  /**
   * The offset (after any byte order mark) of the first line that starts at or after {@code
   * at}; past the end of the file when none does.
   */
  private static long lineStartFrom(Path file, String display, long at) throws DataProblem {
    try (InputStream in = TextFiles.open(file, display)) {
      long offset = at - 1; // a line starts at {@code at} when a line ends right before it
      in.skipNBytes(offset);
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        int lf = ByteScan.indexOf(buf, 0, n, (byte) '\n');
        if (lf >= 0) {
          return offset + lf + 1;
        }
        offset += n;
      }
      return Long.MAX_VALUE;
    } catch (EOFException e) {
      return Long.MAX_VALUE;
    } catch (IOException e) {
      throw new DataProblem(display, "cannot read: " + TextFiles.describe(e), e);
    }
  }

  private static long size(Path file, String display) throws DataProblem {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new DataProblem(display, "cannot read: " + TextFiles.describe(e), e);
    }
  }

  private static Range join(FutureTask<Range> task, String display) throws DataProblem {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataProblem(display, "interrupted while reading");
    } catch (ExecutionException e) {
      throw DataProblem.ofTask(e);
    }
  }
}
