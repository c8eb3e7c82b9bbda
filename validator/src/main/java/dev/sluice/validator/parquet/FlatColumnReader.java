package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.parquet.page.ChunkPages;
import dev.sluice.validator.parquet.page.HybridRle;
import dev.sluice.validator.parquet.page.Page;
import dev.sluice.validator.parquet.page.PlainReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.values.ValuesReader;
import org.jspecify.annotations.Nullable;

/**
 * The bulk path for a flat column (no repetition, any definition level): decodes whole page
 * sections into the vector's arrays, crossing page boundaries to give exactly the requested rows.
 * Definition levels go through {@link DefinitionLevels}, dictionary ids through {@link
 * HybridRle}, PLAIN values through {@link PlainReader}; a dictionary's entries are decoded once
 * per chunk and values gathered by id. A value encoding other than PLAIN and the dictionary ones
 * (delta, byte-stream-split, RLE booleans, ...) is decoded through parquet-java's {@code
 * ValuesReader} into the same arrays.
 *
 * <p>Rows are decoded run of definition levels by run: a run of one level is a stretch of values
 * decoded straight into their slots (or a stretch of nulls); in a bit-packed run the non-null
 * values are decoded packed at the end of the run, then spread forward into their slots ({@link
 * FlatKind#spread}). A batch whose values all came from the chunk's dictionary carries it, with
 * each value's id; PLAIN string and byte-array values join that dictionary ({@link
 * JoinedDictionary}), so batches after a writer's fallback from dictionary encoding carry it too.
 *
 * <p>Unless the column is read as UTF-8: then PLAIN strings (or byte arrays, for a quarantine's
 * copy) go into the batch's {@link ColumnVector#utf8} as they are ({@link Utf8Batch}), for checks
 * that read text byte by byte.
 */
final class FlatColumnReader implements ColumnCursor {
  /** How the current page's values are decoded; JOINED: PLAIN values joining the dictionary. */
  private enum Mode { PLAIN, JOINED, DICTIONARY, FOREIGN }

  private final FlatKind kind;
  private final ColumnVector vector;
  private final ColumnDescriptor descriptor;
  private final ChunkPages pages;
  private final int scale;
  private final DefinitionLevels levels;
  private final HybridRle ids = new HybridRle();
  private final PlainReader plain = new PlainReader();
  private final @Nullable JoinedDictionary joined;
  /** Set when PLAIN strings are handed as UTF-8 bytes (then they never join the dictionary). */
  private final @Nullable Utf8Batch utf8;
  private @Nullable ValuesReader foreignValues;
  private Mode mode = Mode.PLAIN;
  private @Nullable Object entries;
  private @Nullable ColumnDictionary dictionary;
  private boolean dataSeen;
  private int pageLeft;
  private long rowsRead;
  /** False when reading for copying: dictionary batches keep their ids only. */
  private final boolean gather;
  /** Rows of the batch decoded as ids and not gathered yet, as (first row, count) pairs. */
  private int[] deferred = new int[8];
  private int deferredCount;
  /** Whether the batch being filled has values decoded other than by id. */
  private boolean valuesSeen;

  /**
   * A reader of one chunk's pages.
   *
   * @param utf8 whether PLAIN strings are handed as {@link ColumnVector#utf8 UTF-8 bytes}
   * @param copying read for a copy that writes ids back: a batch decoded wholly from the
   *     dictionary carries ids only ({@link ColumnVector#idsOnly}), and PLAIN strings do not
   *     join the chunk's dictionary ({@link JoinedDictionary}), as they do when validating
   */
  FlatColumnReader(ParquetLeaf leaf, FlatKind kind, ChunkPages pages, ColumnVector vector,
      boolean utf8, boolean copying) {
    this.kind = kind;
    this.gather = !copying;
    this.vector = vector;
    this.descriptor = leaf.descriptor();
    this.pages = pages;
    this.levels = new DefinitionLevels(descriptor);
    this.scale = leaf.info().type().scale();
    this.joined = !copying && !utf8 ? JoinedDictionary.of(kind, leaf.info()) : null;
    this.utf8 = utf8 && (kind == FlatKind.STRING || kind == FlatKind.BYTES)
        ? new Utf8Batch(vector, plain) : null;
  }

  @Override
  public ColumnVector vector() {
    return vector;
  }

