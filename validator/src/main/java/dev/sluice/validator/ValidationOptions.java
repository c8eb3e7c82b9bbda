package dev.sluice.validator;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a validation runs. Defaults: the contract's only object (or the one named), 5 samples per
 * check, metadata shortcuts on, absent optional columns a warning, extra columns info.
 *
 * @param objectName which schema object to validate, or null to pick it (see {@link Validator})
 * @param strictPresence absent optional columns fail instead of warn
 * @param noExtraColumns columns the contract does not list fail instead of being reported
 * @param batchRows rows per decoded batch
 */
public record ValidationOptions(
    @Nullable String objectName,
    int maxSamples,
    boolean metadataShortcuts,
    boolean strictPresence,
    boolean noExtraColumns,
    Clock clock,
    int batchRows) {

  public static final ValidationOptions DEFAULTS =
      new ValidationOptions(null, 5, true, false, false, Clock.systemUTC(), 8192);

  public ValidationOptions {
    if (maxSamples < 0 || batchRows < 1) {
      throw new IllegalArgumentException("maxSamples >= 0 and batchRows >= 1 required");
    }
  }

  public Optional<String> object() {
    return Optional.ofNullable(objectName);
  }

  public ValidationOptions withObject(@Nullable String name) {
    return new ValidationOptions(name, maxSamples, metadataShortcuts, strictPresence, noExtraColumns, clock, batchRows);
  }

  public ValidationOptions withMaxSamples(int n) {
    return new ValidationOptions(objectName, n, metadataShortcuts, strictPresence, noExtraColumns, clock, batchRows);
  }

  public ValidationOptions withMetadataShortcuts(boolean on) {
    return new ValidationOptions(objectName, maxSamples, on, strictPresence, noExtraColumns, clock, batchRows);
  }

  public ValidationOptions withStrictPresence(boolean on) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, on, noExtraColumns, clock, batchRows);
  }

  public ValidationOptions withNoExtraColumns(boolean on) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence, on, clock, batchRows);
  }

  public ValidationOptions withClock(Clock c) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence, noExtraColumns, c, batchRows);
  }

  public ValidationOptions withBatchRows(int n) {
    return new ValidationOptions(objectName, maxSamples, metadataShortcuts, strictPresence, noExtraColumns, clock, n);
  }
}
