package dev.sluice.validator.arrow;

import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.compression.CompressionCodec;
import org.apache.arrow.vector.compression.CompressionUtil.CodecType;
import org.apache.arrow.vector.compression.NoCompressionCodec;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One output of an Arrow quarantine split: its vectors, refilled for each input batch that has
 * rows for this side and written as one record batch, and its IPC writer (file or stream, and
 * body compression, as the input). The rejected side has the added last column {@value
 * SplitTarget#VIOLATIONS}.
 */
final class SplitSide implements AutoCloseable {
  /**
   * The reader's side: its vectors (refilled batch by batch), dictionaries, IPC flavour and body
   * compression, which the outputs keep.
   */
  record Input(VectorSchemaRoot root, DictionaryProvider dictionaries, boolean fileFormat,
      CodecType codec, BufferAllocator allocator) {}

  private final Input input;
  private final VectorSchemaRoot root;
  private final FileChannel channel;
  private final ArrowWriter writer;
  private final @Nullable ListVector violations;
  private final Map<String, byte[]> idBytes = new HashMap<>();
  private final List<RowCopier> copiers = new ArrayList<>();
  private int rows;
  private long written;

  private SplitSide(Input input, VectorSchemaRoot root, FileChannel channel, boolean rejected) {
    this.input = input;
    this.root = root;
    this.channel = channel;
    CompressionCodec.Factory codecs = input.codec() == CodecType.NO_COMPRESSION
        ? NoCompressionCodec.Factory.INSTANCE : CommonsCompressionFactory.INSTANCE;
    this.writer = input.fileFormat()
        ? new ArrowFileWriter(root, input.dictionaries(), channel, null, IpcOption.DEFAULT,
            codecs, input.codec())
        : new ArrowStreamWriter(root, input.dictionaries(), channel, IpcOption.DEFAULT, codecs,
            input.codec());
    int last = root.getFieldVectors().size() - 1;
    this.violations = rejected ? (ListVector) root.getVector(last) : null;
  }

  /** Starts the output at {@code path}, with the violations column when {@code rejected}. */
  static SplitSide open(Input input, Path path, Map<String, String> metadata, boolean rejected)
      throws IOException {
    List<Field> fields = new ArrayList<>(input.root().getSchema().getFields());
    if (rejected) {
      fields.add(violationsField());
    }
    VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields, metadata),
        input.allocator());
    FileChannel channel = null;
    try {
      channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      SplitSide side = new SplitSide(input, root, channel, rejected);
      side.writer.start();
      return side;
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      root.close();
      throw e;
    }
  }

  /** A non-nullable list of non-nullable strings, as the Parquet splitter writes it. */
  private static Field violationsField() {
    Field item = new Field("item", FieldType.notNullable(ArrowType.Utf8.INSTANCE), null);
    return new Field(SplitTarget.VIOLATIONS, FieldType.notNullable(ArrowType.List.INSTANCE),
        List.of(item));
  }

  /** Prepares this side for up to {@code capacity} rows copied one by one from the input. */
  void begin(int capacity) throws BadArrowException {
    copiers.clear();
    List<FieldVector> from = input.root().getFieldVectors();
    for (int i = 0; i < from.size(); i++) {
      copiers.add(RowCopier.of(from.get(i), root.getVector(i)));
    }
    for (FieldVector vector : root.getFieldVectors()) {
      vector.setInitialCapacity(Math.max(1, capacity));
      vector.allocateNew();
    }
    rows = 0;
  }

  /** Appends row {@code row} of the input; {@code failed} are its violations (rejected side). */
  void copy(int row, @Nullable List<String> failed) {
    for (RowCopier copier : copiers) {
      copier.copy(row, rows);
    }
    addViolations(failed);
    rows++;
  }

  /**
   * Takes every row of the input batch (moving its buffers, no copy); {@code verdicts} give the
   * violations on the rejected side.
   */
  void takeAll(@Nullable RejectedRows.Cursor verdicts) {
    List<FieldVector> from = input.root().getFieldVectors();
    for (int i = 0; i < from.size(); i++) {
      RowCopier.transfer(from.get(i), root.getVector(i));
    }
    int count = input.root().getRowCount();
    if (violations != null && verdicts != null) {
      violations.setInitialCapacity(Math.max(1, count));
      violations.allocateNew();
      for (rows = 0; rows < count; rows++) {
        addViolations(verdicts.next());
      }
    }
    rows = count;
  }

  private void addViolations(@Nullable List<String> failed) {
    if (violations == null || failed == null) {
      return;
    }
    VarCharVector ids = (VarCharVector) violations.getDataVector();
    int at = violations.startNewValue(rows);
    for (int i = 0; i < failed.size(); i++) {
      ids.setSafe(at + i, idBytes.computeIfAbsent(failed.get(i),
          id -> id.getBytes(StandardCharsets.UTF_8)));
    }
    violations.endValue(rows, failed.size());
  }

  /** Writes the rows taken since {@link #begin} as one record batch, if there are any. */
  void flush() throws IOException {
    try {
      if (rows > 0) {
        root.setRowCount(rows);
        writer.writeBatch();
        written += rows;
      }
    } finally {
      root.clear();
      rows = 0;
    }
  }

  /** Ends the output (the stream's end marker, the file's footer). */
  void finish() throws IOException {
    writer.end();
  }

  /** Rows written so far. */
  long rows() {
    return written;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close(); // ends the output if it was not: the caller deletes an unfinished file
    } finally {
      try {
        channel.close();
      } finally {
        root.close();
      }
    }
  }
}
