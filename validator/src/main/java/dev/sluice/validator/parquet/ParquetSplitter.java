package dev.sluice.validator.parquet;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * Writes the rows of one Parquet file to an accepted and a rejected Parquet file, row group by
 * row group, in input order. A file without rejected rows is copied whole ({@link
 * WholeFileCopy}); a row group without rejected rows is copied to the accepted side as it is
 * (its compressed pages, no decoding); any other is re-encoded, keeping every column's physical
 * values and levels, the rejected side with the added list column {@value
 * SplitTarget#VIOLATIONS}: flat files from the bulk decoder's batches ({@link SplitColumn}),
 * others value by value through parquet-java ({@link ValueSplit}).
 *
 * <p>Row groups are re-encoded in parallel into in-memory column chunks and appended in order;
 * at most {@code inFlight} are held at once.
 */
public final class ParquetSplitter {
  private final ParquetDataFile file;
  private final FileMarks marks;
  private final MessageType schema;
  private final MessageType rejectedSchema;
  private final CompressionCodecName codec;
  /** The general path, for files the fast path cannot split. */
  private final ValueSplit values;
  /** The leaves, when the fast path can split this file; else null. */
  private final @Nullable List<ParquetLeaf> leaves;
  private static final int BATCH_ROWS = 8192;
  /** Raw row groups are copied through a buffer this large (parquet-java reads 8 KiB at a time). */
  private static final int COPY_BUFFER_BYTES = 1 << 20;

  private ParquetSplitter(ParquetDataFile file, FileMarks marks, boolean allowFlat)
      throws DataProblem {
    this.file = file.forCopying();
    this.marks = marks;
    this.schema = file.footer().metadata().getFileMetaData().getSchema();
    if (schema.containsField(SplitTarget.VIOLATIONS)) {
      throw new DataProblem(file.path(), "already has a column " + SplitTarget.VIOLATIONS
          + "; drop it before quarantining the file again");
    }
    this.rejectedSchema = withViolations(schema);
    this.codec = outputCodec(file);
    this.leaves = allowFlat ? flatLeaves(this.file, schema) : null;
    this.values = new ValueSplit(this.file, schema, rejectedSchema, codec);
  }

  /** Splits {@code file} (validated with {@code marks}) into the target's two files. */
  public static SplitTarget.Counts split(ParquetDataFile file, FileMarks marks, SplitTarget target,
      @Nullable ExecutorService pool, int inFlight) throws DataProblem {
    return split(file, marks, target, pool, inFlight, true);
  }

  /** As above; without {@code allowFlat}, always the general path (tests compare the two). */
  static SplitTarget.Counts split(ParquetDataFile file, FileMarks marks, SplitTarget target,
      @Nullable ExecutorService pool, int inFlight, boolean allowFlat) throws DataProblem {
    return new ParquetSplitter(file, marks, allowFlat).run(target, pool, Math.max(1, inFlight));
  }

  private SplitTarget.Counts run(SplitTarget target, @Nullable ExecutorService pool, int inFlight)
      throws DataProblem {
    List<BlockMetaData> blocks = file.footer().metadata().getBlocks();
    requireUnchanged(blocks);
    if (marks.rejectedRows() == 0) {
      return copyWhole(target);
    }
    ParquetFileWriter accepted = null;
    ParquetFileWriter rejected = null;
    Deque<Future<EncodedSide.@Nullable Both>> pending = new ArrayDeque<>();
    long acceptedRows = 0;
    long rejectedRows = 0;
    try (SeekableInputStream raw = file.input().newStream(COPY_BUFFER_BYTES)) {
      accepted = open(target.accepted(), schema);
      rejected = open(target.rejected(), rejectedSchema);
      int next = 0;
      int appended = 0; // futures are polled in the order submitted: row group by row group
      while (next < blocks.size() || !pending.isEmpty()) {
        while (next < blocks.size() && pending.size() < inFlight) {
          int rowGroup = next++;
          pending.add(submit(pool, () -> encode(rowGroup)));
        }
        EncodedSide.Both sides = pending.poll().get();
        BlockMetaData block = blocks.get(appended++);
        if (sides == null) {
          accepted.appendRowGroup(raw, block, false);
          acceptedRows += block.getRowCount();
        } else {
          acceptedRows += sides.accepted().append(accepted);
          rejectedRows += sides.rejected().append(rejected);
        }
        target.progress().wrote(block.getRowCount());
      }
      accepted.end(target.metadata());
      rejected.end(target.rejectedMetadata());
      return new SplitTarget.Counts(acceptedRows, rejectedRows);
    } catch (ExecutionException e) {
      throw DataProblem.ofTask(e); // encode throws no other checked exception
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataProblem(file.path(), "interrupted while writing the quarantine");
    } catch (IOException | RuntimeException e) {
      throw new DataProblem(file.path(), "cannot write the quarantine: " + Problems.describe(e), e);
    } finally {
      pending.forEach(f -> f.cancel(true));
      abort(accepted);
      abort(rejected);
    }
  }

  /** A file without a rejected row: copied whole, and a rejected side without rows. */
  private SplitTarget.Counts copyWhole(SplitTarget target) throws DataProblem {
    ParquetFileWriter rejected = null;
    try {
      WholeFileCopy.copy(file, target.accepted(), target.metadata());
      rejected = open(target.rejected(), rejectedSchema);
      rejected.end(target.rejectedMetadata());
      target.progress().wrote(file.rowCount());
      return new SplitTarget.Counts(file.rowCount(), 0);
    } catch (IOException | RuntimeException e) {
      throw new DataProblem(file.path(), "cannot write the quarantine: " + Problems.describe(e), e);
    } finally {
      abort(rejected);
    }
  }

  /** The file read for the split must be the one validated: same row groups, same rows. */
  private void requireUnchanged(List<BlockMetaData> blocks) throws DataProblem {
    boolean same = blocks.size() == marks.rowGroupCount();
    for (int k = 0; same && k < blocks.size(); k++) {
      same = blocks.get(k).getRowCount() == marks.rowGroup(k).rowCount();
    }
    if (!same) {
      throw new DataProblem(file.path(), "the file changed while it was read");
    }
  }

  private static <T> Future<T> submit(@Nullable ExecutorService pool,
      java.util.concurrent.Callable<T> task) {
    if (pool != null) {
      return pool.submit(task);
    }
    java.util.concurrent.FutureTask<T> now = new java.util.concurrent.FutureTask<>(task);
    now.run();
    return now;
  }

  private ParquetFileWriter open(java.nio.file.Path path, MessageType type) throws IOException {
    ParquetFileWriter writer = new ParquetFileWriter(new BufferedOutputFile(path), type,
        ParquetFileWriter.Mode.OVERWRITE, ParquetProperties.DEFAULT_PAGE_SIZE, 0);
    writer.start();
    return writer;
  }

  private static void abort(@Nullable ParquetFileWriter writer) {
    if (writer == null) {
      return;
    }
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      // the caller deletes a file it did not finish
    }
  }

  /**
   * Re-encodes one row group's two sides; null when no row of it is rejected (it is copied to
   * the accepted side as it is).
   */
  private EncodedSide.@Nullable Both encode(int rowGroup) throws DataProblem {
    RejectedRows rejects = marks.rowGroup(rowGroup);
    if (rejects.count() == 0) {
      return null;
    }
    return leaves != null ? encodeFlat(rowGroup, rejects) : values.encode(rowGroup, rejects);
  }

  /** The fast path: the engine's bulk decoder in, PLAIN (or dictionary id) pages out. */
  private EncodedSide.Both encodeFlat(int rowGroup, RejectedRows rejects) throws DataProblem {
    List<ParquetLeaf> columns = java.util.Objects.requireNonNull(leaves);
    FlatSide accepted = new FlatSide(columns, rejects.rowCount() - rejects.count(), null);
    FlatSide rejected = new FlatSide(columns, rejects.count(),
        rejectedSchema.getColumns().get(schema.getColumns().size()));
    RejectedRows.Cursor cursor = rejects.cursor();
    java.util.Set<String> paths = new java.util.LinkedHashSet<>();
    columns.forEach(leaf -> paths.add(leaf.path()));
    int[] acceptedRows = new int[BATCH_ROWS];
    int[] rejectedRows = new int[BATCH_ROWS];
    file.scan(rowGroup, paths, paths, 0, BATCH_ROWS, batch -> {
      int a = 0;
      int r = 0;
      for (int i = 0; i < batch.rowCount(); i++) {
        List<String> failed = cursor.next();
        if (failed == null) {
          acceptedRows[a++] = i;
        } else {
          rejectedRows[r++] = i;
          rejected.violations.add(failed);
        }
      }
      try {
        accepted.add(batch, acceptedRows, a);
        rejected.add(batch, rejectedRows, r);
      } catch (IOException | RuntimeException e) {
        throw new DataProblem(file.path(), "cannot encode the quarantine: " + Problems.describe(e),
            e);
      }
    });
    return new EncodedSide.Both(accepted, rejected);
  }

  /** The flat columns of one side. */
  private final class FlatSide implements EncodedSide {
    final List<ParquetLeaf> leaves;
    final SplitColumn[] columns;
    final @Nullable ViolationsColumn violations;
    long rows;

    /** The side of {@code expectedRows} rows; {@code violations}: the rejected side's column. */
    FlatSide(List<ParquetLeaf> leaves, long expectedRows, @Nullable ColumnDescriptor violations) {
      this.leaves = leaves;
      this.columns = new SplitColumn[leaves.size()];
      for (int c = 0; c < columns.length; c++) {
        ParquetLeaf leaf = leaves.get(c);
        columns[c] = new SplitColumn(leaf.descriptor(),
            java.util.Objects.requireNonNull(file.kindOf(leaf)), expectedRows, codec);
      }
      this.violations = violations == null ? null : new ViolationsColumn(violations, codec);
    }

    /** Takes rows {@code batchRows[0..count)} of the batch (indexes, ascending). */
    void add(dev.sluice.validator.data.ColumnBatch batch, int[] batchRows, int count)
        throws IOException {
      for (int c = 0; c < columns.length; c++) {
        columns[c].add(batch.vector(leaves.get(c).path()), batchRows, count);
      }
      rows += count;
    }

    @Override
    public long append(ParquetFileWriter writer) throws IOException {
      if (rows > 0) {
        writer.startBlock(rows);
        for (SplitColumn column : columns) {
          column.appendTo(writer);
        }
        if (violations != null) {
          violations.appendTo(writer);
        }
        writer.endBlock();
      }
      return rows;
    }
  }

  /**
   * The file's leaves in schema order when every one is a flat top-level column the bulk
   * decoder reads (so its values can be written back exactly), else null.
   */
  private static @Nullable List<ParquetLeaf> flatLeaves(ParquetDataFile file, MessageType schema) {
    if (!file.bulkDecodable()) {
      return null;
    }
    List<ParquetLeaf> flat = new ArrayList<>();
    for (ColumnDescriptor column : schema.getColumns()) {
      ParquetLeaf leaf = file.leaves().values().stream()
          .filter(l -> l.descriptor().equals(column)).findFirst().orElse(null);
      if (leaf == null || column.getPath().length != 1 || column.getMaxDefinitionLevel() > 1
          || FlatKind.of(leaf) == null) {
        return null;
      }
      flat.add(leaf);
    }
    return flat;
  }

  private static MessageType withViolations(MessageType schema) {
    List<Type> fields = new ArrayList<>(schema.getFields());
    fields.add(Types.requiredList()
        .requiredElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
        .named(SplitTarget.VIOLATIONS));
    return new MessageType(schema.getName(), fields);
  }

  /** The codec of the input's first column chunk when it can be written, else SNAPPY. */
  private static CompressionCodecName outputCodec(ParquetDataFile file) {
    List<BlockMetaData> blocks = file.footer().metadata().getBlocks();
    if (!blocks.isEmpty() && !blocks.get(0).getColumns().isEmpty()) {
      CompressionCodecName codec = blocks.get(0).getColumns().get(0).getCodec();
      if (codec == CompressionCodecName.UNCOMPRESSED || codec == CompressionCodecName.SNAPPY
          || codec == CompressionCodecName.ZSTD || codec == CompressionCodecName.GZIP) {
        return codec;
      }
    }
    return CompressionCodecName.SNAPPY;
  }
}
