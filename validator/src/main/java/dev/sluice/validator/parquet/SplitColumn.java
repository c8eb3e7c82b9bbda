package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnVector;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.jspecify.annotations.Nullable;

/**
 * One flat column of one side of a row group being split: values taken from decoded vectors,
 * re-encoded as data pages (v1) with bit-packed definition levels and compressed, held in
 * memory until the row group is appended: PLAIN, INT64 as DELTA_BINARY_PACKED ({@link
 * DeltaLongs}), and values of dictionary batches as ids of the input chunk's dictionary ({@link
 * DictionaryIds}). Statistics: null count, and min/max for integers
 * (and for floating point when no NaN was seen); none for strings and bytes.
 */
final class SplitColumn {
  private static final int PAGE_BYTES = 1 << 20;
  private static final int PAGE_IDS = 1 << 17;

  private final ColumnDescriptor column;
  private final FlatKind kind;
  private final boolean optional;
  private final PageBytes values = new PageBytes();
  private final PageBytes.Bits defined = new PageBytes.Bits();
  private final PageBytes.Bits booleans = new PageBytes.Bits();
  private final EncodedChunk chunk;
  private final PageStats stats;
  private int pageValues;
  private int pageNulls;
  /** Values of dictionary batches kept as ids; null for kinds always written PLAIN. */
  private final @Nullable DictionaryIds ids;
  /** Whether the current page holds ids rather than PLAIN values. */
  private boolean idPage;
  /** The current page's INT64 values (non-null), encoded when the page ends. */
  private long[] pageLongs = new long[0];
  private int longCount;
  private final DeltaLongs delta = new DeltaLongs();

  /** A column of a side that will hold {@code rows} rows (which sizes its dictionary). */
  SplitColumn(ColumnDescriptor column, FlatKind kind, long rows, CompressionCodecName codec) {
    this.column = column;
    this.kind = kind;
    this.optional = column.getMaxDefinitionLevel() > 0;
    this.chunk = new EncodedChunk(column, codec);
    this.stats = new PageStats(kind);
    if (kind == FlatKind.STRING) {
      throw new IllegalArgumentException("the split reads strings as BYTES (forCopying)");
    }
    this.ids = DictionaryIds.of(kind, rows);
  }

  /**
   * Takes the values of rows {@code rows[0..count)} of {@code v} (ascending indexes into the
   * batch: this side's rows); ends the page once it holds a megabyte.
   */
  void add(ColumnVector v, int[] rows, int count) throws IOException {
    if (count == 0) {
      return; // nor does a batch without rows of this side bind it to the batch's dictionary
    }
    boolean byId = ids != null && ids.takes(v.dictionary);
    if (byId != idPage && pageValues > 0) {
      endPage();
    }
    idPage = byId;
    levels(v.nulls, rows, count);
    if (v.idsOnly && !byId) {
      v.gatherRows(rows, count); // PLAIN pages write values
    }
    if (byId) {
      ids.add(v, rows, count);
      rangeOf(v, rows, count);
      if (ids.size() >= PAGE_IDS) {
        endPage();
      }
      return;
    }
    byte[] inPlace = v.utf8;
    if (inPlace != null) {
      inPlace(v, inPlace, rows, count);
    } else {
      switch (kind) {
        case INT32: case UINT32: ints(v, rows, count); break;
        case INT64: longs(v, rows, count); break;
        case DOUBLE: doubles(v, rows, count); break;
        default: others(v, rows, count); break;
      }
    }
    if (values.size() + booleans.byteCount() + 8L * longCount >= PAGE_BYTES) {
      endPage();
    }
  }

