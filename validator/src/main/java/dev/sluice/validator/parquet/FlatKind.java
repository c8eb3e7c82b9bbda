package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.parquet.page.Page;
import dev.sluice.validator.parquet.page.PlainReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.jspecify.annotations.Nullable;

/**
 * The value conversions of the bulk path: one per {@link Decoders} storage conversion it covers,
 * each giving exactly what that decoder gives (BOOLEAN as 0/1, INT32 sign-extended, UINT32
 * zero-extended, FLOAT widened, STRING decoded as UTF-8, BYTES copied, decimals on INT32/INT64 as
 * {@code BigDecimal.valueOf(unscaled, scale)}). Values go into the array of the column's storage
 * ({@code long[]}, {@code double[]} or {@code Object[]}), passed as {@code Object} so one method
 * serves vectors and dictionaries alike.
 */
enum FlatKind {
  BOOLEAN(ValueType.Storage.LONG, 0),
  INT32(ValueType.Storage.LONG, 4),
  UINT32(ValueType.Storage.LONG, 4),
  INT64(ValueType.Storage.LONG, 8),
  FLOAT(ValueType.Storage.DOUBLE, 4),
  DOUBLE(ValueType.Storage.DOUBLE, 8),
  STRING(ValueType.Storage.OBJECT, 4),
  BYTES(ValueType.Storage.OBJECT, 4),
  DECIMAL32(ValueType.Storage.OBJECT, 4),
  DECIMAL64(ValueType.Storage.OBJECT, 8);

  private final ValueType.Storage storage;
  /** Smallest PLAIN size of one value in bytes (0: booleans take one bit). */
  private final int width;

  FlatKind(ValueType.Storage storage, int width) {
    this.storage = storage;
    this.width = width;
  }

  /** The kinds {@link #of} finds by decoder, and those decoders, in the same order. */
  private static final FlatKind[] BY_DECODER = {BOOLEAN, INT32, UINT32, INT64, FLOAT, DOUBLE,
      STRING};
  private static final ValueDecoder[] DECODERS = {Decoders.BOOLEAN, Decoders.INT32,
      Decoders.UINT32, Decoders.INT64, Decoders.FLOAT, Decoders.DOUBLE, Decoders.STRING};

  /** The kind of a leaf, or null when the bulk path does not cover it (lists, INT96, ...). */
  static @Nullable FlatKind of(ParquetLeaf leaf) {
    if (leaf.repeated()) {
      return null;
    }
    PrimitiveTypeName physical = leaf.descriptor().getPrimitiveType().getPrimitiveTypeName();
    if (leaf.info().type().kind() == ValueType.Kind.DECIMAL) {
      return physical == PrimitiveTypeName.INT32 ? DECIMAL32
          : physical == PrimitiveTypeName.INT64 ? DECIMAL64 : null;
    }
    ValueDecoder d = leaf.decoder();
    for (int i = 0; i < BY_DECODER.length; i++) {
      if (d == DECODERS[i]) {
        return BY_DECODER[i];
      }
    }
    // BYTES also serves FIXED_LEN_BYTE_ARRAY, whose PLAIN values carry no length
    return d == Decoders.BYTES && physical == PrimitiveTypeName.BINARY ? BYTES : null;
  }

  ValueType.Storage storage() {
    return storage;
  }

  /** The vector's array of this kind's storage. */
  Object array(ColumnVector vector) {
    switch (storage) {
      case LONG: return vector.longs;
      case DOUBLE: return vector.doubles;
      default: return vector.objects;
    }
  }

  /** Decodes {@code n} PLAIN values into {@code dst[at, at+n)}. */
  void plain(PlainReader in, Object dst, int at, int n, int scale) throws IOException {
    switch (this) {
      case BOOLEAN: in.booleans((long[]) dst, at, n); break;
      case INT32: in.int32s((long[]) dst, at, n); break;
      case UINT32: in.uint32s((long[]) dst, at, n); break;
      case INT64: in.int64s((long[]) dst, at, n); break;
      case FLOAT: in.floats((double[]) dst, at, n); break;
      case DOUBLE: in.doubles((double[]) dst, at, n); break;
      case STRING: in.strings((Object[]) dst, at, n); break;
      case BYTES: in.binaries((Object[]) dst, at, n); break;
      case DECIMAL32: in.decimal32s((Object[]) dst, at, n, scale); break;
      default: in.decimal64s((Object[]) dst, at, n, scale);
    }
  }

  /** Decodes {@code n} values of any other encoding through parquet-java's reader. */
  void foreign(ValuesReader in, Object dst, int at, int n, int scale) {
    for (int i = at; i < at + n; i++) {
      switch (this) {
        case BOOLEAN: ((long[]) dst)[i] = in.readBoolean() ? 1 : 0; break;
        case INT32: ((long[]) dst)[i] = in.readInteger(); break;
        case UINT32: ((long[]) dst)[i] = Integer.toUnsignedLong(in.readInteger()); break;
        case INT64: ((long[]) dst)[i] = in.readLong(); break;
        case FLOAT: ((double[]) dst)[i] = in.readFloat(); break;
        case DOUBLE: ((double[]) dst)[i] = in.readDouble(); break;
        case STRING: ((Object[]) dst)[i] = in.readBytes().toStringUsingUTF8(); break;
        case BYTES: ((Object[]) dst)[i] = in.readBytes().getBytes(); break;
        case DECIMAL32: ((Object[]) dst)[i] = BigDecimal.valueOf(in.readInteger(), scale); break;
        default: ((Object[]) dst)[i] = BigDecimal.valueOf(in.readLong(), scale);
      }
    }
  }

