package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnVector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The dictionary side of a column being split: while the column's batches come from one
 * dictionary (the input chunk's), their values are kept as ids and written as RLE_DICTIONARY
 * pages, with that dictionary as the chunk's dictionary page; the first batch of plain values
 * (a writer's fallback) closes it, and later pages are PLAIN, as writers do. Saves re-encoding
 * and compressing the values themselves: for strings their bytes, for numbers 4 or 8 bytes a
 * row where an id takes a few bits (a quantity of 1-10: 4 bits).
 */
final class DictionaryIds {
  /**
   * A dictionary of up to this many entries is always carried over; a larger one only while it
   * has at most one entry per two rows of the side (else its page would outweigh the savings).
   */
  static final int MAX_ENTRIES = 1 << 16;

  private final FlatKind kind;
  private final long maxEntries;

  private @Nullable ColumnDictionary dictionary;
  private boolean closed;
  private int[] ids = new int[1024];
  private int count;

  private DictionaryIds(FlatKind kind, long rows) {
    this.kind = kind;
    this.maxEntries = Math.max(MAX_ENTRIES, rows / 2);
  }

  /**
   * Ids for a column of this kind on a side of {@code rows} rows, or null when its values are
   * always written PLAIN.
   */
  static @Nullable DictionaryIds of(FlatKind kind, long rows) {
    switch (kind) {
      case BYTES: case INT32: case UINT32: case INT64: case FLOAT: case DOUBLE:
        return new DictionaryIds(kind, rows);
      default:
        return null; // strings are read as BYTES for copying; booleans and decimals stay PLAIN
    }
  }

  /** Whether a batch from {@code d} (null: plain values) is kept as ids; false closes this. */
  boolean takes(@Nullable ColumnDictionary d) {
    if (closed) {
      return false;
    }
    if (d != null && d.size() <= maxEntries && (dictionary == null || dictionary == d)) {
      dictionary = d;
      return true;
    }
    closed = dictionary != null || d == null;
    return false;
  }

  /** Takes the ids of the non-null rows {@code rows[0..n)} of a dictionary batch. */
  void add(ColumnVector v, int[] rows, int n) {
    if (count + n > ids.length) {
      ids = Arrays.copyOf(ids, Math.max(count + n, ids.length * 2));
    }
    boolean[] nulls = v.nulls;
    int[] source = v.ids;
    int at = count;
    for (int k = 0; k < n; k++) {
      int i = rows[k];
      ids[at] = source[i];
      at += nulls[i] ? 0 : 1;
    }
    count = at;
  }

  /**
   * Appends the page's ids to {@code body} as the values of an RLE_DICTIONARY page: the bit
   * width, then one bit-packed run (groups of 8, least significant bit first); then starts over.
   */
  void writePage(PageBytes body) {
    write(body, ids, count, entries());
    count = 0;
  }

  /**
   * Appends {@code ids[0..count)}, of a dictionary of {@code entries} entries, to {@code body} as
   * the values of an RLE_DICTIONARY page: the bit width, then one bit-packed run.
   */
  static void write(PageBytes body, int[] ids, int count, int entries) {
    int width = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(entries - 1, 0)));
    int groups = (count + 7) / 8;
    body.int8(width);
    body.varint(groups << 1 | 1);
    body.ensure(groups * width);
    byte[] out = body.array();
    int at = body.size();
    long bits = 0;
    int held = 0;
    for (int k = 0; k < groups * 8; k++) {
      bits |= (long) (k < count ? ids[k] : 0) << held;
      held += width;
      while (held >= 8) {
        out[at++] = (byte) bits;
        bits >>>= 8;
        held -= 8;
      }
    }
    body.size(at);
  }

  /** Ids held for the current page. */
  int size() {
    return count;
  }

  /** Whether some page was written from the dictionary, so the chunk needs its page. */
  boolean used() {
    return dictionary != null;
  }

  int entries() {
    return dictionary == null ? 0 : dictionary.size();
  }

  /** The dictionary's entries, PLAIN-encoded, as the chunk's dictionary page. */
  PageBytes dictionaryPage() {
    PageBytes page = new PageBytes();
    ColumnDictionary d = dictionary;
    for (int id = 0; d != null && id < d.size(); id++) {
      switch (kind) {
        case INT32: case UINT32: page.int32((int) d.longAt(id)); break;
        case INT64: page.int64(d.longAt(id)); break;
        case FLOAT: page.int32(Float.floatToRawIntBits((float) d.doubleAt(id))); break;
        case DOUBLE: page.int64(Double.doubleToRawLongBits(d.doubleAt(id))); break;
        default:
          Object entry = d.objectAt(id);
          page.binary(entry instanceof byte[] ? (byte[]) entry
              : ((String) entry).getBytes(StandardCharsets.UTF_8));
      }
    }
    return page;
  }
}
