package dev.sluice.validator.data;

import java.util.Map;

/**
 * What the metadata says about one row group (or any unit of rows a source reads at once).
 *
 * @param stats exact statistics per column path; a column without an entry has none
 */
public record RowGroupInfo(int index, long firstRow, long rowCount, Map<String, ChunkStats> stats) {

  public RowGroupInfo {
    stats = Map.copyOf(stats);
  }

  public ChunkStats stats(String path) {
    return stats.getOrDefault(path, ChunkStats.UNKNOWN);
  }
}
