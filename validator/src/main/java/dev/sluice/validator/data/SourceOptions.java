package dev.sluice.validator.data;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to read inputs whose format does not describe itself fully.
 *
 * @param format {@code parquet}, {@code arrow}, {@code csv} or {@code json}; null to tell by
 *     the file's extension, then its first bytes
 * @param delimiter CSV field separator (default {@code ,}; {@code \t} for .tsv files)
 * @param quote CSV quote character (default {@code "})
 * @param header whether the first CSV record names the columns (default true; without one,
 *     columns take the contract's property names in order)
 * @param jsonLayout {@code lines} (JSON Lines) or {@code array} (one array of records per
 *     file); null to tell by the first non-blank character
 * @param expected the types text sources parse values to
 * @param partBytes CSV and JSON Lines files are read as row groups of about this many bytes
 *     (each from the first record that starts past the previous one's share), which scans read
 *     in parallel; default {@value #PART_BYTES}
 * @param threads threads a file's first pass may use (JSON Lines; default: one per core); a
 *     validation gives its own thread count
 */
public record SourceOptions(
    @Nullable String format,
    char delimiter,
    char quote,
    boolean header,
    @Nullable String jsonLayout,
    ExpectedSchema expected,
    long partBytes,
    int threads) {

  public static final long PART_BYTES = 16L << 20;

  public static final SourceOptions DEFAULTS =
      new SourceOptions(null, ',', '"', true, null, ExpectedSchema.NONE, PART_BYTES,
          Runtime.getRuntime().availableProcessors());

  public SourceOptions {
    if (partBytes < 1 || threads < 1) {
      throw new IllegalArgumentException("partBytes and threads must be positive: " + partBytes
          + ", " + threads);
    }
  }

  public Optional<String> formatName() {
    return Optional.ofNullable(format);
  }

  public SourceOptions withExpected(ExpectedSchema schema) {
    return new SourceOptions(format, delimiter, quote, header, jsonLayout,
        schema, partBytes, threads);
  }

  public SourceOptions withFormat(@Nullable String name) {
    return new SourceOptions(name, delimiter, quote, header, jsonLayout,
        expected, partBytes, threads);
  }

  public SourceOptions withCsv(char delimiter, char quote, boolean header) {
    return new SourceOptions(format, delimiter, quote, header, jsonLayout,
        expected, partBytes, threads);
  }

  public SourceOptions withJsonLayout(@Nullable String layout) {
    return new SourceOptions(format, delimiter, quote, header, layout,
        expected, partBytes, threads);
  }

  /** CSV and JSON Lines row groups of about {@code bytes} bytes (see {@link #partBytes}). */
  public SourceOptions withPartBytes(long bytes) {
    return new SourceOptions(format, delimiter, quote, header, jsonLayout,
        expected, bytes, threads);
  }

  /** A first pass on at most {@code n} threads (see {@link #threads}). */
  public SourceOptions withThreads(int n) {
    return new SourceOptions(format, delimiter, quote, header, jsonLayout, expected, partBytes, n);
  }
}