  @Override
  public void fill(long firstRow, int rows) throws IOException {
    vector.ensureCapacity(rows);
    if (dictionary != null) {
      vector.ensureIds(rows);
    }
    Utf8Batch bytes = utf8;
    if (bytes != null) {
      bytes.start();
    }
    deferredCount = 0;
    valuesSeen = false;
    boolean fromDictionary = true;
    int at = 0;
    while (at < rows) {
      if (pageLeft == 0) {
        if (bytes != null) {
          bytes.nextPage(at);
        }
        nextPage();
        continue;
      }
      int n = Math.min(rows - at, pageLeft);
      int present = decodeRows(at, n);
      fromDictionary &= mode == Mode.DICTIONARY || mode == Mode.JOINED || present == 0;
      at += n;
      pageLeft -= n;
    }
    long[] numbers = vector.rows;
    for (int i = 0; i < rows; i++) {
      numbers[i] = firstRow + i;
    }
    vector.size = rows;
    boolean asBytes = bytes != null && bytes.finish();
    ColumnDictionary chunkDictionary = dictionary;
    vector.dictionary = !asBytes && fromDictionary && chunkDictionary != null
        && chunkDictionary.size() > 0 ? chunkDictionary : null;
    vector.idsOnly = deferredCount > 0 && vector.dictionary != null;
    if (!vector.idsOnly) {
      gatherDeferred();
    }
    rowsRead += rows;
  }

  /**
   * Skips the next {@code rows} rows, which must be whole pages from a page boundary (pages of
   * the chunk's page index): their headers are read, their bodies neither decompressed nor
   * decoded. A dictionary page met on the way is read.
   */
  void skip(long rows) throws IOException {
    if (rows > 0 && pageLeft != 0) {
      throw new IOException("the page index does not match the pages: a range of pages to skip"
          + " starts inside a page");
    }
    for (long left = rows; left > 0; ) {
      Page page = present(pages.skip());
      if (page.dictionary()) {
        readDictionary(page);
        continue;
      }
      if (page.valueCount() > left) {
        throw new IOException("the page index does not match the pages: a page of "
            + page.valueCount() + " values runs past the pages to skip");
      }
      dataSeen = true;
      left -= page.valueCount();
      rowsRead += page.valueCount();
    }
  }

  @Override
  public void finish(long rowCount) throws IOException {
    if (pageLeft > 0 || rowsRead != rowCount) {
      throw new IOException("column chunk holds " + (rowsRead + pageLeft)
          + " values in its pages but the row group has " + rowCount + " rows");
    }
  }

  private void nextPage() throws IOException {
    Page page = present(pages.next());
    if (page.dictionary()) {
      readDictionary(page);
    } else {
      startPage(page);
    }
  }

  /** The page read, which must be there: the row group has rows left. */
  private Page present(@Nullable Page page) throws IOException {
    if (page == null) {
      throw new IOException("column chunk ends after " + rowsRead
          + " values, before all rows of the row group");
    }
    return page;
  }

  private void readDictionary(Page page) throws IOException {
    if (entries != null || dataSeen) {
      throw new IOException("unexpected dictionary page (a second one, or one after data pages)");
    }
    Object values = kind.entries(page, scale);
    entries = values;
    JoinedDictionary join = joined;
    dictionary = join != null ? join.startWith(page, (Object[]) values)
        : kind.dictionary(vector.column, values);
    vector.ensureIds(vector.rows.length);
  }

  @SuppressWarnings("deprecation") // PLAIN_DICTIONARY: the v1 name, still written
  private void startPage(Page page) throws IOException {
    dataSeen = true;
    pageLeft = page.valueCount();
    levels.start(page);
    Page.Slice values = page.values();
    Encoding encoding = page.encoding();
    if (encoding == Encoding.PLAIN) {
      plain.reset(values.bytes(), values.start(), values.end());
      mode = joined != null && joined.joinPage() ? Mode.JOINED : Mode.PLAIN;
      if (mode == Mode.JOINED && dictionary == null) {
        dictionary = Objects.requireNonNull(joined).dictionary();
        vector.ensureIds(vector.rows.length);
      }
    } else if (encoding == Encoding.PLAIN_DICTIONARY || encoding == Encoding.RLE_DICTIONARY) {
      mode = Mode.DICTIONARY;
      startIds(values);
    } else {
      mode = Mode.FOREIGN;
      // PARQUET-246 (delta byte arrays continuing across pages) needs no care here: files of
      // the parquet-mr versions that wrote them are never read in bulk (bulkDecodable)
      foreignValues = start(encoding.getValuesReader(descriptor, ValuesType.VALUES), page, values);
    }
  }