  /**
   * The entries of a dictionary page, each decoded once, as an array of this kind's storage. The
   * entry count is checked against the page's bytes before anything is allocated.
   */
  @SuppressWarnings("deprecation") // PLAIN_DICTIONARY: the v1 name, still written
  Object entries(Page page, int scale) throws IOException {
    if (page.encoding() != Encoding.PLAIN && page.encoding() != Encoding.PLAIN_DICTIONARY) {
      throw new IOException("dictionary page in unsupported encoding " + page.encoding());
    }
    Page.Slice bytes = page.values();
    PlainReader in = new PlainReader().reset(bytes.bytes(), bytes.start(), bytes.end());
    int count = page.valueCount();
    long room = width == 0 ? in.bitCapacity() : in.capacity(width);
    if (count > room) {
      throw new IOException("dictionary page claims " + count + " entries in " + bytes.length()
          + " bytes");
    }
    Object entries = newArray(count);
    plain(in, entries, 0, count, scale);
    return entries;
  }

  private Object newArray(int n) {
    switch (storage) {
      case LONG: return new long[n];
      case DOUBLE: return new double[n];
      default: return new Object[n];
    }
  }

  /** The engine's dictionary over {@code entries} (shared, not copied). */
  ColumnDictionary dictionary(ColumnInfo column, Object entries) {
    switch (storage) {
      case LONG: return ColumnDictionary.ofLongs(column, (long[]) entries);
      case DOUBLE: return ColumnDictionary.ofDoubles(column, (double[]) entries);
      default: return ColumnDictionary.ofObjects(column, (Object[]) entries);
    }
  }

  /**
   * Spreads the values packed at {@code [packed, at+n)} into the non-null slots of {@code [at,
   * at+n)}. The loops run forward and branch-free: slot i takes the next packed value and only a
   * non-null slot consumes it. The next packed value is never before slot i (fewer nulls remain
   * ahead than slots), so nothing is overwritten before it is read. Once all values are placed,
   * the remaining slots are nulls; a null slot holds an arbitrary value.
   */
  void spread(ColumnVector vector, int at, int n, int packed) {
    switch (storage) {
      case LONG: spread(vector.longs, vector.nulls, at, n, packed); break;
      case DOUBLE: spread(vector.doubles, vector.nulls, at, n, packed); break;
      default: spread(vector.objects, vector.nulls, at, n, packed);
    }
  }

  /** {@link #spread} for ints (dictionary ids, UTF-8 starts and lengths); a null gets 0. */
  static void spread(int[] a, boolean[] nulls, int at, int n, int packed) {
    int end = at + n;
    int i = at;
    for (int j = packed; j < end; i++) {
      a[i] = a[j];
      j += nulls[i] ? 0 : 1;
    }
    Arrays.fill(a, i, end, 0);
  }

  private static void spread(long[] a, boolean[] nulls, int at, int n, int packed) {
    int end = at + n;
    int i = at;
    for (int j = packed; j < end; i++) {
      a[i] = a[j];
      j += nulls[i] ? 0 : 1;
    }
    Arrays.fill(a, i, end, 0);
  }

  private static void spread(double[] a, boolean[] nulls, int at, int n, int packed) {
    int end = at + n;
    int i = at;
    for (int j = packed; j < end; i++) {
      a[i] = a[j];
      j += nulls[i] ? 0 : 1;
    }
    Arrays.fill(a, i, end, 0);
  }

  private static void spread(Object[] a, boolean[] nulls, int at, int n, int packed) {
    int end = at + n;
    int i = at;
    for (int j = packed; j < end; i++) {
      a[i] = a[j];
      j += nulls[i] ? 0 : 1;
    }
    Arrays.fill(a, i, end, null);
  }

  /**
   * Values by id, nulls included (a null's id is a valid one, meaning nothing); an id beyond the
   * dictionary is an error. The range check is the loops' only branch and always predicted.
   */
  void gather(Object entries, ColumnVector vector, int at, int n) throws IOException {
    switch (storage) {
      case LONG: gather((long[]) entries, vector.ids, vector.longs, at, n); break;
      case DOUBLE: gather((double[]) entries, vector.ids, vector.doubles, at, n); break;
      default: gather((Object[]) entries, vector.ids, vector.objects, at, n);
    }
  }

  /** Checks that ids {@code [at, at+n)} name entries, as {@link #gather} does, gathering nothing. */
  void checkIds(Object entries, int[] ids, int at, int n) throws IOException {
    int size = java.lang.reflect.Array.getLength(entries);
    for (int i = at; i < at + n; i++) {
      if (Integer.compareUnsigned(ids[i], size) >= 0) {
        throw badId(ids[i], size);
      }
    }
  }

  private static void gather(long[] d, int[] ids, long[] out, int at, int n) throws IOException {
    for (int i = at; i < at + n; i++) {
      int id = ids[i];
      if (Integer.compareUnsigned(id, d.length) >= 0) {
        throw badId(id, d.length);
      }
      out[i] = d[id];
    }
  }

  private static void gather(double[] d, int[] ids, double[] out, int at, int n)
      throws IOException {
    for (int i = at; i < at + n; i++) {
      int id = ids[i];
      if (Integer.compareUnsigned(id, d.length) >= 0) {
        throw badId(id, d.length);
      }
      out[i] = d[id];
    }
  }

  private static void gather(Object[] d, int[] ids, Object[] out, int at, int n)
      throws IOException {
    for (int i = at; i < at + n; i++) {
      int id = ids[i];
      if (Integer.compareUnsigned(id, d.length) >= 0) {
        throw badId(id, d.length);
      }
      out[i] = d[id];
    }
  }

  private static IOException badId(int id, int entries) {
    return new IOException("dictionary id " + Integer.toUnsignedString(id)
        + " is out of range: the dictionary has " + entries + " entries");
  }
}
