package dev.sluice.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A temporary folder holding test contracts (copied from resources) and Parquet files. */
record Workspace(Path dir) {
  static final List<Object[]> CLEAN_ROWS = List.of(
      TinyParquet.row(1L, "a@example.com", 10.0),
      TinyParquet.row(2L, "b@example.com", 20.0),
      TinyParquet.row(3L, "c@example.com", 30.0));

  static final List<Object[]> DIRTY_ROWS = List.of(
      TinyParquet.row(1L, "a@example.com", 10.0),
      TinyParquet.row(1L, "not-an-email", 150.0),
      TinyParquet.row(null, null, -1.0),
      TinyParquet.row(4L, "d@example.com", 40.0));

  /** Copies {@code contracts/<name>} into the folder and returns its path. */
  Path contract(String name) {
    try (InputStream in = Workspace.class.getResourceAsStream("/contracts/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test contract " + name);
      }
      Path target = dir.resolve(name);
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path parquet(String name, List<Object[]> rows) {
    return TinyParquet.write(dir.resolve(name), rows);
  }

  Path text(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
