package dev.sluice.validator.arrow;

import dev.sluice.validator.arrow.ArrowLeaf.Step;
import dev.sluice.validator.arrow.ValueReader.BadValueException;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.ExtensionTypeVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.complex.RunEndEncodedVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.jspecify.annotations.Nullable;

/**
 * Fills one leaf column's {@link ColumnVector} from one record batch, slice by slice. Values are
 * found through positions: a slice starts with the positions of its rows in the top-level vector,
 * and each step maps them (a null struct or list makes the entry null, a dictionary or run-end
 * step replaces a position by the entry's, a list step replaces an entry by its elements: none for
 * an empty list, one null for a null list); the reader then reads the leaf vector at the final
 * positions.
 */
final class LeafFiller {
  /** More list elements in one slice of rows is hostile input, not data (it would exhaust the heap). */
  static final int MAX_ENTRIES = 1 << 26;

  private final ArrowLeaf leaf;
  private final List<Step> steps;
  /** {@code vectors[s]} is the vector step {@code s} reads; the last one holds the values. */
  private final ValueVector[] vectors;
  private final @Nullable ListRanges[] ranges;
  private final int dictionaryLimit;
  /** Where the dictionaries come from: a file's cache decodes each version once for all batches. */
  private final DictionaryProvider dictionaries;
  private boolean dictionaryTried;
  private @Nullable ColumnDictionary dictionary;
  final ColumnVector out;
  private int[] idx = new int[0];
  private long[] rows = new long[0];
  private boolean[] nulls = new boolean[0];
  private int[] nextIdx = new int[0];
  private long[] nextRows = new long[0];
  private boolean[] nextNulls = new boolean[0];

  /**
   * @param dictionaryLimit the largest dictionary worth decoding whole to hand checks its entries
   *     (about the rows of the record batch)
   */
  LeafFiller(ArrowLeaf leaf, FieldVector top, DictionaryProvider dictionaries, int dictionaryLimit)
      throws BadArrowException {
    this.leaf = leaf;
    this.steps = leaf.steps();
    this.vectors = new ValueVector[steps.size() + 1];
    this.ranges = new ListRanges[steps.size()];
    this.dictionaryLimit = dictionaryLimit;
    this.dictionaries = dictionaries;
    this.out = new ColumnVector(leaf.info(), 16);
    ValueVector v = top;
    for (int s = 0; s < steps.size(); s++) {
      vectors[s] = v;
      v = next(s, v, dictionaries);
    }
    vectors[steps.size()] = v;
  }

  private ValueVector next(int s, ValueVector v, DictionaryProvider dictionaries)
      throws BadArrowException {
    Step step = steps.get(s);
    switch (step.kind()) {
      case CHILD:
        ValueVector child = ((FieldVector) v).getChildrenFromFields().get(step.child());
        if (child.getValueCount() < v.getValueCount()) {
          throw new BadArrowException("struct child " + child.getName() + " has "
              + child.getValueCount() + " values, fewer than its struct's " + v.getValueCount());
        }
        return child;
      case LIST:
        ranges[s] = ListRanges.of(v);
        return ranges[s].elements;
      case DICTIONARY:
        Dictionary d = dictionaries.lookup(step.dictionaryId());
        if (d == null) {
          throw new BadArrowException("dictionary " + step.dictionaryId() + " is not defined");
        }
        return d.getVector();
      case UNWRAP:
        return ((ExtensionTypeVector<?>) v).getUnderlyingVector();
      default:
        return ((RunEndEncodedVector) v).getValuesVector();
    }
  }

  ColumnInfo column() {
    return leaf.info();
  }

  /** Fills the vector with rows {@code [start, start + count)} of the record batch. */
  void fill(int start, int count, long firstRow) {
    int m = count;
    ensure(m);
    for (int k = 0; k < m; k++) {
      idx[k] = start + k;
      rows[k] = firstRow + k;
      nulls[k] = false;
    }
    for (int s = 0; s < steps.size(); s++) {
      switch (steps.get(s).kind()) {
        case CHILD: nullsOf(vectors[s], m); break;
        case LIST: m = expand(vectors[s], ranges[s], m); break;
        case DICTIONARY: lookUp(vectors[s], vectors[s + 1].getValueCount(), m); break;
        case RUN_END: runs((RunEndEncodedVector) vectors[s], m); break;
        default: break;
      }
    }
    out.ensureCapacity(m);
    System.arraycopy(rows, 0, out.rows, 0, m);
    System.arraycopy(nulls, 0, out.nulls, 0, m);
    out.size = m;
    leaf.reader().read(vectors[steps.size()], idx, m, out);
    attachDictionary(m);
  }

  private void nullsOf(ValueVector struct, int m) {
    for (int k = 0; k < m; k++) {
      if (!nulls[k] && struct.isNull(idx[k])) {
        nulls[k] = true;
      }
    }
  }

