package dev.sluice.validator.session;

import dev.sluice.validator.quarantine.RejectedRows;
import java.util.Arrays;
import java.util.List;

/**
 * Which rows of one accepted batch a quarantine would reject, and why: the rows failing an
 * error-level row check (see "Setting bad rows aside" in the README), duplicates judged against
 * every batch before. A pipeline splits the batch with it in the same pass, without a second job.
 * Row indexes are the batch's own (0 is its first row).
 */
public final class BatchVerdict {
  private final int rows;
  private final RejectedRows rejected;

  BatchVerdict(int rows, RejectedRows rejected) {
    this.rows = rows;
    this.rejected = rejected;
  }

  /** Rows of the batch. */
  public int rowCount() {
    return rows;
  }

  /** Rows to set aside. */
  public int rejectedCount() {
    return rejected.count();
  }

  /** The rejected rows' indexes in the batch, ascending. */
  public int[] rejectedRows() {
    int[] out = new int[rejected.count()];
    Arrays.setAll(out, rejected::offset);
    return out;
  }

  /** Whether row {@code row} of the batch is rejected. */
  public boolean isRejected(int row) {
    return indexOf(row) >= 0;
  }

  /** The ids of the checks row {@code row} failed; empty for an accepted row. */
  public List<String> violations(int row) {
    int k = indexOf(row);
    return k < 0 ? List.of() : rejected.violations(k);
  }

  private int indexOf(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row " + row + " of a batch of " + rows);
    }
    int lo = 0;
    int hi = rejected.count() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = rejected.offset(mid);
      if (at == row) {
        return mid;
      }
      if (at < row) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }
}
