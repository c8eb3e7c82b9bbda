package dev.sluice.validator.session;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.arrow.ArrowBatchFile;
import dev.sluice.validator.engine.DatasetRun;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.jspecify.annotations.Nullable;

/**
 * Validation of a stream of in-memory Arrow batches against one contract object: each batch's
 * rows continue the row numbering of the ones before, the checks' states carry across batches,
 * and {@link #report()} gives the report of everything accepted so far. The outcome equals
 * validating all the batches' rows as one dataset. Each {@code accept} returns a {@link
 * BatchVerdict}: the batch's rows a quarantine rejects (duplicates judged against earlier
 * batches), so a pipeline can split the batch at once.
 *
 * <pre>{@code
 * try (ValidationSession session = Validator.of(contract).session()) {
 *   for (VectorSchemaRoot batch : batches) {
 *     session.accept(batch, Map.of("lineage.source_system", "crm"));
 *   }
 *   ValidationReport report = session.report();
 * }
 * }</pre>
 *
 * <p><b>Threads.</b> A session is safe to share: its methods are synchronized, so batches are
 * taken one at a time, in the order of the calls, on the calling thread. Sessions are
 * independent; any number may run at once. <b>Memory.</b> A batch's vectors are read in place
 * and never retained or released: the caller keeps owning them and may reuse the root for the
 * next batch as soon as {@code accept} returns. The session itself holds only the checks' state
 * (uniqueness within its {@code uniqueMemoryBytes} budget).
 */
public final class ValidationSession implements AutoCloseable {
  private final DatasetRun run;
  private final long start = System.nanoTime();
  private int batches;
  private boolean closed;

  /** Opened by {@code Validator.session()}. */
  public ValidationSession(DatasetRun run) {
    this.run = run;
  }

  /** Validates one more batch; the verdict says which of its rows a quarantine rejects. */
  public BatchVerdict accept(VectorSchemaRoot batch) throws DataProblem {
    return accept(batch, null, Map.of());
  }

  /** Validates one more batch carrying these lineage tags (they win over its schema metadata). */
  public BatchVerdict accept(VectorSchemaRoot batch, Map<String, String> tags)
      throws DataProblem {
    return accept(batch, null, tags);
  }

  /** Validates one more batch whose dictionary-encoded vectors use {@code dictionaries}. */
  public synchronized BatchVerdict accept(VectorSchemaRoot batch,
      @Nullable DictionaryProvider dictionaries, Map<String, String> tags) throws DataProblem {
    if (closed) {
      throw new IllegalStateException("the session is closed");
    }
    batches++;
    int rows = batch.getRowCount();
    run.add(ArrowBatchFile.of("batch " + batches, batch, dictionaries, tags));
    return verdict(rows);
  }

  /**
   * Validates one more batch held in a file (a chunk of a text stream spooled to disk, say),
   * read with the validator's source options and named {@code display} in the report.
   */
  public synchronized BatchVerdict accept(Path file, String display) throws DataProblem {
    if (closed) {
      throw new IllegalStateException("the session is closed");
    }
    batches++;
    long before = run.rowCount();
    run.add(file, display);
    return verdict(Math.toIntExact(run.rowCount() - before));
  }

  /** The rejected rows of the batch just added, all its row groups (its marks are then forgotten). */
  private BatchVerdict verdict(int rows) {
    QuarantineMarks.FileMarks marks = run.marks().orElseThrow().takeLast();
    List<RejectedRows> groups = new ArrayList<>();
    for (int g = 0; g < marks.rowGroupCount(); g++) {
      groups.add(marks.rowGroup(g));
    }
    return new BatchVerdict(rows, groups.isEmpty() ? RejectedRows.none(rows)
        : RejectedRows.concat(groups));
  }

  /** The report of every batch accepted so far (a new report each call). */
  public synchronized ValidationReport report() {
    return run.report(start);
  }

  /** Batches accepted so far. */
  public synchronized int batches() {
    return batches;
  }

  @Override
  public synchronized void close() {
    closed = true;
    run.close();
  }
}
