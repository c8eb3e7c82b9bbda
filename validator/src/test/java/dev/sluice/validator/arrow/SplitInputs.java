package dev.sluice.validator.arrow;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.LargeListVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.ipc.message.ArrowDictionaryBatch;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/** Inputs for the split that {@link SampleArrow} does not cover. */
final class SplitInputs {
  private static final ArrowType UTF8 = ArrowType.Utf8.INSTANCE;
  private static final ArrowType.Int INT32 = new ArrowType.Int(32, true);
  private static final ArrowType INT64 = new ArrowType.Int(64, true);

  private SplitInputs() {}

  private static FileChannel create(Path path) throws IOException {
    return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** A stream whose dictionary is replaced before each batch: batch k's values are "k-a", ... */
  static Path replacedDictionaries(Path path, BufferAllocator allocator, int... batches)
      throws IOException {
    DictionaryEncoding encoding = new DictionaryEncoding(3, false, INT32);
    Schema schema = new Schema(List.of(Field.nullable("id", INT64),
        new Field("code", new FieldType(true, INT32, encoding), null)));
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
        VarCharVector values = new VarCharVector("codes", allocator);
        FileChannel channel = create(path);
        ArrowStreamWriter writer = new ArrowStreamWriter(root,
            new DictionaryProvider.MapDictionaryProvider(new Dictionary(values, encoding)),
            channel)) {
      writer.start();
      long first = 0;
      for (int k = 0; k < batches.length; k++) {
        values.allocateNew();
        for (int v = 0; v <= k + 1; v++) {
          values.setSafe(v, (k + "-" + (char) ('a' + v)).getBytes(StandardCharsets.UTF_8));
        }
        values.setValueCount(k + 2);
        root.allocateNew();
        for (int i = 0; i < batches[k]; i++) {
          ((BigIntVector) root.getVector("id")).setSafe(i, first + i);
          ((IntVector) root.getVector("code")).setSafe(i, (int) ((first + i) % (k + 2)));
        }
        root.setRowCount(batches[k]);
        writer.writeBatch();
        first += batches[k];
      }
      writer.end();
    }
    return path;
  }

