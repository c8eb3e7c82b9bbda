package dev.sluice.validator.infer;

import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.engine.DataFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One pass over a dataset: each file in turn, its row groups in parallel on a small pool, every
 * readable column decoded batch by batch into a per-row-group {@link ColumnProfile} that merges
 * into the dataset's. Memory: the row groups in flight plus the profiles (whose distinct sets are
 * capped by the budget).
 */
final class DatasetScan {
  private final InferOptions options;
  private final MemoryBudget budget;

  DatasetScan(InferOptions options) {
    this.options = options;
    this.budget = MemoryBudget.of(options.distinctMemoryBytes());
  }

  /** What the pass found. */
  record Result(List<FileSummary> files, Map<String, ColumnProfile> columns, long rows) {}

  /** One file's facts: its format, rows, leaf columns and lineage tags. */
  record FileSummary(Path path, String format, long rows, Set<String> columns,
      Map<String, String> tags, boolean parsesText) {}

  /** Profiles {@code paths}, text read as {@code expected} says, on the options' threads. */
  Result run(List<Path> paths, ExpectedSchema expected) throws DataProblem {
    SourceOptions source = options.source().withExpected(expected).withThreads(options.threads());
    List<FileSummary> files = new ArrayList<>();
    Map<String, ColumnProfile> columns = new LinkedHashMap<>();
    long rows = 0;
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "sluice-infer");
      t.setDaemon(true);
      return t;
    });
    try {
      for (Path path : paths) {
        try (DataFile file = DataFiles.open(path, source)) {
          Map<String, ColumnProfile> found = scanFile(file, rows, pool);
          found.forEach((name, profile) -> merge(columns, name, profile));
          files.add(new FileSummary(path, file.format(), file.rowCount(),
              new LinkedHashSet<>(file.columns().keySet()), LineageTags.of(file, path),
              file.parsesText()));
          rows += file.rowCount();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(files, columns, rows);
  }

  private static void merge(Map<String, ColumnProfile> into, String name, ColumnProfile p) {
    ColumnProfile existing = into.get(name);
    if (existing == null) {
      into.put(name, p);
    } else {
      existing.merge(p);
    }
  }

  private Map<String, ColumnProfile> scanFile(DataFile file, long firstRow, ExecutorService pool)
      throws DataProblem {
    Map<String, ColumnProfile> whole = new LinkedHashMap<>();
    for (ColumnInfo column : file.columns().values()) {
      whole.put(column.path(), new ColumnProfile(column, budget));
    }
    Set<String> readable = new LinkedHashSet<>();
    whole.values().stream().filter(p -> p.type().kind() != Kind.UNSUPPORTED)
        .forEach(p -> readable.add(p.column.path()));
    if (readable.isEmpty()) {
      return whole;
    }
    // At most threads + 1 row groups in flight; each part merges as soon as it is done.
    CompletionService<Map<String, ColumnProfile>> done = new ExecutorCompletionService<>(pool);
    List<RowGroupInfo> groups = file.rowGroups();
    int next = 0;
    int running = 0;
    while (next < groups.size() || running > 0) {
      while (next < groups.size() && running <= options.threads()) {
        RowGroupInfo group = groups.get(next++);
        done.submit(() -> scanGroup(file, group, firstRow, readable, whole));
        running++;
      }
      Map<String, ColumnProfile> got = await(done, file);
      running--;
      synchronized (whole) {
        got.forEach((name, p) -> whole.get(name).merge(p));
      }
    }
    return whole;
  }

  private Map<String, ColumnProfile> scanGroup(DataFile file, RowGroupInfo group, long firstRow,
      Set<String> readable, Map<String, ColumnProfile> whole) throws DataProblem {
    Map<String, ColumnProfile> part = new LinkedHashMap<>();
    synchronized (whole) {
      readable.forEach(name -> part.put(name, whole.get(name).fork()));
    }
    file.scan(group.index(), readable, firstRow, options.batchRows(), batch -> {
      for (ColumnProfile p : part.values()) {
        p.update(batch.vector(p.column.path()));
      }
    });
    return part;
  }

  private static Map<String, ColumnProfile> await(
      CompletionService<Map<String, ColumnProfile>> done, DataFile file) throws DataProblem {
    try {
      return done.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataProblem(file.path(), "interrupted");
    } catch (ExecutionException e) {
      throw DataProblem.ofTask(e);
    }
  }
}
