package dev.sluice.validator.check;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.report.CheckResult;
import java.util.List;
import java.util.Optional;

/**
 * A check compiled from one contract clause. The engine calls, per file, {@link
 * #bind(FileFacts, CheckState)} (which may settle or rule out the file), then per row group
 * {@link #settle} or else feeds batches of {@link #columns()} to a {@link CheckState#fork() fork}
 * of the bound state, merged back when the row group is done, and at the end {@link #result}.
 * Row groups run on several threads; a fork is only ever used by one thread at a time.
 */
public interface DataCheck {

  CheckSpec spec();

  /** Columns whose values it reads (logical paths); empty for checks on metadata only. */
  List<String> columns();

  CheckState newState();

  /**
   * Prepares for one file and records file-level facts (presence, types, tags, row counts).
   * Returns the state to update for this file's rows, or empty when this check reads no rows of
   * this file (its columns are absent or unusable there, or it needs no rows).
   */
  Optional<CheckState> bind(FileFacts file, CheckState state);

  /**
   * Whether the row group's metadata settles this check exactly for that row group; if so the
   * finding is recorded in {@code bound} (the state {@link #bind} returned for the file) and no
   * value is decoded for it.
   */
  default boolean settle(RowGroupFacts rowGroup, CheckState bound) throws DataProblem {
    return false;
  }

  /** Whether {@link #narrow} may narrow this check (it judges one column row by row). */
  default boolean narrows() {
    return false;
  }

  /**
   * When {@link #settle} did not settle the row group: the pages of the check's one column that
   * may still fail it, the page index proving that every other page passes (a page proven to
   * pass has no finding to record). The fork is then fed only the rows of these pages, or none
   * when the list is empty. Empty when the check cannot be narrowed so; the default.
   */
  default Optional<List<PageFacts>> narrow(RowGroupFacts rowGroup, CheckState bound)
      throws DataProblem {
    return Optional.empty();
  }

  /**
   * Whether forks of this check's bound state must be merged back in row order (the outcome
   * depends on which occurrence comes first, as for uniqueness); otherwise in any order.
   */
  default boolean ordered() {
    return false;
  }

  /**
   * Whether the file's metadata alone fails every row of it (a required column absent, a column
   * of the wrong type), so that a quarantine rejects them all for this check.
   */
  default boolean failsEveryRow(FileFacts file) {
    return false;
  }

  CheckResult result(CheckState state, EvalContext context);
}
