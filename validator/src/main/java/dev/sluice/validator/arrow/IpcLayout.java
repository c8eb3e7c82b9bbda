package dev.sluice.validator.arrow;

import dev.sluice.validator.arrow.IpcMessages.Meta;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.flatbuf.Block;
import org.apache.arrow.flatbuf.DictionaryBatch;
import org.apache.arrow.flatbuf.Endianness;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.flatbuf.KeyValue;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.MetadataVersion;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * What an Arrow IPC file or stream holds, read once when it is opened without reading any body:
 * the schema and its metadata, and for every record batch where it lies, its row count (from its
 * own header, so exact) and the dictionary batches in force for it. The IPC file format gives the
 * batches in its footer; a stream is walked message by message, skipping the bodies.
 */
final class IpcLayout {
  private static final byte[] MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FEATHER_V1 = "FEA1".getBytes(StandardCharsets.US_ASCII);

  /**
   * One record batch.
   *
   * @param dictionaries per dictionary id, the dictionary batches in force for this batch: a
   *     replacement followed by its deltas
   */
  record Batch(int index, long firstRow, int rows, Meta meta, Map<Long, List<Meta>> dictionaries) {}

  final boolean fileFormat;
  final Schema schema;
  final Map<String, String> metadata = new LinkedHashMap<>();
  final List<Batch> batches = new ArrayList<>();
  private final Set<Long> dictionaryIds = new HashSet<>();
  private Map<Long, List<Meta>> dictionaries = Map.of();
  private long rows;

  private IpcLayout(boolean fileFormat, org.apache.arrow.flatbuf.Schema schema, short version)
      throws BadArrowException {
    if (version < MetadataVersion.V4) {
      throw new BadArrowException("metadata version " + MetadataVersion.name(version)
          + " (before Arrow 0.15) is not supported");
    }
    if (schema.endianness() == Endianness.Big) {
      throw new BadArrowException("big-endian Arrow data is not supported");
    }
    this.fileFormat = fileFormat;
    this.schema = Schema.convertSchema(schema);
    for (int i = 0; i < schema.customMetadataLength(); i++) {
      KeyValue kv = schema.customMetadata(i);
      metadata.put(String.valueOf(kv.key()), kv.value() == null ? "" : kv.value());
    }
    collectIds(this.schema.getFields());
  }

