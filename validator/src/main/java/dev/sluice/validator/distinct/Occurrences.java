package dev.sluice.validator.distinct;

import java.util.Arrays;

/**
 * What a batch of keys added to a set looked like: how many were repeats (every occurrence but the
 * first of a key), how many keys became duplicates in it, and the positions of the first few
 * repeats for samples. Counts add up over batches until {@link #clear()}.
 *
 * <p>A final class with plain fields so that the sets' batch loops call it without virtual
 * dispatch, and only for repeats: a batch of distinct keys never touches it.
 */
public final class Occurrences {
  private final int[] positions;
  private int positionCount;
  private long repeats;
  private long newDuplicates;

  /** Keeps the positions of at most {@code positionLimit} repeats (0 keeps none). */
  public Occurrences(int positionLimit) {
    if (positionLimit < 0) {
      throw new IllegalArgumentException("negative position limit: " + positionLimit);
    }
    this.positions = new int[positionLimit];
  }

  /** Records the key at {@code position} whose occurrence (1 or 2, see the sets' add) it was. */
  public void record(int position, int occurrence) {
    repeats++;
    if (occurrence == 1) {
      newDuplicates++;
    }
    if (positionCount < positions.length) {
      positions[positionCount++] = position;
    }
  }

  /** Occurrences that were not the first of their key: the duplicate rows. */
  public long repeats() {
    return repeats;
  }

  /** Keys seen for the second time: new duplicate groups. */
  public long newDuplicates() {
    return newDuplicates;
  }

  /** Positions (indexes into the added array) of the first repeats, ascending. */
  public int[] positions() {
    return Arrays.copyOf(positions, positionCount);
  }

  public int positionCount() {
    return positionCount;
  }

  /** The {@code i}-th kept position, without copying. */
  public int position(int i) {
    if (i >= positionCount) {
      throw new IndexOutOfBoundsException("position " + i + " of " + positionCount);
    }
    return positions[i];
  }

  /** Forgets everything, for the next batch. */
  public void clear() {
    positionCount = 0;
    repeats = 0;
    newDuplicates = 0;
  }
}
