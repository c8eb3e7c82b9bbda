package dev.sluice.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's data files, made when missing: orders files from the samples generator and
 * their copies written by DuckDB. Existing files are reused as they are; the names carry the
 * row count ({@code orders-10m-dirty.parquet}, {@code orders-10m-dirty-duckdb.parquet}).
 */
final class BenchData {
  private final Commands commands;
  private final Path dir;
  private final PrintWriter log;

  BenchData(Commands commands, Path dir, PrintWriter log) {
    this.commands = commands;
    this.dir = dir;
    this.log = log;
  }

  /** A generated file of {@code rows} rows, clean or dirty. */
  Path generated(long rows, boolean dirty) throws IOException, InterruptedException {
    Path file = dir.resolve("orders-" + label(rows) + (dirty ? "-dirty" : "-clean") + ".parquet");
    if (!Files.exists(file)) {
      Files.createDirectories(dir);
      log.printf("generating %s ...%n", file);
      run(commands.generator(rows, dirty, file));
    }
    return file;
  }

  /** The same rows written again by DuckDB, next to {@code source}. */
  Path duckDbCopy(Path source) throws IOException, InterruptedException {
    return copyOnce(source, "-duckdb.parquet");
  }

  /** The same rows as CSV ({@code csv}) or JSON Lines ({@code jsonl}), written by DuckDB. */
  Path textCopy(Path source, String extension) throws IOException, InterruptedException {
    return copyOnce(source, "." + extension);
  }

  /** {@code source}'s rows written by DuckDB beside it, named by {@code suffix}, unless there. */
  private Path copyOnce(Path source, String suffix) throws IOException, InterruptedException {
    String name = source.getFileName().toString().replaceFirst("\\.parquet$", "");
    Path file = source.resolveSibling(name + suffix);
    if (!Files.exists(file)) {
      log.printf("writing %s with DuckDB ...%n", file);
      run(commands.duckDbCopy(source, file));
    }
    return file;
  }

  /** {@code 10m} for 10,000,000; {@code 200k} for 200,000; else the number. */
  static String label(long rows) {
    if (rows % 1_000_000 == 0) {
      return rows / 1_000_000 + "m";
    }
    return rows % 1_000 == 0 ? rows / 1_000 + "k" : Long.toString(rows);
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    log.flush();
    Process p = new ProcessBuilder(command).inheritIO().start();
    int code = p.waitFor();
    if (code != 0) {
      throw new IOException("exit " + code + " from " + String.join(" ", command));
    }
  }
}
