package dev.sluice.validator.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

/**
 * Writes a case file as an Arrow IPC file with Arrow Java's {@link ArrowFileWriter}: the schema
 * mapped by {@link ArrowCaseSchema}, the metadata as the schema's custom metadata, one record
 * batch per Parquet row group.
 */
final class ArrowCaseWriter {
  private ArrowCaseWriter() {}

  static Path write(CaseData data, Path file) throws IOException {
    Schema schema = ArrowCaseSchema.of(data.schema(), data.metadata());
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        ArrowFileWriter writer = new ArrowFileWriter(root, null, channel)) {
      writer.start();
      List<Map<String, Object>> rows = data.rows();
      for (int first = 0; first < rows.size(); first += data.rowsPerGroup()) {
        List<Map<String, Object>> batch =
            rows.subList(first, Math.min(rows.size(), first + data.rowsPerGroup()));
        fill(root, data.schema(), batch);
        writer.writeBatch();
      }
      writer.end();
    }
    return file;
  }

  private static void fill(VectorSchemaRoot root, GroupType schema,
      List<Map<String, Object>> rows) {
    root.allocateNew();
    for (int i = 0; i < rows.size(); i++) {
      for (Type field : schema.getFields()) {
        set(root.getVector(field.getName()), i, field, rows.get(i).get(field.getName()));
      }
    }
    root.setRowCount(rows.size());
  }

  @SuppressWarnings("unchecked")
  private static void set(FieldVector vector, int i, Type type, Object value) {
    if (value == null) {
      setNull(vector, i);
    } else if (vector instanceof StructVector) {
      StructVector struct = (StructVector) vector;
      struct.setIndexDefined(i);
      for (Type field : type.asGroupType().getFields()) {
        set((FieldVector) struct.getChild(field.getName()), i, field,
            ((Map<String, Object>) value).get(field.getName()));
      }
    } else if (vector instanceof ListVector) {
      ListVector list = (ListVector) vector;
      List<Object> items = (List<Object>) value;
      int start = list.startNewValue(i);
      Type element = CaseData.listElement(type.asGroupType());
      for (int j = 0; j < items.size(); j++) {
        set(list.getDataVector(), start + j, element, items.get(j));
      }
      list.endValue(i, items.size());
    } else {
      setLeaf(vector, i, value);
    }
  }

  /** A null here, and below it (the fields of a null struct are null, as in Parquet). */
  private static void setNull(FieldVector vector, int i) {
    if (vector instanceof StructVector) {
      ((StructVector) vector).getChildrenFromFields().forEach(child -> setNull(child, i));
    }
    vector.setNull(i);
  }

  // One branch per vector class that ArrowCaseSchema creates; a long chain, but a flat one.
  private static void setLeaf(FieldVector vector, int i, Object value) {
    if (vector instanceof BaseIntVector) {
      ((BaseIntVector) vector).setWithPossibleTruncate(i, ((Number) value).longValue());
    } else if (vector instanceof Float4Vector) {
      ((Float4Vector) vector).setSafe(i, ((Number) value).floatValue());
    } else if (vector instanceof Float8Vector) {
      ((Float8Vector) vector).setSafe(i, ((Number) value).doubleValue());
    } else if (vector instanceof DecimalVector) {
      ((DecimalVector) vector).setSafe(i, (BigDecimal) value);
    } else if (vector instanceof BitVector) {
      ((BitVector) vector).setSafe(i, Boolean.TRUE.equals(value) ? 1 : 0);
    } else if (vector instanceof VarCharVector) {
      ((VarCharVector) vector).setSafe(i, bytes(value));
    } else if (vector instanceof VarBinaryVector) {
      ((VarBinaryVector) vector).setSafe(i, bytes(value));
    } else if (vector instanceof FixedSizeBinaryVector) {
      ((FixedSizeBinaryVector) vector).setSafe(i, bytes(value));
    } else if (vector instanceof DateDayVector) {
      long day = value instanceof LocalDate
          ? ((LocalDate) value).toEpochDay() : ((Number) value).longValue();
      ((DateDayVector) vector).setSafe(i, Math.toIntExact(day));
    } else if (vector instanceof TimeMilliVector) {
      ((TimeMilliVector) vector).setSafe(i, ((Number) value).intValue());
    } else if (vector instanceof TimeMicroVector) {
      ((TimeMicroVector) vector).setSafe(i, ((Number) value).longValue());
    } else if (vector instanceof TimeNanoVector) {
      ((TimeNanoVector) vector).setSafe(i, ((Number) value).longValue());
    } else if (vector instanceof TimeStampVector) {
      ((TimeStampVector) vector).setSafe(i, ((Number) value).longValue());
    } else {
      throw new IllegalArgumentException("no case writes a " + vector.getClass().getSimpleName());
    }
  }

  private static byte[] bytes(Object value) {
    return value instanceof byte[]
        ? (byte[]) value : value.toString().getBytes(StandardCharsets.UTF_8);
  }
}