  // Hot loops from here: one pass over the side's own rows, bytes and bits set in place, bounds
  // reserved once per batch.
  private void levels(boolean[] nulls, int[] rows, int count) {
    int nullCount = 0;
    if (optional) {
      defined.reserve(count);
      byte[] bits = defined.bytes;
      int at = defined.count;
      int k = 0;
      for (; k < count && (at & 7) != 0; k++, at++) { // up to the next whole byte
        int present = nulls[rows[k]] ? 0 : 1;
        bits[at >>> 3] |= (byte) (present << (at & 7));
        nullCount += 1 - present;
      }
      for (; k + 8 <= count; k += 8, at += 8) { // then a byte of eight rows at a time
        int b = (nulls[rows[k]] ? 0 : 1) | (nulls[rows[k + 1]] ? 0 : 2)
            | (nulls[rows[k + 2]] ? 0 : 4) | (nulls[rows[k + 3]] ? 0 : 8)
            | (nulls[rows[k + 4]] ? 0 : 16) | (nulls[rows[k + 5]] ? 0 : 32)
            | (nulls[rows[k + 6]] ? 0 : 64) | (nulls[rows[k + 7]] ? 0 : 128);
        bits[at >>> 3] = (byte) b;
        nullCount += 8 - Integer.bitCount(b);
      }
      for (; k < count; k++, at++) {
        int present = nulls[rows[k]] ? 0 : 1;
        bits[at >>> 3] |= (byte) (present << (at & 7));
        nullCount += 1 - present;
      }
      defined.count = at;
    }
    pageValues += count;
    pageNulls += nullCount;
  }

