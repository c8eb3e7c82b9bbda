package dev.sluice.validator.quarantine;

import dev.sluice.validator.check.RowRejects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rejected rows of one row group, compacted once every check has marked them: ascending
 * offsets from the row group's first row, each with the ids of the checks it failed. Rows that
 * fail the same checks share one id list, so memory is eight bytes per rejected row.
 */
public final class RejectedRows {
  private static final RejectedRows NONE_OF_ZERO = new RejectedRows(0, new int[0], new int[0], List.of());

  private final int rowCount;
  private final int[] offsets;
  private final int[] combination;
  private final List<List<String>> combinations;

  private RejectedRows(int rowCount, int[] offsets, int[] combination,
      List<List<String>> combinations) {
    this.rowCount = rowCount;
    this.offsets = offsets;
    this.combination = combination;
    this.combinations = combinations;
  }

  /** No row of {@code rowCount} rejected. */
  public static RejectedRows none(int rowCount) {
    return rowCount == 0 ? NONE_OF_ZERO : new RejectedRows(rowCount, new int[0], new int[0], List.of());
  }

  /**
   * The row groups {@code groups}, in order, as one: offsets counted from the first group's
   * first row (a batch held in a file of several row groups, judged whole).
   */
  public static RejectedRows concat(List<RejectedRows> groups) {
    if (groups.size() == 1) {
      return groups.get(0);
    }
    int rows = 0;
    int rejected = 0;
    for (RejectedRows group : groups) {
      rows = Math.addExact(rows, group.rowCount);
      rejected += group.offsets.length;
    }
    int[] offsets = new int[rejected];
    int[] combination = new int[rejected];
    Map<List<String>, Integer> known = new HashMap<>();
    List<List<String>> combinations = new ArrayList<>();
    int first = 0;
    int k = 0;
    for (RejectedRows group : groups) {
      for (int i = 0; i < group.offsets.length; i++, k++) {
        List<String> ids = group.combinations.get(group.combination[i]);
        offsets[k] = first + group.offsets[i];
        combination[k] = known.computeIfAbsent(ids, added -> {
          combinations.add(added);
          return combinations.size() - 1;
        });
      }
      first += group.rowCount;
    }
    return new RejectedRows(rows, offsets, combination, List.copyOf(combinations));
  }

  /** Compacts the marks; {@code slotIds} are the check ids of the slots. */
  public static RejectedRows of(RowRejects marks, List<String> slotIds) {
    int slots = marks.slotCount();
    int[][] bySlot = new int[slots][];
    boolean everyRow = false;
    for (int s = 0; s < slots; s++) {
      bySlot[s] = marks.offsets(s);
      everyRow |= marks.failsEveryRow(s);
    }
    int[] candidates = everyRow ? allRows(marks.rowCount()) : union(bySlot);
    int words = (slots + 63) / 64;
    long[] masks = failedSlots(marks, bySlot, candidates, words);
    int[] combination = new int[candidates.length];
    Map<BitSet, Integer> known = new HashMap<>();
    List<List<String>> combinations = new ArrayList<>();
    int previous = -1;
    for (int k = 0; k < candidates.length; k++) {
      int from = k * words;
      if (previous < 0 || !Arrays.equals(masks, from, from + words, masks, from - words, from)) {
        BitSet failed = BitSet.valueOf(Arrays.copyOfRange(masks, from, from + words));
        Integer index = known.get(failed);
        if (index == null) {
          index = combinations.size();
          known.put(failed, index);
          combinations.add(failed.stream().mapToObj(slotIds::get).toList());
        }
        previous = index;
      }
      combination[k] = previous; // a row failing what the row before it failed shares its ids
    }
    return new RejectedRows(marks.rowCount(), candidates, combination, List.copyOf(combinations));
  }

  /**
   * The failed slots of each candidate row as {@code words} longs of bits, one slot's rows at a
   * time (a merge of two ascending lists).
   */
  private static long[] failedSlots(RowRejects marks, int[][] bySlot, int[] candidates,
      int words) {
    long[] masks = new long[candidates.length * words];
    for (int s = 0; s < bySlot.length; s++) {
      long bit = 1L << (s & 63);
      int word = s >>> 6;
      if (marks.failsEveryRow(s)) {
        for (int k = 0; k < candidates.length; k++) {
          masks[k * words + word] |= bit;
        }
        continue;
      }
      int k = 0;
      for (int row : bySlot[s]) {
        while (candidates[k] < row) {
          k++;
        }
        masks[k * words + word] |= bit;
      }
    }
    return masks;
  }

  private static int[] allRows(int n) {
    int[] rows = new int[n];
    Arrays.setAll(rows, i -> i);
    return rows;
  }

  private static int[] union(int[][] bySlot) {
    int total = 0;
    for (int[] rows : bySlot) {
      total += rows.length;
    }
    int[] all = new int[total];
    int n = 0;
    for (int[] rows : bySlot) {
      System.arraycopy(rows, 0, all, n, rows.length);
      n += rows.length;
    }
    if (bySlot.length > 1) {
      Arrays.sort(all);
    }
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (distinct == 0 || all[distinct - 1] != all[i]) {
        all[distinct++] = all[i];
      }
    }
    return distinct == all.length ? all : Arrays.copyOf(all, distinct);
  }

  /** Rows of the row group, rejected or not. */
  public int rowCount() {
    return rowCount;
  }

  /** Rejected rows. */
  public int count() {
    return offsets.length;
  }

  /** The offset of the {@code k}-th rejected row from the row group's first row. */
  public int offset(int k) {
    return offsets[k];
  }

  /** The ids of the checks the {@code k}-th rejected row failed, in plan order. */
  public List<String> violations(int k) {
    return combinations.get(combination[k]);
  }

  /**
   * Walks the row group's rows in order: {@link Cursor#next()} tells, row after row, the failed
   * check ids of a rejected row, or null for an accepted one.
   */
  public Cursor cursor() {
    return new Cursor();
  }

  /** Rows in order; see {@link #cursor()}. */
  public final class Cursor {
    private int row;
    private int k;

    /** The next row's failed check ids, or null when it is accepted. */
    public @Nullable List<String> next() {
      if (row >= rowCount) {
        throw new IllegalStateException("past the last of " + rowCount + " rows");
      }
      if (k < offsets.length && offsets[k] == row++) {
        return violations(k++);
      }
      return null;
    }
  }
}
