package dev.sluice.validator.arrow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * An Arrow IPC file or stream read back with Arrow Java, row by row: each row as the text of its
 * values ({@code getObject}, dictionary-encoded values decoded), batch sizes, schema and kind.
 */
record IpcRows(boolean fileFormat, Schema schema, List<Integer> batches, List<List<String>> rows) {

  static IpcRows read(Path path, BufferAllocator allocator) throws IOException {
    boolean file = startsWithMagic(path);
    List<Integer> batches = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        ArrowReader reader = file
            ? new ArrowFileReader(channel, allocator, CommonsCompressionFactory.INSTANCE)
            : new ArrowStreamReader(channel, allocator, CommonsCompressionFactory.INSTANCE)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      while (reader.loadNextBatch()) {
        batches.add(root.getRowCount());
        for (int i = 0; i < root.getRowCount(); i++) {
          List<String> row = new ArrayList<>();
          for (FieldVector vector : root.getFieldVectors()) {
            row.add(text(vector, i, reader));
          }
          rows.add(row);
        }
      }
      return new IpcRows(file, root.getSchema(), batches, rows);
    }
  }

  Map<String, String> metadata() {
    return schema.getCustomMetadata() == null ? Map.of() : schema.getCustomMetadata();
  }

  private static String text(FieldVector vector, int row, DictionaryProvider dictionaries) {
    Object value = vector.getObject(row);
    DictionaryEncoding encoding = vector.getField().getDictionary();
    if (encoding != null && value != null) {
      int index = value instanceof Character ? (Character) value : ((Number) value).intValue();
      value = dictionaries.lookup(encoding.getId()).getVector().getObject(index);
    }
    return value instanceof byte[] ? Arrays.toString((byte[]) value) : String.valueOf(value);
  }

  static boolean startsWithMagic(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(6);
      channel.read(head, 0);
      return new String(head.array(), StandardCharsets.US_ASCII).equals("ARROW1");
    }
  }
}
