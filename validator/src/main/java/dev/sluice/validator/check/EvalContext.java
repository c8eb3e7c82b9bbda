package dev.sluice.validator.check;

import java.time.Instant;

/**
 * What a check needs to turn its state into a result.
 *
 * @param rowCount rows in the whole dataset
 * @param fromMetadata whether no row group was decoded for this check
 * @param now the validation time (freshness, lineage maxAge)
 */
public record EvalContext(long rowCount, boolean fromMetadata, Instant now, int maxSamples) {}
