package dev.sluice.validator.check;

import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.report.CheckResult;
import java.util.List;
import java.util.Optional;

/**
 * A check compiled from one contract clause. The engine calls, per file, {@link
 * #bind(FileFacts, CheckState)} (which may settle or rule out the file), then per row group
 * {@link #settle} or else feeds batches of {@link #columns()} to {@link CheckState#update}, and at
 * the end {@link #result}.
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
  default boolean settle(RowGroupInfo rowGroup, CheckState bound) {
    return false;
  }

  CheckResult result(CheckState state, EvalContext context);
}
