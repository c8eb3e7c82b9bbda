package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.quarantine.SplitProgress;
import dev.sluice.validator.quarantine.SplitTarget;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdicts of a text file's rows, in order, for a quarantine split: row group after row
 * group (parts of the file; a JSON array is one), so its rows must be exactly those its
 * validation counted.
 */
final class RowVerdicts {
  /** Rows between two reports to the progress. */
  private static final int PROGRESS_ROWS = 1 << 16;
  private final String display;
  private final SplitProgress progress;
  private final FileMarks marks;
  private final long expected;
  private int group = -1;
  private RejectedRows.@Nullable Cursor cursor;
  /** Rows left in the current row group. */
  private long left;
  private long accepted;
  private long rejected;
  private long reported;

  RowVerdicts(FileMarks marks, String display, SplitProgress progress) {
    this.display = display;
    this.progress = progress;
    this.marks = marks;
    this.expected = marks.rowCount();
  }

  /** The failed check ids of the next row, or null when it is accepted. */
  @Nullable List<String> next() throws DataProblem {
    while (left == 0) {
      if (++group >= marks.rowGroupCount()) {
        throw changed();
      }
      RejectedRows rows = marks.rowGroup(group);
      cursor = rows.cursor();
      left = rows.rowCount();
    }
    left--;
    List<String> failed = Objects.requireNonNull(cursor).next();
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
