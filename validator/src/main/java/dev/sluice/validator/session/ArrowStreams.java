package dev.sluice.validator.session;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;

/**
 * Validates an Arrow IPC stream as it arrives (standard input, a socket): each record batch goes
 * to a {@link ValidationSession} as soon as it is read, so a pipeline hears about its data batch
 * by batch. Lineage tags come from the stream schema's custom metadata. Off-heap memory is
 * bounded by an allocator limit and released when the stream ends, however it ends.
 */
public final class ArrowStreams {
  private ArrowStreams() {}

  /**
   * Reads {@code in} to its end, handing the running report to {@code afterBatch} after each
   * batch, and returns the final report. A stream that is not Arrow, or breaks off, is a {@link
   * DataProblem} naming {@code name} and the batch.
   */
  public static ValidationReport validate(ValidationSession session, InputStream in, String name,
      long memoryLimit, Consumer<ValidationReport> afterBatch) throws DataProblem {
    int batch = 0;
    try (BufferAllocator allocator = new RootAllocator(memoryLimit);
        ArrowStreamReader reader = new ArrowStreamReader(in, allocator)) {
      VectorSchemaRoot root = schemaRoot(reader, name);
      Map<String, String> tags = root.getSchema().getCustomMetadata() == null
          ? Map.of() : root.getSchema().getCustomMetadata();
      while (next(reader, name, batch)) {
        batch++;
        session.accept(root, reader, tags);
        afterBatch.accept(session.report());
      }
    } catch (IOException e) {
      throw unreadable(name, batch, e); // closing failed: the stream was already read
    }
    return session.report();
  }

  private static VectorSchemaRoot schemaRoot(ArrowStreamReader reader, String name)
      throws DataProblem {
    try {
      return reader.getVectorSchemaRoot();
    } catch (IOException | RuntimeException e) {
      throw unreadable(name, 0, e);
    }
  }

  private static boolean next(ArrowStreamReader reader, String name, int batch)
      throws DataProblem {
    try {
      return reader.loadNextBatch();
    } catch (IOException | RuntimeException e) {
      throw unreadable(name, batch, e);
    }
  }

  private static DataProblem unreadable(String name, int batch, Exception e) {
    String where = batch == 0 ? "" : "after batch " + batch + ": ";
    return new DataProblem(name, where + "not a readable Arrow IPC stream ("
        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
  }
}