  private void lookUp(ValueVector indices, int size, int m) {
    BaseIntVector ints = (BaseIntVector) indices;
    for (int k = 0; k < m; k++) {
      if (!nulls[k]) {
        int i = idx[k];
        if (indices.isNull(i)) {
          nulls[k] = true;
          continue;
        }
        long id = ints.getValueAsLong(i);
        if (id < 0 || id >= size) {
          throw new BadValueException("dictionary index " + id + " outside a dictionary of "
              + size + " entries");
        }
        idx[k] = (int) id;
      }
    }
  }

  private void runs(RunEndEncodedVector vector, int m) {
    int values = vector.getValuesVector().getValueCount();
    for (int k = 0; k < m; k++) {
      if (!nulls[k]) {
        int p = vector.getPhysicalIndex(idx[k]);
        if (p < 0 || p >= values) {
          throw new BadValueException("run-end encoded value " + idx[k] + " has no run");
        }
        idx[k] = p;
      }
    }
  }

  /** Replaces each entry by its list's elements; a null entry or list stays one null entry. */
  private int expand(ValueVector list, ListRanges range, int m) {
    int elements = range.elements.getValueCount();
    int n = 0;
    for (int k = 0; k < m; k++) {
      if (nulls[k] || list.isNull(idx[k])) {
        n = put(n, rows[k], 0, true);
        continue;
      }
      long b = range.start(idx[k]);
      long e = range.end(idx[k]);
      if (b < 0 || b > e || e > elements) {
        throw new BadValueException("list " + idx[k] + " spans elements [" + b + ", " + e
            + "), outside the " + elements + " elements");
      }
      if (n + (e - b) > MAX_ENTRIES) {
        throw new BadValueException("more than " + MAX_ENTRIES + " list elements in a slice of "
            + m + " entries");
      }
      ensureNext(n + (int) (e - b));
      for (int j = (int) b; j < e; j++) {
        n = put(n, rows[k], j, false);
      }
    }
    swap();
    return n;
  }

  private int put(int n, long row, int position, boolean isNull) {
    ensureNext(n + 1);
    nextIdx[n] = position;
    nextRows[n] = row;
    nextNulls[n] = isNull;
    return n + 1;
  }

  private void ensure(int capacity) {
    if (idx.length < capacity) {
      idx = Arrays.copyOf(idx, capacity);
      rows = Arrays.copyOf(rows, capacity);
      nulls = Arrays.copyOf(nulls, capacity);
    }
  }

  private void ensureNext(int capacity) {
    if (nextIdx.length < capacity) {
      int n = Math.max(capacity, nextIdx.length * 2);
      nextIdx = Arrays.copyOf(nextIdx, n);
      nextRows = Arrays.copyOf(nextRows, n);
      nextNulls = Arrays.copyOf(nextNulls, n);
    }
  }

  private void swap() {
    int[] i = idx;
    idx = nextIdx;
    nextIdx = i;
    long[] r = rows;
    rows = nextRows;
    nextRows = r;
    boolean[] z = nulls;
    nulls = nextNulls;
    nextNulls = z;
  }

  private void attachDictionary(int m) {
    if (!leaf.endsInDictionary()) {
      return;
    }
    if (!dictionaryTried) {
      dictionaryTried = true;
      ValueVector values = vectors[steps.size()];
      dictionary = dictionaries instanceof DictionaryCache.Lease
          ? ((DictionaryCache.Lease) dictionaries).decoded(leaf, values, dictionaryLimit)
          : decode(leaf, values, dictionaryLimit);
    }
    out.dictionary = dictionary;
    if (dictionary != null) {
      out.ensureIds(m);
      System.arraycopy(idx, 0, out.ids, 0, m);
    }
  }

  /**
   * The entries of a dictionary vector, decoded once; null when it is larger than {@code limit},
   * holds a null entry (values from it are null, not entries) or an entry the engine cannot hold
   * (that fails only the rows that use it).
   */
  static @Nullable ColumnDictionary decode(ArrowLeaf leaf, ValueVector values, int limit) {
    int size = values.getValueCount();
    ValueType.Storage storage = leaf.info().type().kind().storage();
    if (size == 0 || size > limit || leaf.info().type().kind() == ValueType.Kind.UNSUPPORTED) {
      return null;
    }
    ColumnVector entries = new ColumnVector(leaf.info(), size);
    int[] all = new int[size];
    Arrays.setAll(all, i -> i);
    try {
      leaf.reader().read(values, all, size, entries);
    } catch (RuntimeException e) {
      return null;
    }
    for (int i = 0; i < size; i++) {
      if (entries.nulls[i]) {
        return null;
      }
    }
    switch (storage) {
      case LONG: return ColumnDictionary.ofLongs(leaf.info(), entries.longs);
      case DOUBLE: return ColumnDictionary.ofDoubles(leaf.info(), entries.doubles);
      default: return ColumnDictionary.ofObjects(leaf.info(), entries.objects);
    }
  }
}
