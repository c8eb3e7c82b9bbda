package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.Progress;
import dev.sluice.validator.check.CheckState;
import dev.sluice.validator.check.DataCheck;
import dev.sluice.validator.check.RowRejects;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.RejectedRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one open file, row group by row group, on a pool of threads. Each row group is a
 * task with its own forks of the bound check states: it settles what metadata settles, reads
 * only the pages the page index leaves open for checks it narrows, decodes the columns the rest
 * need, and merges its forks back. Forks of {@link DataCheck#ordered()
 * ordered} checks merge in row-group order, the others as tasks finish; so the outcome is the
 * one a single thread reading in order would reach.
 *
 * <p>At most {@code inFlight} row groups are started and not yet merged, which bounds memory:
 * a 10x larger file uses the same heap (except for the state of uniqueness checks).
 */
final class FileScan {
  private final DataFile file;
  private final List<DataCheck> checks;
  /** The per-file state of each check, null where the check reads no rows of this file. */
  private final List<@Nullable CheckState> bound;
  private final boolean[] decoded;
  private final Settings settings;
  private final Semaphore slots;
  private final Object unorderedLock = new Object();
  private final Object orderedLock = new Object();
  /** Ordered forks of finished row groups waiting for an earlier one; guarded by orderedLock. */
  private final TreeMap<Integer, Finished> waiting = new TreeMap<>();
  /** Where rejected rows go when the run quarantines, else null. */
  private final QuarantineMarks.@Nullable FileMarks marks;
  private int nextOrdered;
  /** The problem of the earliest failed row group; guarded by orderedLock. */
  private @Nullable DataProblem problem;
  private int problemRowGroup = Integer.MAX_VALUE;
  /** A bug met on a worker, rethrown on the calling thread; guarded by orderedLock. */
  private @Nullable Throwable bug;

  /** A row group read, with its forks and (when quarantining) its rejected rows. */
  private record Finished(RowGroupInfo group, List<@Nullable CheckState> forks,
      @Nullable RowRejects rejects) {}

  /** How the scan runs. */
  record Settings(boolean shortcuts, int batchRows, long firstRow, int inFlight, Progress progress,
      long fileBytes, long fileRows) {}

  FileScan(DataFile file, List<DataCheck> checks, List<@Nullable CheckState> bound,
      boolean[] decoded, Settings settings, QuarantineMarks.@Nullable FileMarks marks) {
    this.marks = marks;
    this.file = file;
    this.checks = checks;
    this.bound = bound;
    this.decoded = decoded;
    this.settings = settings;
    this.slots = new Semaphore(settings.inFlight());
  }

  /** Reads every row group, on {@code pool} or, when it is null, on this thread. */
  void run(@Nullable ExecutorService pool) throws DataProblem {
    List<RowGroupInfo> groups = file.rowGroups();
    List<Future<?>> started = new ArrayList<>();
    try {
      for (int k = 0; k < groups.size() && !failed(); k++) {
        RowGroupInfo group = groups.get(k);
        int order = k;
        if (pool == null) {
          runTask(order, group);
        } else {
          slots.acquire();
          started.add(pool.submit(() -> runTask(order, group)));
        }
      }
      for (Future<?> task : started) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      started.forEach(t -> t.cancel(true));
      throw new DataProblem(file.path(), "interrupted while reading");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a row-group task failed unexpectedly", e.getCause());
    }
    rethrowFailure();
  }

  private void rethrowFailure() throws DataProblem {
    synchronized (orderedLock) {
      if (bug instanceof RuntimeException) {
        throw (RuntimeException) bug;
      }
      if (bug instanceof Error) {
        throw (Error) bug;
      }
      if (problem != null) {
        throw problem;
      }
    }
  }

  private boolean failed() {
    return failedBefore(Integer.MAX_VALUE);
  }

  /** Whether a row group before {@code order} failed (later ones cannot change the report). */
  private boolean failedBefore(int order) {
    synchronized (orderedLock) {
      return problemRowGroup < order || bug != null;
    }
  }

  /** One row group; never throws: a problem is recorded, the slot always released. */
  private void runTask(int order, RowGroupInfo group) {
    List<@Nullable CheckState> forks = new ArrayList<>();
    RowRejects rejects = marks == null ? null : newRejects(group);
    try {
      if (!failedBefore(order)) {
        scan(group, forks, rejects);
      }
      mergeUnordered(forks);
      settings.progress().advanced(group.rowCount(), bytesOf(group));
      mergeOrdered(order, new Finished(group, forks, rejects));
    } catch (DataProblem e) {
      fail(order, e, null);
    } catch (RuntimeException | Error e) {
      fail(order, null, e);
    }
  }

  private RowRejects newRejects(RowGroupInfo group) {
    List<String> slots = marks.slotIds();
    RowRejects rejects = new RowRejects(settings.firstRow() + group.firstRow(), group.rowCount(),
        slots.size());
    for (int slot = 0; slot < slots.size(); slot++) {
      if (marks.failsEveryRow(slot)) {
        rejects.rejectAll(slot);
      }
    }
    return rejects;
  }