  /**
   * The page statistics of numbers kept as ids, read from the ids' entries (the batch's values
   * may not be gathered: {@link ColumnVector#idsOnly}).
   */
  private void rangeOf(ColumnVector v, int[] rows, int count) {
    ColumnDictionary d = java.util.Objects.requireNonNull(v.dictionary);
    boolean[] nulls = v.nulls;
    int[] entries = v.ids;
    if (kind == FlatKind.FLOAT || kind == FlatKind.DOUBLE) {
      for (int k = 0; k < count; k++) {
        int i = rows[k];
        if (!nulls[i]) {
          stats.add(d.doubleAt(entries[i]));
        }
      }
    } else if (kind != FlatKind.BYTES) {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int k = 0; k < count; k++) {
        int i = rows[k];
        if (!nulls[i]) {
          long x = d.longAt(entries[i]);
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
      stats.range(min, max);
    }
  }

  private void ints(ColumnVector v, int[] rows, int count) {
    long[] longs = v.longs;
    boolean[] nulls = v.nulls;
    values.ensure(4 * count + 4);
    byte[] out = values.array();
    int at = values.size();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int k = 0; k < count; k++) {
      int i = rows[k];
      if (!nulls[i]) {
        long x = longs[i];
        PageBytes.INT.set(out, at, (int) x);
        at += 4;
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    values.size(at);
    stats.range(min, max);
  }

  /** INT64 values are held as numbers until the page is encoded ({@link DeltaLongs}). */
  private void longs(ColumnVector v, int[] rows, int count) {
    long[] longs = v.longs;
    boolean[] nulls = v.nulls;
    if (pageLongs.length < longCount + count) {
      pageLongs = Arrays.copyOf(pageLongs, Math.max(longCount + count, pageLongs.length * 2));
    }
    long[] out = pageLongs;
    int at = longCount;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int k = 0; k < count; k++) {
      int i = rows[k];
      long x = longs[i];
      out[at] = x;
      at += nulls[i] ? 0 : 1;
      if (!nulls[i]) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    longCount = at;
    stats.range(min, max);
  }

  private void doubles(ColumnVector v, int[] rows, int count) {
    double[] doubles = v.doubles;
    boolean[] nulls = v.nulls;
    values.ensure(8 * count + 8);
    byte[] out = values.array();
    int at = values.size();
    for (int k = 0; k < count; k++) {
      int i = rows[k];
      if (!nulls[i]) {
        double x = doubles[i];
        PageBytes.LONG.set(out, at, Double.doubleToRawLongBits(x));
        at += 8;
        stats.add(x);
      }
    }
    values.size(at);
  }

  private void others(ColumnVector v, int[] rows, int count) {
    boolean[] nulls = v.nulls;
    if (kind == FlatKind.BYTES) {
      binaries(v, rows, count);
      return;
    }
    for (int k = 0; k < count; k++) {
      int i = rows[k];
      if (!nulls[i]) {
        value(v, i);
      }
    }
  }

  /** Byte arrays or strings (read {@link ParquetDataFile#forCopying for copying}): one reserve. */
  private void binaries(ColumnVector v, int[] rows, int count) {
    Object[] objects = v.objects;
    boolean[] nulls = v.nulls;
    long total = 0;
    for (int k = 0; k < count; k++) {
      int i = rows[k];
      if (!nulls[i]) {
        Object o = objects[i];
        total += 4 + (o instanceof byte[] ? ((byte[]) o).length : 4L * ((String) o).length());
      }
    }
    values.ensure(Math.toIntExact(total));
    for (int k = 0; k < count; k++) {
      int i = rows[k];
      if (!nulls[i]) {
        values.binary(bytes(objects[i]));
      }
    }
  }

  /** Byte arrays read in place ({@link ColumnVector#utf8}): one reserve. */
  private void inPlace(ColumnVector v, byte[] bytes, int[] rows, int count) {
    boolean[] nulls = v.nulls;
    int[] starts = v.utf8Starts;
    int[] lengths = v.utf8Lengths;
    long total = 0;
    for (int k = 0; k < count; k++) {
      int i = rows[k];
      total += nulls[i] ? 0 : 4 + lengths[i];
    }
    values.ensure(Math.toIntExact(total));
    for (int k = 0; k < count; k++) {
      int i = rows[k];
      if (!nulls[i]) {
        values.binary(bytes, starts[i], lengths[i]);
      }
    }
  }

  private void value(ColumnVector v, int i) {
    switch (kind) {
      case BOOLEAN: booleans.add(v.longs[i] != 0); break;
      case FLOAT:
        values.int32(Float.floatToRawIntBits((float) v.doubles[i]));
        stats.add(v.doubles[i]);
        break;
      case DECIMAL32: values.int32(unscaled(v, i).intValueExact()); break;
      case DECIMAL64: values.int64(unscaled(v, i).longValueExact()); break;
      default: throw new IllegalStateException("not a kind of others(): " + kind);
    }
  }

  /** A string or BYTES value: its bytes, or a string's UTF-8 bytes (a chunk parquet-java read). */
  private static byte[] bytes(Object value) {
    return value instanceof byte[] ? (byte[]) value
        : ((String) value).getBytes(StandardCharsets.UTF_8);
  }

  private static java.math.BigInteger unscaled(ColumnVector v, int i) {
    return ((BigDecimal) v.objects[i]).unscaledValue();
  }

  /** Closes the current page, if it holds any value. */
  void endPage() throws IOException {
    if (pageValues == 0) {
      return;
    }
    PageBytes body = EncodedChunk.body();
    if (optional) {
      body.levels(defined);
    }
    if (idPage) {
      ids.writePage(body);
    } else if (kind == FlatKind.BOOLEAN) {
      body.bytes(booleans.bytes, 0, booleans.byteCount());
    } else if (kind == FlatKind.INT64) {
      delta.encode(pageLongs, longCount, body);
    } else {
      body.bytes(values.array(), 0, values.size());
    }
    chunk.addPage(body, pageValues, pageValues, stats.page(column.getPrimitiveType(), pageNulls),
        idPage ? Encoding.RLE_DICTIONARY
            : kind == FlatKind.INT64 ? Encoding.DELTA_BINARY_PACKED : Encoding.PLAIN);
    pageValues = 0;
    pageNulls = 0;
    longCount = 0;
    values.clear();
    defined.clear();
    booleans.clear();
  }

  /** Writes the column chunk (the caller started the row group). */
  void appendTo(ParquetFileWriter writer) throws IOException {
    endPage();
    if (ids != null && ids.used()) {
      chunk.dictionary(ids.dictionaryPage(), ids.entries());
    }
    chunk.appendTo(writer);
  }
}
