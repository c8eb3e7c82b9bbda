package dev.sluice.validator.check;

import java.util.Arrays;

/**
 * The rows of one row group that fail checks which {@link CheckSpec#judgesRows() judge rows}, for
 * a quarantine split. Each such check of a plan has a slot; a check marks the rows it fails in
 * its slot, so memory grows with the failures (four bytes per failing row and check), not with
 * the row group.
 *
 * <p>Not thread-safe: the engine lets one thread at a time mark a row group (the worker reading
 * it, then the thread merging uniqueness keys in row order).
 */
public final class RowRejects {
  private final long firstRow;
  private final long rowCount;
  private final int[][] rows;
  private final int[] counts;
  private final boolean[] everyRow;
  /** Whether a slot's rows came out of order (sorted when read). */
  private final boolean[] unordered;

  /** For rows {@code [firstRow, firstRow + rowCount)} of the dataset and {@code slots} checks. */
  public RowRejects(long firstRow, long rowCount, int slots) {
    if (rowCount > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a row group of more than 2^31 rows: " + rowCount);
    }
    this.firstRow = firstRow;
    this.rowCount = rowCount;
    this.rows = new int[slots][];
    this.counts = new int[slots];
    this.everyRow = new boolean[slots];
    this.unordered = new boolean[slots];
  }

  /** Marks dataset row {@code row} as failing the check of {@code slot}. */
  public void reject(int slot, long row) {
    int offset = (int) (row - firstRow);
    if (offset < 0 || offset >= rowCount) {
      throw new IllegalArgumentException("row " + row + " outside the row group");
    }
    int n = counts[slot];
    int[] at = rows[slot];
    if (n > 0 && at[n - 1] >= offset) {
      if (at[n - 1] == offset) {
        return;
      }
      unordered[slot] = true;
    }
    if (at == null || n == at.length) {
      at = rows[slot] = at == null ? new int[16] : Arrays.copyOf(at, n + (n >> 1) + 16);
    }
    at[n] = offset;
    counts[slot] = n + 1;
  }

  /** Marks every row as failing the check of {@code slot} (a required column absent, say). */
  public void rejectAll(int slot) {
    everyRow[slot] = true;
  }

  public int slotCount() {
    return counts.length;
  }

  public long firstRow() {
    return firstRow;
  }

  public int rowCount() {
    return (int) rowCount;
  }

  public boolean failsEveryRow(int slot) {
    return everyRow[slot];
  }

  /** The failing rows of a slot as ascending distinct offsets from the first row; a copy. */
  public int[] offsets(int slot) {
    if (rows[slot] == null) {
      return new int[0];
    }
    int[] offsets = Arrays.copyOf(rows[slot], counts[slot]);
    if (!unordered[slot]) {
      return offsets;
    }
    Arrays.sort(offsets);
    int n = 0;
    for (int i = 0; i < offsets.length; i++) {
      if (n == 0 || offsets[n - 1] != offsets[i]) {
        offsets[n++] = offsets[i];
      }
    }
    return Arrays.copyOf(offsets, n);
  }

  /** A marker bound to one slot, handed to a check's state. */
  public Marker marker(int slot) {
    return row -> reject(slot, row);
  }

  /** Where a check marks the rows it fails. */
  @FunctionalInterface
  public interface Marker {
    void reject(long row);
  }
}