  /** {@link SampleArrow}'s rows in an IPC file whose status dictionary ends in a delta batch. */
  static Path deltaDictionary(Path path, BufferAllocator allocator, int... batches)
      throws IOException {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(SampleArrow.schema(), allocator);
        VarCharVector values = new VarCharVector("status-values", allocator)) {
      values.allocateNew();
      for (int i = 0; i < SampleArrow.STATUSES.size(); i++) {
        values.setSafe(i, SampleArrow.STATUSES.get(i).getBytes(StandardCharsets.UTF_8));
      }
      values.setValueCount(SampleArrow.STATUSES.size());
      DictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider(
          new Dictionary(values, SampleArrow.STATUS));
      try (FileChannel channel = create(path);
          ArrowWriter writer = new DeltaFileWriter(root, provider, channel, allocator)) {
        writer.start();
        long first = 0;
        for (int rows : batches) {
          SampleArrow.fill(root, first, rows);
          writer.writeBatch();
          first += rows;
        }
        writer.end();
      }
    }
    return path;
  }

  /** Writes each dictionary as a batch of its first entries and a delta with its last one. */
  private static final class DeltaFileWriter extends ArrowFileWriter {
    private final BufferAllocator allocator;
    private boolean written;

    DeltaFileWriter(VectorSchemaRoot root, DictionaryProvider provider, FileChannel out,
        BufferAllocator allocator) {
      super(root, provider, out);
      this.allocator = allocator;
    }

    @Override
    protected void ensureDictionariesWritten(DictionaryProvider provider, Set<Long> ids)
        throws IOException {
      if (written) {
        return;
      }
      written = true;
      for (long id : ids) {
        VarCharVector all = (VarCharVector) provider.lookup(id).getVector();
        int n = all.getValueCount();
        writePart(id, all, 0, n - 1, false);
        writePart(id, all, n - 1, 1, true);
      }
    }

    private void writePart(long id, VarCharVector all, int start, int length, boolean delta)
        throws IOException {
      try (VarCharVector part = new VarCharVector(all.getField(), allocator)) {
        all.makeTransferPair(part).splitAndTransfer(start, length);
        VectorSchemaRoot one = new VectorSchemaRoot(List.of(part.getField()), List.of(part),
            length);
        ArrowRecordBatch body = new VectorUnloader(one).getRecordBatch();
        try (ArrowDictionaryBatch batch = new ArrowDictionaryBatch(id, body, delta)) {
          writeDictionaryBatch(batch);
        }
      }
    }
  }

  /** Lists of structs, a fixed-size list, a map, a large list, a decimal, a null column. */
  static Schema nestedSchema() {
    Field point = new Field("point", FieldType.nullable(ArrowType.Struct.INSTANCE),
        List.of(Field.notNullable("x", INT32), Field.nullable("label", UTF8)));
    Field entries = new Field("entries", FieldType.notNullable(ArrowType.Struct.INSTANCE),
        List.of(Field.notNullable("key", UTF8), Field.nullable("value", INT64)));
    return new Schema(List.of(
        new Field("points", FieldType.nullable(ArrowType.List.INSTANCE), List.of(point)),
        new Field("pair", FieldType.nullable(new ArrowType.FixedSizeList(2)),
            List.of(Field.nullable("item", INT32))),
        new Field("attrs", FieldType.nullable(new ArrowType.Map(false)), List.of(entries)),
        new Field("big", FieldType.nullable(ArrowType.LargeList.INSTANCE),
            List.of(Field.nullable("item", UTF8))),
        Field.nullable("amount", new ArrowType.Decimal(10, 2, 128)),
        Field.nullable("nothing", ArrowType.Null.INSTANCE),
        Field.nullable("flag", ArrowType.Bool.INSTANCE)),
        Map.of("origin", "nested"));
  }

  /** Rows whose values follow from the row number, with nulls at every level. */
  static Path nested(Path path, BufferAllocator allocator, boolean stream, int... batches)
      throws IOException {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(nestedSchema(), allocator);
        FileChannel channel = create(path);
        ArrowWriter writer = stream ? new ArrowStreamWriter(root, null, channel)
            : new ArrowFileWriter(root, null, channel)) {
      writer.start();
      long first = 0;
      for (int rows : batches) {
        root.allocateNew();
        for (int i = 0; i < rows; i++) {
          fillNested(root, i, first + i);
        }
        root.setRowCount(rows);
        writer.writeBatch();
        first += rows;
      }
      writer.end();
    }
    return path;
  }

  private static void fillNested(VectorSchemaRoot root, int i, long r) {
    fillPoints((ListVector) root.getVector("points"), i, r);
    FixedSizeListVector pair = (FixedSizeListVector) root.getVector("pair");
    IntVector pairItems = (IntVector) pair.getDataVector();
    if (r % 5 == 2) {
      pair.setNull(i);
      pairItems.setNull(2 * i);
      pairItems.setNull(2 * i + 1);
    } else {
      pair.setNotNull(i);
      pairItems.setSafe(2 * i, (int) r);
      if (r % 3 == 0) {
        pairItems.setNull(2 * i + 1);
      } else {
        pairItems.setSafe(2 * i + 1, (int) -r);
      }
    }
    fillAttrs((MapVector) root.getVector("attrs"), i, r);
    fillBig((LargeListVector) root.getVector("big"), i, r);
    DecimalVector amount = (DecimalVector) root.getVector("amount");
    if (r % 4 == 3) {
      amount.setNull(i);
    } else {
      amount.setSafe(i, BigDecimal.valueOf(r * 125 - 300, 2));
    }
    BitVector flag = (BitVector) root.getVector("flag");
    if (r % 7 == 6) {
      flag.setNull(i);
    } else {
      flag.setSafe(i, r % 2 == 0 ? 1 : 0);
    }
  }

  private static void fillPoints(ListVector points, int i, long r) {
    if (r % 6 == 5) {
      points.setNull(i);
      return;
    }
    StructVector point = (StructVector) points.getDataVector();
    IntVector x = (IntVector) point.getChild("x");
    VarCharVector label = (VarCharVector) point.getChild("label");
    int at = points.startNewValue(i);
    int n = (int) (r % 3);
    for (int e = 0; e < n; e++) {
      if ((r + e) % 4 == 1) {
        point.setNull(at + e);
        x.setSafe(at + e, 0);
        label.setNull(at + e);
        continue;
      }
      point.setIndexDefined(at + e);
      x.setSafe(at + e, (int) (r * 10 + e));
      if (e == 1) {
        label.setNull(at + e);
      } else {
        label.setSafe(at + e, ("p" + r + "." + e).getBytes(StandardCharsets.UTF_8));
      }
    }
    points.endValue(i, n);
  }

  private static void fillAttrs(MapVector attrs, int i, long r) {
    if (r % 7 == 3) {
      attrs.setNull(i);
      return;
    }
    StructVector entries = (StructVector) attrs.getDataVector();
    VarCharVector key = (VarCharVector) entries.getChild("key");
    BigIntVector value = (BigIntVector) entries.getChild("value");
    int at = attrs.startNewValue(i);
    int n = (int) ((r + 1) % 3);
    for (int e = 0; e < n; e++) {
      entries.setIndexDefined(at + e);
      key.setSafe(at + e, ("k" + e).getBytes(StandardCharsets.UTF_8));
      if (e == 1 && r % 2 == 0) {
        value.setNull(at + e);
      } else {
        value.setSafe(at + e, r * 100 + e);
      }
    }
    attrs.endValue(i, n);
  }

  private static void fillBig(LargeListVector big, int i, long r) {
    if (r % 8 == 7) {
      big.setNull(i);
      return;
    }
    VarCharVector items = (VarCharVector) big.getDataVector();
    int at = Math.toIntExact(big.startNewValue(i));
    int n = (int) (r % 4);
    for (int e = 0; e < n; e++) {
      items.setSafe(at + e, ("b" + r + "-" + e).getBytes(StandardCharsets.UTF_8));
    }
    big.endValue(i, n);
  }
}
