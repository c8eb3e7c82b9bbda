package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.parquet.page.ByteArrayIndex;
import dev.sluice.validator.parquet.page.Page;
import dev.sluice.validator.parquet.page.PlainReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dictionary of a STRING or BYTES column chunk that the values of its PLAIN pages join. A
 * writer falls back from dictionary to PLAIN encoding mid-chunk once its dictionary page is full
 * (parquet-java at 1 MiB), yet most later values repeat an entry or an earlier value: each PLAIN
 * value is looked up by its bytes in a {@link ByteArrayIndex} of the chunk (the dictionary
 * page's entries, then every new value), so that it gets the entry's value, decoded once, and an
 * id in the chunk's {@link ColumnDictionary#appendable appendable dictionary}. Batches of PLAIN
 * pages, or of dictionary and PLAIN pages mixed, are then dictionary batches too.
 *
 * <p>Bounded per chunk, and given up for the rest of the chunk when it does not pay: once {@link
 * #MAX_NEW_ENTRIES} new entries or {@link #MAX_NEW_BYTES} bytes of new values were added, or when
 * fewer than half the values of a page (the first one aside) were already known. Values decoded
 * after that are plain values without ids; the ids already given keep their meaning.
 */
final class JoinedDictionary {
  static final int MAX_NEW_ENTRIES = 1 << 16;
  static final long MAX_NEW_BYTES = 8L << 20;
  /** A larger dictionary page is not indexed (writers keep theirs near 1 MiB). */
  private static final int MAX_PAGE_ENTRIES = 1 << 22;
  private static final int MAX_PAGE_BYTES = 64 << 20;

  private final ColumnInfo column;
  private final boolean utf8;
  /** The dictionary page's PLAIN bytes, kept until the first PLAIN page needs the index. */
  private byte[] page = new byte[0];
  private Object[] pageEntries = new Object[0];
  private @Nullable ColumnDictionary dictionary;
  private @Nullable ByteArrayIndex index;
  private boolean over;
  private int pages;
  private long pageValues;
  private long hitsBefore;

  private JoinedDictionary(ColumnInfo column, boolean utf8) {
    this.column = column;
    this.utf8 = utf8;
  }

  /** The joined dictionary of a chunk of this kind; null when its values cannot join one. */
  static @Nullable JoinedDictionary of(FlatKind kind, ColumnInfo column) {
    return kind == FlatKind.STRING || kind == FlatKind.BYTES
        ? new JoinedDictionary(column, kind == FlatKind.STRING) : null;
  }

  /** The chunk's dictionary so far; null before a dictionary page or a joined PLAIN page. */
  @Nullable ColumnDictionary dictionary() {
    return dictionary;
  }

  /** The chunk's dictionary page, whose {@code entries} start the dictionary. */
  ColumnDictionary startWith(Page dictionaryPage, Object[] entries) {
    Page.Slice values = dictionaryPage.values();
    over = entries.length > MAX_PAGE_ENTRIES || values.length() > MAX_PAGE_BYTES;
    if (!over) {
      page = Arrays.copyOfRange(values.bytes(), values.start(), values.end());
      pageEntries = entries;
    }
    ColumnDictionary d = ColumnDictionary.appendable(column, entries);
    dictionary = d;
    return d;
  }

  /**
   * Whether the values of the PLAIN page about to be decoded join the dictionary: the first
   * time, the index is built; later, the previous PLAIN page (unless it was the first) must have
   * found at least half its values already known.
   */
  boolean joinPage() throws IOException {
    if (over) {
      return false;
    }
    ByteArrayIndex known = index;
    if (known == null) {
      known = new ByteArrayIndex(utf8, new Page.Slice(page, 0, page.length), pageEntries,
          MAX_NEW_ENTRIES, MAX_NEW_BYTES);
      index = known;
      page = new byte[0];
      pageEntries = new Object[0];
      if (dictionary == null) {
        dictionary = ColumnDictionary.appendable(column, new Object[0]);
      }
    } else if (pages > 1 && 2 * (known.hits() - hitsBefore) < pageValues) {
      stop();
      return false;
    }
    pages++;
    pageValues = 0;
    hitsBefore = known.hits();
    return true;
  }

  /**
   * Decodes {@code n} PLAIN values into {@code dst} and their ids into {@code ids}, from {@code
   * at}; returns how many joined. Fewer than {@code n} when the index is full, which ends the
   * joining for the rest of the chunk: the caller decodes the others as plain values.
   */
  int decode(PlainReader plain, Object[] dst, int[] ids, int at, int n) throws IOException {
    ByteArrayIndex known = Objects.requireNonNull(index);
    int done = plain.indexed(known, dst, ids, at, n);
    pageValues += done;
    ColumnDictionary d = Objects.requireNonNull(dictionary);
    for (int id = d.size(); id < known.size(); id++) {
      d.append(known.value(id));
    }
    if (done < n) {
      stop();
    }
    return done;
  }

  private void stop() {
    over = true;
    index = null;
  }
}
