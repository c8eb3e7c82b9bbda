package dev.sluice.validator.arrow;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.quarantine.SplitProgress;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.flatbuf.BodyCompression;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil.CodecType;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;

/**
 * Writes the rows of one Arrow IPC file or stream to an accepted and a rejected output of the same
 * kind (file in, file out; stream in, stream out), in input order, read and written with Arrow
 * Java. Record batch {@code k} is row group {@code k} of the validation (every batch, empty ones
 * included, as {@link ArrowDataFile} numbers them); each side gets one record batch per input
 * batch that has rows for it. A batch without rejected rows moves to the accepted side whole (its
 * buffers, no copy), one with only rejected rows to the rejected side; the others are copied row
 * by row ({@link RowCopier}), nested values included. The rejected side has the added last column
 * {@value SplitTarget#VIOLATIONS}, a non-nullable list of the failed check ids.
 *
 * <p><b>Dictionaries</b> are carried through: dictionary-encoded columns keep their encoding and
 * indices, and each output gets the input's dictionaries (a stream's replacements and deltas
 * written as replacements before the batches that use them; a file's, deltas applied, once).
 * Schema and field metadata are kept, except that each output's schema metadata is the target's
 * (the input file's footer metadata is not copied: the target's includes the input's tags). The
 * outputs' bodies are compressed as the input's first compressed batch (LZ4 frame or ZSTD), or
 * not at all.
 *
 * <p><b>Memory</b> lives in an allocator with a limit, {@link #MEMORY_LIMIT}: a batch and its two
 * split copies. Unlike the validation's reads, Arrow Java's readers and writers need {@code
 * --add-opens=java.base/java.nio=ALL-UNNAMED} on Java 17; without it the split fails at once
 * with a problem saying so.
 */
public final class ArrowSplitter {
  /** Off-heap memory for one split: the validation's limit for each of a batch's three copies. */
  static final long MEMORY_LIMIT = 3 * ArrowDataFile.DEFAULT_MEMORY_LIMIT;

  private ArrowSplitter() {}

  /**
   * Splits {@code input} (validated with {@code marks}) into the target's two files; {@code
   * displayPath} names it in problems.
   */
  public static SplitTarget.Counts split(Path input, String displayPath, FileMarks marks,
      SplitTarget target) throws DataProblem {
    try (BufferAllocator allocator = ArrowDataFile.allocator(displayPath, MEMORY_LIMIT)) {
      return split(input, displayPath, marks, target, allocator);
    }
  }