  private void startIds(Page.Slice values) throws IOException {
    if (entries == null) {
      throw new IOException("dictionary-encoded page without a dictionary page");
    }
    if (values.length() == 0) {
      ids.reset(values.bytes(), values.start(), values.end(), 0); // a page of nulls only
    } else {
      int width = values.bytes()[values.start()] & 0xff;
      ids.reset(values.bytes(), values.start() + 1, values.end(), width);
    }
  }

  /** {@code reader} started on {@code bytes} of {@code page} (levels or values). */
  static ValuesReader start(ValuesReader reader, Page page, Page.Slice bytes)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes(), bytes.start(), bytes.length()).slice();
    reader.initFromPage(page.valueCount(), ByteBufferInputStream.wrap(buffer));
    return reader;
  }

  /**
   * Decodes rows {@code [at, at+n)} of the current page, one run of definition levels after the
   * other; returns how many are not null.
   */
  private int decodeRows(int at, int n) throws IOException {
    int present = 0;
    // one call of values() for every kind of run, so that it is compiled (inlined) once
    for (int i = 0; i < n; ) {
      int k = levels.nextRun(vector.nulls, at + i, n - i);
      int p = levels.present();
      values(at + i, k, p);
      present += p;
      i += k;
    }
    return present;
  }

  private void defer(int at, int n) {
    if (deferredCount + 2 > deferred.length) {
      deferred = Arrays.copyOf(deferred, deferred.length * 2);
    }
    deferred[deferredCount++] = at;
    deferred[deferredCount++] = n;
  }

  /** Gives the rows decoded as ids so far in this batch their values. */
  private void gatherDeferred() throws IOException {
    for (int k = 0; k < deferredCount; k += 2) {
      kind.gather(Objects.requireNonNull(entries), vector, deferred[k], deferred[k + 1]);
    }
    deferredCount = 0;
  }

  /**
   * Decodes the {@code present} values of rows {@code [at, at+n)} packed at the end of the run,
   * then spreads them forward into their slots.
   */
  private void values(int at, int n, int present) throws IOException {
    boolean withIds = mode == Mode.DICTIONARY || mode == Mode.JOINED;
    if (present == 0) {
      if (withIds) {
        Arrays.fill(vector.ids, at, at + n, 0);
      }
      return;
    }
    int packed = at + n - present;
    if (mode != Mode.DICTIONARY) {
      gatherDeferred(); // the batch is not a dictionary batch: its earlier ids need values
      valuesSeen = true;
    }
    Utf8Batch bytes = utf8;
    if (bytes != null && mode == Mode.PLAIN) {
      bytes.plainValues(at, n, packed, present);
      return;
    }
    if (mode == Mode.DICTIONARY) {
      ids.read(vector.ids, packed, present);
      if (present < n) {
        spreadIds(at, n, packed);
      }
      if (gather || valuesSeen) {
        kind.gather(Objects.requireNonNull(entries), vector, at, n);
      } else {
        kind.checkIds(Objects.requireNonNull(entries), vector.ids, at, n);
        defer(at, n);
      }
    } else {
      decodeValues(at, n, packed, present, withIds);
    }
    if (bytes != null) {
      bytes.decodedValues(at, n);
    }
  }

  /** PLAIN (joined or not) and other encodings' values of rows {@code [at, at+n)}. */
  private void decodeValues(int at, int n, int packed, int present, boolean withIds)
      throws IOException {
    Object dst = kind.array(vector);
    if (mode == Mode.JOINED) {
      join(packed, present);
    } else if (mode == Mode.PLAIN) {
      kind.plain(plain, dst, packed, present, scale);
    } else {
      kind.foreign(Objects.requireNonNull(foreignValues), dst, packed, present, scale);
    }
    if (present < n) {
      kind.spread(vector, at, n, packed);
      if (withIds) {
        spreadIds(at, n, packed);
      }
    }
  }

  /** PLAIN values joining the dictionary; those after it fills up are plain values. */
  private void join(int packed, int present) throws IOException {
    int done = Objects.requireNonNull(joined).decode(plain, vector.objects, vector.ids, packed,
        present);
    if (done < present) {
      mode = Mode.PLAIN;
      kind.plain(plain, vector.objects, packed + done, present - done, scale);
    }
  }

  /** Spreads packed ids like {@link FlatKind#spread} spreads values; a null gets a valid id. */
  private void spreadIds(int at, int n, int packed) {
    FlatKind.spread(vector.ids, vector.nulls, at, n, packed);
  }
}
