package dev.sluice.validator.infer;

import dev.sluice.validator.data.SourceOptions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ContractInference} reads the data and what it claims.
 *
 * @param name the contract's and the schema object's name; null for the first file's stem
 * @param serverPath the {@code path} of the {@code local} server; null for the files as given
 *     (one file: its path; several: a glob over their folder and extension)
 * @param enumThreshold at most this many distinct strings make an enum ({@code validValues})
 * @param enumRowFraction and at most this fraction of the non-null values (0.01: one distinct
 *     value per hundred values), so that an enum is seen often enough to be believed
 * @param dateRanges also bound dates and timestamps (day-rounded, outward); off by default,
 *     since tomorrow's data would fail an observed maximum
 * @param distinctMemoryBytes memory all exact distinct-value sets together may hold; a column
 *     whose set no longer fits falls back to a HyperLogLog estimate and claims no uniqueness
 *     and no enum
 * @param threads row groups read at the same time
 * @param batchRows rows per decoded batch
 * @param source how to read the inputs (format, CSV dialect, JSON layout); its expected types
 *     are ignored: inference decides them
 */
public record InferOptions(
    @Nullable String name,
    @Nullable String serverPath,
    int enumThreshold,
    double enumRowFraction,
    boolean dateRanges,
    long distinctMemoryBytes,
    int threads,
    int batchRows,
    SourceOptions source) {

  public static final InferOptions DEFAULTS = new InferOptions(null, null, 20, 0.01, false,
      Runtime.getRuntime().maxMemory() / 4, Math.min(4, Runtime.getRuntime().availableProcessors()),
      8192, SourceOptions.DEFAULTS);

  public InferOptions {
    if (enumThreshold < 0 || enumRowFraction < 0 || distinctMemoryBytes < 0 || threads < 1
        || batchRows < 1) {
      throw new IllegalArgumentException("enumThreshold, enumRowFraction, distinctMemoryBytes >= 0,"
          + " threads, batchRows >= 1 required");
    }
  }

  public Optional<String> nameOption() {
    return Optional.ofNullable(name);
  }

  public InferOptions withName(@Nullable String value) {
    return new InferOptions(value, serverPath, enumThreshold, enumRowFraction, dateRanges,
        distinctMemoryBytes, threads, batchRows, source);
  }

  public InferOptions withServerPath(@Nullable String value) {
    return new InferOptions(name, value, enumThreshold, enumRowFraction, dateRanges,
        distinctMemoryBytes, threads, batchRows, source);
  }

  public InferOptions withEnumThreshold(int value) {
    return new InferOptions(name, serverPath, value, enumRowFraction, dateRanges,
        distinctMemoryBytes, threads, batchRows, source);
  }

  public InferOptions withEnumRowFraction(double value) {
    return new InferOptions(name, serverPath, enumThreshold, value, dateRanges,
        distinctMemoryBytes, threads, batchRows, source);
  }

  public InferOptions withDateRanges(boolean value) {
    return new InferOptions(name, serverPath, enumThreshold, enumRowFraction, value,
        distinctMemoryBytes, threads, batchRows, source);
  }

  public InferOptions withDistinctMemory(long bytes) {
    return new InferOptions(name, serverPath, enumThreshold, enumRowFraction, dateRanges, bytes,
        threads, batchRows, source);
  }

  public InferOptions withThreads(int value) {
    return new InferOptions(name, serverPath, enumThreshold, enumRowFraction, dateRanges,
        distinctMemoryBytes, value, batchRows, source);
  }

  public InferOptions withBatchRows(int value) {
    return new InferOptions(name, serverPath, enumThreshold, enumRowFraction, dateRanges,
        distinctMemoryBytes, threads, value, source);
  }

  public InferOptions withSource(SourceOptions value) {
    return new InferOptions(name, serverPath, enumThreshold, enumRowFraction, dateRanges,
        distinctMemoryBytes, threads, batchRows, value);
  }
}
