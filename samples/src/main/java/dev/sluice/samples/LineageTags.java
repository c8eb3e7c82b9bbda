package dev.sluice.samples;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The lineage tags written to the Parquet footer's key-value metadata. A dirty file names a
 * source system the contract does not allow, so its {@code lineageTag} check fails too.
 */
public final class LineageTags {
  public static final String SOURCE_SYSTEM = "lineage.source_system";
  public static final String RUN_ID = "lineage.run_id";
  public static final String PRODUCED_AT = "lineage.produced_at";
  public static final String CLEAN_SOURCE = "orders-service";
  public static final String DIRTY_SOURCE = "manual-upload";

  private LineageTags() {}

  /** Tags in a stable order: source system, run id, production time. */
  public static Map<String, String> of(GeneratorOptions options) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(SOURCE_SYSTEM, options.dirty() ? DIRTY_SOURCE : CLEAN_SOURCE);
    tags.put(RUN_ID, runId(options.seed()).toString());
    tags.put(PRODUCED_AT, options.producedAt().toString());
    return tags;
  }

  /** A version-4-shaped UUID drawn from the seed, so that reruns write the same bytes. */
  static UUID runId(long seed) {
    RowRandom r = new RowRandom(seed, -1);
    long high = (r.nextLong() & ~0xF000L) | 0x4000L;
    long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
