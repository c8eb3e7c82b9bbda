package dev.sluice.samples;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to generate. Same options, same bytes: {@code producedAt} fixes every timestamp.
 *
 * @param producedAt the {@code lineage.produced_at} tag; orders end just before it
 */
public record GeneratorOptions(
    long rows,
    Path out,
    boolean dirty,
    long seed,
    int rowGroupRows,
    Compression compression,
    Instant producedAt) {

  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_ROW_GROUP_ROWS = 1_000_000;

  public GeneratorOptions {
    if (rows < 0) {
      throw new IllegalArgumentException("--rows must be 0 or more, not " + rows);
    }
    if (rowGroupRows < 1) {
      throw new IllegalArgumentException("--row-group-rows must be 1 or more, not " + rowGroupRows);
    }
    if (out.getFileName() == null) {
      throw new IllegalArgumentException("--out must name a file, not " + out);
    }
  }

  /** Defaults for everything but the row count and the file. */
  public static GeneratorOptions of(long rows, Path out, Instant producedAt) {
    return new GeneratorOptions(rows, out, false, DEFAULT_SEED, DEFAULT_ROW_GROUP_ROWS,
        Compression.SNAPPY, producedAt);
  }

  public GeneratorOptions withDirty(boolean value) {
    return new GeneratorOptions(rows, out, value, seed, rowGroupRows, compression, producedAt);
  }

  public GeneratorOptions withSeed(long value) {
    return new GeneratorOptions(rows, out, dirty, value, rowGroupRows, compression, producedAt);
  }

  public GeneratorOptions withRowGroupRows(int value) {
    return new GeneratorOptions(rows, out, dirty, seed, value, compression, producedAt);
  }

  public GeneratorOptions withCompression(Compression value) {
    return new GeneratorOptions(rows, out, dirty, seed, rowGroupRows, value, producedAt);
  }
}
