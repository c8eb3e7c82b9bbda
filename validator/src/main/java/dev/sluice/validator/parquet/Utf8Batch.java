package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.parquet.page.BatchBytes;
import dev.sluice.validator.parquet.page.PlainReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 side of a {@link FlatColumnReader} whose column is read as bytes ({@link
 * ColumnVector#utf8}): PLAIN strings (or byte arrays, for a quarantine's copy) go into the batch
 * as they are, and a batch with any such value has all its values there, those decoded from a
 * dictionary page encoded again. While every byte of the batch lies in the current PLAIN page,
 * the batch points into the page; the bytes move to the batch's own {@link BatchBytes} before
 * the page's buffer is reused or other values join them.
 */
final class Utf8Batch {
  private final ColumnVector vector;
  private final PlainReader plain;
  private final BatchBytes own = new BatchBytes();
  /** Whether the batch being filled holds its values as bytes. */
  private boolean active;
  /** Whether those bytes are still in the current PLAIN page's buffer. */
  private boolean inPage;
  /** The batch row the current page's rows start at (0 when it started before the batch). */
  private int pageStart;

  Utf8Batch(ColumnVector vector, PlainReader plain) {
    this.vector = vector;
    this.plain = plain;
  }

  /** Before a batch is filled. */
  void start() {
    active = false;
    inPage = false;
    pageStart = 0;
    own.clear();
    if (vector.utf8Starts.length < vector.rows.length) {
      vector.utf8Starts = new int[vector.rows.length];
      vector.utf8Lengths = new int[vector.rows.length];
    }
  }

  /** Before the next page is read at batch row {@code at} (it reuses the page's buffer). */
  void nextPage(int at) {
    leavePage(at);
    pageStart = at;
  }

  /**
   * The {@code present} PLAIN values of rows {@code [at, at+n)}, packed from {@code packed}:
   * their bytes, spread over the rows like values; the first time, the batch's earlier rows
   * (decoded from a dictionary page) are encoded again.
   */
  void plainValues(int at, int n, int packed, int present) throws IOException {
    if (!active) {
      active = true;
      inPage = pageStart == 0; // the batch's rows so far are this page's: its bytes may stay
      encode(0, at);
    }
    if (inPage) {
      plain.slices(vector.utf8Starts, vector.utf8Lengths, packed, present);
    } else {
      plain.copies(own, vector.utf8Starts, vector.utf8Lengths, packed, present);
    }
    if (present < n) {
      FlatKind.spread(vector.utf8Starts, vector.nulls, at, n, packed);
      FlatKind.spread(vector.utf8Lengths, vector.nulls, at, n, packed);
    }
  }

  /** Rows {@code [at, at+n)} were decoded as values: in a batch of bytes, they join as bytes. */
  void decodedValues(int at, int n) {
    if (active) {
      leavePage(at);
      encode(at, at + n);
    }
  }

  /** After the batch is filled: whether it holds bytes, which {@code vector.utf8} now names. */
  boolean finish() {
    vector.utf8 = !active ? null : inPage ? plain.bytes() : own.bytes();
    return active;
  }

  /** Copies the bytes of rows {@code [0, at)}, left in the current page, into the batch's own. */
  private void leavePage(int at) {
    if (!inPage) {
      return;
    }
    inPage = false;
    byte[] page = plain.bytes();
    for (int i = 0; i < at; i++) {
      if (!vector.nulls[i]) {
        vector.utf8Starts[i] = own.append(page, vector.utf8Starts[i], vector.utf8Lengths[i]);
      }
    }
  }

  /** The decoded strings (or byte arrays) of rows {@code [from, to)} (not null) as bytes. */
  private void encode(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!vector.nulls[i]) {
        Object value = vector.objects[i];
        byte[] b = value instanceof byte[] ? (byte[]) value
            : ((String) value).getBytes(StandardCharsets.UTF_8);
        vector.utf8Starts[i] = own.append(b, 0, b.length);
        vector.utf8Lengths[i] = b.length;
      }
    }
  }
}