  private void scan(RowGroupInfo group, List<@Nullable CheckState> forks,
      @Nullable RowRejects rejects) throws DataProblem {
    ChunkFacts facts = new ChunkFacts(file, group);
    List<Integer> unsettled = forkAndSettle(group, facts, forks, rejects);
    Set<String> whole = new HashSet<>(); // columns some check reads whole: no index to consult
    for (int i : unsettled) {
      if (!settings.shortcuts() || !checks.get(i).narrows()) {
        whole.addAll(checks.get(i).columns());
      }
    }
    ReadPlan plan = new ReadPlan(checks.size());
    for (int i : unsettled) {
      DataCheck check = checks.get(i);
      CheckState fork = forks.get(i);
      Optional<List<PageFacts>> pages = settings.shortcuts() && check.narrows()
          && !whole.contains(check.columns().get(0)) ? check.narrow(facts, fork) : Optional.empty();
      if (pages.isPresent()) {
        plan.narrow(i, fork, check.columns().get(0), pages.get());
      } else {
        plan.readWhole(i, check, fork);
      }
    }
    plan.readWholeWhatANarrowingMissed();
    read(group, plan);
    synchronized (unorderedLock) {
      for (int i = 0; i < plan.decodes.length; i++) {
        decoded[i] |= plan.decodes[i];
      }
    }
  }

  /**
   * Forks every bound check for the row group (marking rejects when quarantining) and settles
   * what metadata settles; returns the indexes of the checks left to read rows for.
   */
  private List<Integer> forkAndSettle(RowGroupInfo group, ChunkFacts facts,
      List<@Nullable CheckState> forks, @Nullable RowRejects rejects) throws DataProblem {
    List<Integer> unsettled = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      CheckState state = bound.get(i);
      CheckState fork = state == null ? null : state.fork(group.rowCount());
      forks.add(fork);
      int slot = rejects == null ? -1 : marks.slotOf(i);
      if (fork != null && slot >= 0) {
        fork.markRejects(rejects.marker(slot));
      }
      if (fork != null && !(settings.shortcuts() && checks.get(i).settle(facts, fork))) {
        unsettled.add(i);
      }
    }
    return unsettled;
  }

  /** The columns read whole, then the pages of each narrowed column. */
  private void read(RowGroupInfo group, ReadPlan plan) throws DataProblem {
    long firstRow = settings.firstRow();
    if (!plan.active.isEmpty()) {
      file.scan(group.index(), plan.columns, plan.utf8Columns(), firstRow, settings.batchRows(),
          batch -> update(plan.active, batch));
    }
    for (ReadPlan.NarrowedColumn column : plan.narrowed.values()) {
      List<PageFacts> pages = column.pages();
      if (!pages.isEmpty()) {
        file.scanPages(group.index(), column.path, column.readsUtf8(), firstRow,
            settings.batchRows(), pages, batch -> update(column.forks, batch));
      }
    }
  }

  private static void update(List<CheckState> forks, ColumnBatch batch) throws DataProblem {
    for (CheckState fork : forks) {
      fork.update(batch);
    }
  }

  private void mergeUnordered(List<@Nullable CheckState> forks) {
    synchronized (unorderedLock) {
      for (int i = 0; i < forks.size(); i++) {
        CheckState fork = forks.get(i);
        if (fork != null && !checks.get(i).ordered()) {
          bound.get(i).merge(fork);
        }
      }
    }
  }

  /** Merges ordered forks of this and any waiting later row groups, in row-group order. */
  private void mergeOrdered(int order, Finished finished) {
    synchronized (orderedLock) {
      waiting.put(order, finished);
      while (problem == null && bug == null && !waiting.isEmpty() && waiting.firstKey() == nextOrdered) {
        Finished next = waiting.pollFirstEntry().getValue();
        for (int i = 0; i < next.forks().size(); i++) {
          CheckState fork = next.forks().get(i);
          if (fork != null && checks.get(i).ordered()) {
            bound.get(i).merge(fork);
          }
        }
        if (next.rejects() != null) {
          marks.put(next.group().index(), RejectedRows.of(next.rejects(), marks.slotIds()));
        }
        nextOrdered++;
        slots.release();
      }
    }
  }

  /** Records the failure of one row group; the earliest row group's problem is reported. */
  private void fail(int order, @Nullable DataProblem e, @Nullable Throwable unexpected) {
    synchronized (orderedLock) {
      if (unexpected != null && bug == null) {
        bug = unexpected;
      }
      if (e != null && order < problemRowGroup) {
        problem = e;
        problemRowGroup = order;
      }
      waiting.clear();
    }
    slots.release(settings.inFlight());
  }

  private long bytesOf(RowGroupInfo group) {
    return settings.fileRows() == 0 ? 0 : settings.fileBytes() * group.rowCount() / settings.fileRows();
  }
}
