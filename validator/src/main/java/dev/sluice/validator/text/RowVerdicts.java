package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.quarantine.SplitProgress;
import dev.sluice.validator.quarantine.SplitTarget;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdicts of a text file's rows, in order, for a quarantine split: a text file is one row
 * group (none when it has no rows), so its rows must be exactly those its validation counted.
 */
final class RowVerdicts {
  /** Rows between two reports to the progress. */
  private static final int PROGRESS_ROWS = 1 << 16;
  private final String display;
  private final SplitProgress progress;
  private long reported;
  private final long expected;
  private final RejectedRows.@Nullable Cursor cursor;
  private long accepted;
  private long rejected;

  RowVerdicts(FileMarks marks, String display, SplitProgress progress) {
    if (marks.rowGroupCount() > 1) {
      throw new IllegalArgumentException(display + ": a text file is one row group, not "
          + marks.rowGroupCount());
    }
    this.display = display;
    this.progress = progress;
    RejectedRows rows = marks.rowGroupCount() == 0 ? null : marks.rowGroup(0);
    this.expected = rows == null ? 0 : rows.rowCount();
    this.cursor = rows == null ? null : rows.cursor();
  }

  /** The failed check ids of the next row, or null when it is accepted. */
  @Nullable List<String> next() throws DataProblem {
    if (cursor == null || accepted + rejected >= expected) {
      throw changed();
    }
    List<String> failed = cursor.next();
    if (failed == null) {
      accepted++;
    } else {
      rejected++;
    }
    if (accepted + rejected - reported == PROGRESS_ROWS) {
      report();
    }
    return failed;
  }

  /** Rows written to each side, once the file is read to its end. */
  SplitTarget.Counts finish() throws DataProblem {
    if (accepted + rejected != expected) {
      throw changed();
    }
    report();
    return new SplitTarget.Counts(accepted, rejected);
  }

  private void report() {
    long done = accepted + rejected;
    if (done > reported) {
      progress.wrote(done - reported);
      reported = done;
    }
  }

  DataProblem changed() {
    return new DataProblem(display, "the file changed while it was read");
  }
}