  /** Splits with the caller's allocator, which holds nothing more once this returns. */
  static SplitTarget.Counts split(Path input, String displayPath, FileMarks marks,
      SplitTarget target, BufferAllocator allocator) throws DataProblem {
    checkBufferAccess(displayPath, allocator);
    IpcLayout layout = layout(input, displayPath, marks);
    boolean fileFormat = layout.fileFormat;
    try (ArrowReader reader = reader(input, fileFormat, allocator)) {
      VectorSchemaRoot in = reader.getVectorSchemaRoot();
      if (reader instanceof FileReader) {
        ((FileReader) reader).loadDeltaDictionaries();
      }
      refuseViolationsColumn(in, displayPath);
      SplitSide.Input source = new SplitSide.Input(in, reader, fileFormat, codec(layout),
          allocator);
      try (SplitSide accepted = SplitSide.open(source, target.accepted(), target.metadata(), false);
          SplitSide rejected = SplitSide.open(source, target.rejected(),
              target.rejectedMetadata(), true)) {
        splitBatches(reader, marks, accepted, rejected, target.progress(), displayPath);
        accepted.finish();
        rejected.finish();
        return new SplitTarget.Counts(accepted.rows(), rejected.rows());
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new DataProblem(displayPath, "cannot write the quarantine: "
          + ArrowProblems.describe(e), e);
    }
  }

  private static void refuseViolationsColumn(VectorSchemaRoot in, String displayPath)
      throws DataProblem {
    if (in.getSchema().getFields().stream()
        .anyMatch(f -> f.getName().equals(SplitTarget.VIOLATIONS))) {
      throw new DataProblem(displayPath, "already has a column " + SplitTarget.VIOLATIONS
          + "; drop it before quarantining the file again");
    }
  }

  /**
   * Reads every batch and writes its rows to their sides; batch k is judged by the marks of row
   * group k. The layout was checked against the marks; the rows read are checked again, in case
   * the file changed since.
   */
  private static void splitBatches(ArrowReader reader, FileMarks marks, SplitSide accepted,
      SplitSide rejected, SplitProgress progress, String displayPath)
      throws IOException, DataProblem {
    VectorSchemaRoot in = reader.getVectorSchemaRoot();
    int k = 0;
    for (; reader.loadNextBatch(); k++) {
      if (k >= marks.rowGroupCount() || in.getRowCount() != marks.rowGroup(k).rowCount()) {
        throw changed(displayPath);
      }
      splitBatch(in.getRowCount(), marks.rowGroup(k), accepted, rejected);
      progress.wrote(in.getRowCount());
    }
    if (k != marks.rowGroupCount()) {
      throw changed(displayPath);
    }
  }

  /**
   * Arrow Java's IPC readers and writers hand buffers to channels as NIO buffers, which Java 17
   * allows only with {@code java.nio} opened: without it, fail at once, saying how to fix it.
   */
  private static void checkBufferAccess(String displayPath, BufferAllocator allocator)
      throws DataProblem {
    try (ArrowBuf probe = allocator.buffer(8)) {
      probe.nioBuffer(0, 8);
    } catch (UnsupportedOperationException e) {
      throw new DataProblem(displayPath, "cannot write the quarantine: Arrow Java needs the Java"
          + " option --add-opens=java.base/java.nio=ALL-UNNAMED (or the jar manifest entry"
          + " Add-Opens: java.base/java.nio)", e);
    } catch (RuntimeException e) {
      throw new DataProblem(displayPath, "cannot write the quarantine: "
          + ArrowProblems.describe(e), e);
    }
  }

  /** The input's layout, read as the validation read it, checked against the marks. */
  private static IpcLayout layout(Path input, String displayPath, FileMarks marks)
      throws DataProblem {
    IpcLayout layout = ArrowDataFile.layout(input, displayPath);
    if (layout.batches.size() != marks.rowGroupCount()) {
      throw changed(displayPath);
    }
    for (IpcLayout.Batch batch : layout.batches) {
      if (batch.rows() != marks.rowGroup(batch.index()).rowCount()) {
        throw changed(displayPath);
      }
    }
    return layout;
  }

  /** The body compression of the input's first compressed batch, if it is one Java writes. */
  private static CodecType codec(IpcLayout layout) {
    for (IpcLayout.Batch batch : layout.batches) {
      RecordBatch header = (RecordBatch) batch.meta().message().header(new RecordBatch());
      BodyCompression compression = header == null ? null : header.compression();
      if (compression != null) {
        CodecType codec = CodecType.fromCompressionType(compression.codec());
        return codec == CodecType.LZ4_FRAME || codec == CodecType.ZSTD ? codec
            : CodecType.NO_COMPRESSION;
      }
    }
    return CodecType.NO_COMPRESSION;
  }

  private static DataProblem changed(String displayPath) {
    return new DataProblem(displayPath, "the file changed while it was read");
  }

  private static void splitBatch(int rows, RejectedRows verdicts, SplitSide accepted,
      SplitSide rejected) throws IOException {
    if (verdicts.count() == 0) {
      accepted.takeAll(null);
      accepted.flush();
      return;
    }
    if (verdicts.count() == rows) {
      rejected.takeAll(verdicts.cursor());
      rejected.flush();
      return;
    }
    accepted.begin(rows - verdicts.count());
    rejected.begin(verdicts.count());
    RejectedRows.Cursor cursor = verdicts.cursor();
    for (int row = 0; row < rows; row++) {
      List<String> failed = cursor.next();
      (failed == null ? accepted : rejected).copy(row, failed);
    }
    accepted.flush();
    rejected.flush();
  }

  private static ArrowReader reader(Path input, boolean fileFormat, BufferAllocator allocator)
      throws IOException {
    FileChannel channel = FileChannel.open(input, StandardOpenOption.READ);
    try {
      return fileFormat ? new FileReader(channel, allocator)
          : new ArrowStreamReader(channel, allocator, CommonsCompressionFactory.INSTANCE);
    } catch (RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Arrow Java's file reader loads one dictionary batch per dictionary of the schema; a file may
   * follow a dictionary with deltas (the format allows them, not replacements), which this one
   * also loads, in footer order, as {@link IpcLayout} does.
   */
  private static final class FileReader extends ArrowFileReader {
    FileReader(SeekableByteChannel in, BufferAllocator allocator) {
      super(in, allocator, CommonsCompressionFactory.INSTANCE);
    }

    /** Loads the dictionary batches that the reader's initialization left; call it once. */
    void loadDeltaDictionaries() throws IOException {
      if (getRecordBlocks().isEmpty()) {
        return; // as the reader: no batch, no dictionary read
      }
      for (int i = dictionaries.size(); i < getDictionaryBlocks().size(); i++) {
        loadDictionary(readDictionary());
      }
    }
  }
}
