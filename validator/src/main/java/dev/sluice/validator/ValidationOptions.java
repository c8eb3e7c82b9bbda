package dev.sluice.validator;

import dev.sluice.validator.data.SourceOptions;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a validation runs. Defaults: the contract's only object (or the one named), 5 samples per
 * check, metadata shortcuts on, absent optional columns a warning, extra columns info, one
 * thread per core, uniqueness state limited to half the maximum heap, no progress.
 *
 * @param objectName which schema object to validate, or null to pick it (see {@link Validator})
 * @param strictPresence absent optional columns fail instead of warn
 * @param noExtraColumns columns the contract does not list fail instead of being reported
 * @param batchRows rows per decoded batch
 * @param threads row groups read at the same time (1 reads on the calling thread)
 * @param uniqueMemoryBytes memory all uniqueness checks together may hold; past it they end in
 *     error with a message saying so, instead of the JVM running out of memory
 * @param progress hears how far the validation has got
 * @param source how to read inputs (format, CSV and JSON layout); the expected column types
 *     come from the contract
 */
public record ValidationOptions(
    @Nullable String objectName,
    int maxSamples,
    boolean metadataShortcuts,
    boolean strictPresence,
    boolean noExtraColumns,
    Clock clock,
    int batchRows,
    int threads,
    long uniqueMemoryBytes,
    Progress progress,
    SourceOptions source) {

  public static final ValidationOptions DEFAULTS = new ValidationOptions(null, 5, true, false,
      false, Clock.systemUTC(), 8192, Runtime.getRuntime().availableProcessors(),
      Runtime.getRuntime().maxMemory() / 2, Progress.NONE, SourceOptions.DEFAULTS);

  public ValidationOptions {
    if (maxSamples < 0 || batchRows < 1 || threads < 1 || uniqueMemoryBytes < 0) {
      throw new IllegalArgumentException(
          "maxSamples >= 0, batchRows >= 1, threads >= 1 and uniqueMemoryBytes >= 0 required");
    }
  }

  public Optional<String> object() {
    return Optional.ofNullable(objectName);
  }

  public ValidationOptions withObject(@Nullable String name) {
    return new ValidationOptions(name, maxSamples, metadataShortcuts, strictPresence,
        noExtraColumns, clock, batchRows, threads, uniqueMemoryBytes, progress, source);
  }

  public ValidationOptions withMaxSamples(int n) {
    return new ValidationOptions(objectName, n, metadataShortcuts, strictPresence,
        noExtraColumns, clock, batchRows, threads, uniqueMemoryBytes, progress, source);
  }

  public ValidationOptions withMetadataShortcuts(boolean on) {
    return new ValidationOptions(objectName, maxSamples, on, strictPresence,
        noExtraColumns, clock, batchRows, threads, uniqueMemoryBytes, progress, source);
  }

  public ValidationOptions withStrictPresence(boolean on) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, on,
        noExtraColumns, clock, batchRows, threads, uniqueMemoryBytes, progress, source);
  }

  public ValidationOptions withNoExtraColumns(boolean on) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence,
        on, clock, batchRows, threads, uniqueMemoryBytes, progress, source);
  }

  public ValidationOptions withClock(Clock c) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence,
        noExtraColumns, c, batchRows, threads, uniqueMemoryBytes, progress, source);
  }

  public ValidationOptions withBatchRows(int n) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence,
        noExtraColumns, clock, n, threads, uniqueMemoryBytes, progress, source);
  }

  public ValidationOptions withThreads(int n) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence,
        noExtraColumns, clock, batchRows, n, uniqueMemoryBytes, progress, source);
  }

  public ValidationOptions withUniqueMemory(long bytes) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence,
        noExtraColumns, clock, batchRows, threads, bytes, progress, source);
  }

  public ValidationOptions withSource(SourceOptions s) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence,
        noExtraColumns, clock, batchRows, threads, uniqueMemoryBytes, progress, s);
  }

  public ValidationOptions withProgress(Progress p) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence,
        noExtraColumns, clock, batchRows, threads, uniqueMemoryBytes, p, source);
  }
}
