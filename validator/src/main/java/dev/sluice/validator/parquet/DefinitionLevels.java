package dev.sluice.validator.parquet;

import dev.sluice.validator.parquet.page.HybridRle;
import dev.sluice.validator.parquet.page.Page;
import java.io.IOException;
import java.util.Arrays;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.values.ValuesReader;
import org.jspecify.annotations.Nullable;

/**
 * The definition levels of a flat column's current page, handed to {@link FlatColumnReader} run
 * by run: each call marks the nulls of the next run of rows and says how long it is and how many
 * of its rows hold a value. A run of one level (RLE) is a stretch of values or of nulls; a
 * bit-packed run, or levels in another encoding (through parquet-java's reader), come as decoded
 * levels. A level above the column's maximum is an error.
 */
final class DefinitionLevels {
  private final ColumnDescriptor descriptor;
  private final int maxDef;
  private final HybridRle levels = new HybridRle();
  private int[] buffer = new int[0];
  private @Nullable ValuesReader foreign;
  /** Rows with a value in the run {@link #nextRun} marked last. */
  private int present;

  DefinitionLevels(ColumnDescriptor descriptor) {
    this.descriptor = descriptor;
    this.maxDef = descriptor.getMaxDefinitionLevel();
  }

  /** Starts the levels of {@code page}; a required column has none. */
  void start(Page page) throws IOException {
    if (maxDef == 0) {
      return;
    }
    Page.Slice section = page.definitionLevels();
    if (page.levelEncoding() == Encoding.RLE) {
      foreign = null;
      int width = 32 - Integer.numberOfLeadingZeros(maxDef);
      levels.reset(section.bytes(), section.start(), section.end(), width);
    } else {
      ValuesReader reader = page.levelEncoding().getValuesReader(descriptor,
          ValuesType.DEFINITION_LEVEL);
      foreign = FlatColumnReader.start(reader, page, section);
    }
  }

  /**
   * Marks in {@code nulls} the rows of the next run from {@code at}, at most {@code n} of them;
   * returns the run's length, and {@link #present()} its rows that hold a value.
   */
  int nextRun(boolean[] nulls, int at, int n) throws IOException {
    if (maxDef == 0) {
      Arrays.fill(nulls, at, at + n, false);
      present = n;
      return n;
    }
    if (foreign != null) {
      present = mark(nulls, decoded(n), at, n);
      return n;
    }
    int k = Math.min(levels.runLeft(), n); // runLeft() first: it starts the next run
    if (levels.repeated()) {
      // one level for a stretch of rows: values decoded in place (no spreading), or nulls
      int d = levels.repeatedValue();
      if (Integer.compareUnsigned(d, maxDef) > 0) {
        throw badLevel(d);
      }
      Arrays.fill(nulls, at, at + k, d != maxDef);
      levels.skipRepeated(k);
      present = d == maxDef ? k : 0;
    } else {
      present = mark(nulls, decoded(k), at, k);
    }
    return k;
  }

  int present() {
    return present;
  }

  /** Marks nulls from decoded levels; returns how many are not null. */
  private int mark(boolean[] nulls, int[] defs, int at, int n) throws IOException {
    int count = 0;
    boolean bad = false;
    // Hot loop: branch-free but for the (predictable) range check.
    for (int i = 0; i < n; i++) {
      int d = defs[i];
      boolean isNull = d != maxDef;
      nulls[at + i] = isNull;
      count += isNull ? 0 : 1;
      bad |= Integer.compareUnsigned(d, maxDef) > 0;
    }
    if (bad) {
      for (int i = 0; i < n; i++) {
        if (Integer.compareUnsigned(defs[i], maxDef) > 0) {
          throw badLevel(defs[i]);
        }
      }
    }
    return count;
  }

  private int[] decoded(int n) throws IOException {
    if (buffer.length < n) {
      buffer = new int[Math.max(n, 1024)];
    }
    ValuesReader reader = foreign;
    if (reader == null) {
      levels.read(buffer, 0, n);
    } else {
      for (int i = 0; i < n; i++) {
        buffer[i] = reader.readInteger();
      }
    }
    return buffer;
  }

  private IOException badLevel(int d) {
    return new IOException("definition level " + Integer.toUnsignedString(d)
        + " is above the column's maximum " + maxDef);
  }
}
