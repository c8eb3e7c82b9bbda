package dev.sluice.validator.arrow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.compression.CompressionUtil.CodecType;
import org.apache.arrow.vector.compression.NoCompressionCodec;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A small dataset written with Arrow Java's own writers, whose every value follows from its row
 * number: ints, strings, timestamps, an unsigned byte, a list, a struct, a dictionary column,
 * nulls everywhere, schema metadata.
 */
final class SampleArrow {
  static final List<String> STATUSES = List.of("new", "paid", "shipped");
  static final DictionaryEncoding STATUS =
      new DictionaryEncoding(7, false, new ArrowType.Int(32, true));
  static final Map<String, String> METADATA =
      Map.of("lineage.source_system", "crm", "lineage.run_id", "0badf00d-0000-");

  private SampleArrow() {}

  static Schema schema() {
    ArrowType utf8 = ArrowType.Utf8.INSTANCE;
    return new Schema(List.of(
        Field.nullable("id", new ArrowType.Int(64, true)),
        Field.nullable("name", utf8),
        Field.nullable("ts", new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC")),
        Field.nullable("small", new ArrowType.Int(8, false)),
        new Field("tags", FieldType.nullable(ArrowType.List.INSTANCE),
            List.of(Field.nullable("item", utf8))),
        new Field("customer", FieldType.nullable(ArrowType.Struct.INSTANCE), List.of(
            Field.nullable("email", utf8), Field.notNullable("age", new ArrowType.Int(32, true)))),
        new Field("status", new FieldType(true, new ArrowType.Int(32, true), STATUS), null)),
        METADATA);
  }

  static Long id(long r) {
    return r % 5 == 3 ? null : r * 10;
  }

  static String name(long r) {
    return r % 7 == 0 ? null : "né-" + r;
  }

  static Long ts(long r) {
    return r % 4 == 1 ? null : 1_700_000_000_000_000L + r;
  }

  static Long small(long r) {
    return r % 9 == 4 ? null : (r * 13) % 256;
  }

  /** Null list, empty list, or 1-3 items (the second null now and then). */
  static List<String> tags(long r) {
    if (r % 6 == 0) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (int j = 0; r % 6 != 1 && j < r % 3 + 1; j++) {
      items.add(j == 1 && r % 5 == 0 ? null : "t" + r + "_" + j);
    }
    return items;
  }

  static boolean customerNull(long r) {
    return r % 8 == 2;
  }

  static String email(long r) {
    return r % 3 == 0 ? null : "e" + r + "@x.io";
  }

  static String status(long r) {
    return r % 10 == 9 ? null : STATUSES.get((int) (r % 3));
  }

  /** Writes batches of the given sizes, in the file or the stream format. */
  static Path write(Path path, BufferAllocator allocator, boolean stream, int... batches)
      throws IOException {
    return write(path, allocator, stream, CodecType.NO_COMPRESSION, batches);
  }

  /** Writes an IPC file with its buffers compressed by {@code codec}. */
  static Path write(Path path, BufferAllocator allocator, CodecType codec, int... batches)
      throws IOException {
    return write(path, allocator, false, codec, batches);
  }

  private static Path write(Path path, BufferAllocator allocator, boolean stream, CodecType codec,
      int... batches) throws IOException {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema(), allocator);
        VarCharVector dictionary = new VarCharVector("status-values", allocator)) {
      dictionary.allocateNew();
      for (int i = 0; i < STATUSES.size(); i++) {
        dictionary.setSafe(i, STATUSES.get(i).getBytes(StandardCharsets.UTF_8));
      }
      dictionary.setValueCount(STATUSES.size());
      DictionaryProvider provider =
          new DictionaryProvider.MapDictionaryProvider(new Dictionary(dictionary, STATUS));
      try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE,
              StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          ArrowWriter writer = stream ? new ArrowStreamWriter(root, provider, channel)
              : new ArrowFileWriter(root, provider, channel, Map.of("footer.key", "f"),
                  IpcOption.DEFAULT, codec == CodecType.NO_COMPRESSION
                      ? NoCompressionCodec.Factory.INSTANCE : CommonsCompressionFactory.INSTANCE,
                  codec)) {
        writer.start();
        long first = 0;
        for (int rows : batches) {
          fill(root, first, rows);
          writer.writeBatch();
          first += rows;
        }
        writer.end();
      }
    }
    return path;
  }

  /** Fills {@code root} with rows {@code [first, first + rows)}. */
  static void fill(VectorSchemaRoot root, long first, int rows) {
    root.allocateNew();
    for (int i = 0; i < rows; i++) {
      long r = first + i;
      setLong((BigIntVector) root.getVector("id"), i, id(r));
      setText((VarCharVector) root.getVector("name"), i, name(r));
      TimeStampMicroTZVector ts = (TimeStampMicroTZVector) root.getVector("ts");
      if (ts(r) == null) {
        ts.setNull(i);
      } else {
        ts.setSafe(i, ts(r));
      }
      UInt1Vector small = (UInt1Vector) root.getVector("small");
      if (small(r) == null) {
        small.setNull(i);
      } else {
        small.setSafe(i, (int) (long) small(r));
      }
      fillTags((ListVector) root.getVector("tags"), i, tags(r));
      fillCustomer((StructVector) root.getVector("customer"), i, r);
      IntVector status = (IntVector) root.getVector("status");
      if (status(r) == null) {
        status.setNull(i);
      } else {
        status.setSafe(i, (int) (r % 3));
      }
    }
    root.setRowCount(rows);
  }

  private static void setLong(BigIntVector v, int i, Long value) {
    if (value == null) {
      v.setNull(i);
    } else {
      v.setSafe(i, value);
    }
  }

  private static void setText(VarCharVector v, int i, String value) {
    if (value == null) {
      v.setNull(i);
    } else {
      v.setSafe(i, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void fillTags(ListVector list, int i, List<String> items) {
    if (items == null) {
      list.setNull(i);
      return;
    }
    VarCharVector data = (VarCharVector) list.getDataVector();
    int offset = list.startNewValue(i);
    for (int j = 0; j < items.size(); j++) {
      setText(data, offset + j, items.get(j));
    }
    list.endValue(i, items.size());
  }

  private static void fillCustomer(StructVector struct, int i, long r) {
    VarCharVector email = (VarCharVector) struct.getChild("email");
    IntVector age = (IntVector) struct.getChild("age");
    if (customerNull(r)) {
      struct.setNull(i);
      email.setNull(i);
      age.setSafe(i, 0);
      return;
    }
    struct.setIndexDefined(i);
    setText(email, i, email(r));
    age.setSafe(i, (int) r);
  }
}