  /** Reads the layout of the IPC file or stream in {@code channel}. */
  static IpcLayout read(FileChannel channel) throws IOException {
    long size = channel.size();
    ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, 8));
    IpcMessages.readFully(channel, head, 0);
    if (startsWith(head, MAGIC) || endsWithMagic(channel, size)) {
      return file(channel, size); // readers check only the closing magic; so do we
    }
    if (startsWith(head, FEATHER_V1)) {
      throw new BadArrowException("Feather v1 is not supported (Feather v2 is the Arrow IPC file"
          + " format)");
    }
    if (size == 0) {
      throw new BadArrowException("empty file");
    }
    return stream(channel, size);
  }

  long rowCount() {
    return rows;
  }

  private static boolean endsWithMagic(FileChannel channel, long size) throws IOException {
    if (size < MAGIC.length * 2 + 4) {
      return false;
    }
    ByteBuffer tail = ByteBuffer.allocate(MAGIC.length);
    IpcMessages.readFully(channel, tail, size - MAGIC.length);
    return startsWith(tail, MAGIC);
  }

  private static boolean startsWith(ByteBuffer head, byte[] magic) {
    if (head.capacity() < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head.get(i) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static IpcLayout stream(FileChannel channel, long size) throws IOException {
    Meta first;
    try {
      first = IpcMessages.read(channel, 0, size);
    } catch (IOException | RuntimeException e) {
      throw new BadArrowException("not an Arrow IPC file or stream (" + ArrowProblems.describe(e)
          + ")");
    }
    if (first == null || first.headerType() != MessageHeader.Schema) {
      throw new BadArrowException("not an Arrow IPC file or stream (no schema message first)");
    }
    org.apache.arrow.flatbuf.Schema schema = (org.apache.arrow.flatbuf.Schema)
        first.message().header(new org.apache.arrow.flatbuf.Schema());
    if (schema == null) {
      throw new BadArrowException("schema message without a schema");
    }
    IpcLayout layout = new IpcLayout(false, schema, first.message().version());
    Meta m;
    for (long at = first.end(); (m = IpcMessages.read(channel, at, size)) != null; at = m.end()) {
      if (m.headerType() == MessageHeader.DictionaryBatch) {
        layout.addDictionary(m);
      } else if (m.headerType() == MessageHeader.RecordBatch) {
        layout.addBatch(m);
      } else {
        throw new BadArrowException("unexpected " + MessageHeader.name(m.headerType())
            + " message at byte " + at);
      }
    }
    return layout;
  }

  private static IpcLayout file(FileChannel channel, long size) throws IOException {
    if (size < MAGIC.length * 2 + 2 + 4) {
      throw new BadArrowException("too short for an Arrow IPC file (" + size + " bytes)");
    }
    ByteBuffer tail = ByteBuffer.allocate(4 + MAGIC.length).order(ByteOrder.LITTLE_ENDIAN);
    IpcMessages.readFully(channel, tail, size - tail.capacity());
    tail.position(4);
    if (!startsWith(tail.slice(), MAGIC)) {
      throw new BadArrowException("Arrow IPC file without its closing ARROW1 magic (truncated?)");
    }
    long footerEnd = size - tail.capacity();
    int length = tail.getInt(0);
    if (length <= 0 || length > footerEnd - 8) {
      throw new BadArrowException("invalid footer length " + length);
    }
    long footerStart = footerEnd - length;
    ByteBuffer bytes = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    IpcMessages.readFully(channel, bytes, footerStart);
    bytes.flip();
    Footer footer = Footer.getRootAsFooter(bytes);
    if (footer.schema() == null) {
      throw new BadArrowException("footer without a schema");
    }
    IpcLayout layout = new IpcLayout(true, footer.schema(), footer.version());
    for (int i = 0; i < footer.customMetadataLength(); i++) {
      KeyValue kv = footer.customMetadata(i);
      layout.metadata.putIfAbsent(String.valueOf(kv.key()), kv.value() == null ? "" : kv.value());
    }
    for (int i = 0; i < footer.dictionariesLength(); i++) {
      layout.addDictionary(at(channel, footer.dictionaries(i), footerStart));
    }
    for (int i = 0; i < footer.recordBatchesLength(); i++) {
      layout.addBatch(at(channel, footer.recordBatches(i), footerStart));
    }
    return layout;
  }

  private static Meta at(FileChannel channel, Block block, long limit) throws IOException {
    if (block.offset() < 8 || block.offset() >= limit) {
      throw new BadArrowException("footer names a block at byte " + block.offset()
          + ", outside the file's messages");
    }
    Meta meta = IpcMessages.read(channel, block.offset(), limit);
    if (meta == null) {
      throw new BadArrowException("footer names a block at byte " + block.offset()
          + " where no message is");
    }
    return meta;
  }

  private void addDictionary(Meta m) throws BadArrowException {
    if (m.headerType() != MessageHeader.DictionaryBatch) {
      throw new BadArrowException("expected a dictionary batch at byte " + m.offset());
    }
    DictionaryBatch batch = (DictionaryBatch) m.message().header(new DictionaryBatch());
    if (batch == null || batch.data() == null) {
      throw new BadArrowException("dictionary batch at byte " + m.offset() + " without data");
    }
    long id = batch.id();
    if (!dictionaryIds.contains(id)) {
      throw new BadArrowException("dictionary batch at byte " + m.offset() + " has id " + id
          + ", which no field of the schema uses");
    }
    List<Meta> parts = dictionaries.get(id);
    List<Meta> next = new ArrayList<>();
    if (batch.isDelta() && parts != null) {
      next.addAll(parts);
    } else if (fileFormat && parts != null) {
      throw new BadArrowException("dictionary " + id + " is replaced within an IPC file, which"
          + " the file format does not allow");
    }
    next.add(m);
    Map<Long, List<Meta>> copy = new HashMap<>(dictionaries);
    copy.put(id, List.copyOf(next));
    dictionaries = Map.copyOf(copy);
  }

  private void addBatch(Meta m) throws BadArrowException {
    if (m.headerType() != MessageHeader.RecordBatch) {
      throw new BadArrowException("expected a record batch at byte " + m.offset());
    }
    RecordBatch batch = (RecordBatch) m.message().header(new RecordBatch());
    if (batch == null || batch.length() < 0 || batch.length() > Integer.MAX_VALUE) {
      throw new BadArrowException("record batch at byte " + m.offset() + " declares "
          + (batch == null ? "no" : String.valueOf(batch.length())) + " rows");
    }
    batches.add(new Batch(batches.size(), rows, (int) batch.length(), m, dictionaries));
    rows += batch.length();
  }

  private void collectIds(List<Field> fields) {
    for (Field field : fields) {
      if (field.getDictionary() != null) {
        dictionaryIds.add(field.getDictionary().getId());
      }
      collectIds(field.getChildren());
    }
  }
}
