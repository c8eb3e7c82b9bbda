package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.Progress;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.check.CheckState;
import dev.sluice.validator.check.DataCheck;
import dev.sluice.validator.check.EvalContext;
import dev.sluice.validator.check.FileFacts;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.plan.ExpectedTypes;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One validation of a plan over a list of files, in order, one file open at a time. Rows are
 * numbered across the whole dataset. Within a file, row groups run in parallel on a pool of
 * {@link ValidationOptions#threads()} threads (see {@link FileScan}): each check is either
 * settled from metadata or fed decoded batches of the columns it reads; only columns some
 * unsettled check needs are decoded. Close the run to stop its threads.
 */
public final class DatasetRun implements AutoCloseable {
  private final Plan plan;
  private final ValidationOptions options;
  private final List<CheckState> states = new ArrayList<>();
  private final boolean[] decoded;
  private final List<DatasetInfo> datasets = new ArrayList<>();
  private final @Nullable ExecutorService pool;
  /** How to read inputs, with the column types the contract expects. */
  private final SourceOptions source;
  private long rows;
  /** The rejected rows, when the run collects them for a quarantine; else null. */
  private final @Nullable QuarantineMarks marks;

  public DatasetRun(Plan plan, ValidationOptions options) {
    this(plan, options, false);
  }

  /** A run that also marks the rows a quarantine rejects when {@code markRejects}. */
  public DatasetRun(Plan plan, ValidationOptions options, boolean markRejects) {
    this.plan = plan;
    this.marks = markRejects ? new QuarantineMarks(plan.checks()) : null;
    this.options = options;
    plan.checks().forEach(c -> states.add(c.newState()));
    this.decoded = new boolean[plan.checks().size()];
    this.source = options.source().withExpected(ExpectedTypes.of(plan.object()))
        .withThreads(options.threads());
    this.pool = options.threads() == 1 ? null
        : Executors.newFixedThreadPool(options.threads(), new ScanThreads());
  }

  public void add(Path path) throws DataProblem {
    add(path, path.toString());
  }

  /** Adds a file named {@code display} in messages and the report (a spooled stream, say). */
  public void add(Path path, String display) throws DataProblem {
    long bytes = sizeOf(path);
    Progress progress = options.progress();
    try (DataFile file = DataFiles.open(path, display, source,
        read -> progress.firstPassRead(display, read, bytes))) {
      add(file, FileFactsReader.read(file, path), bytes);
    }
  }

  /**
   * Adds a source that is already open (an in-memory batch, say): its own metadata gives its
   * tags; {@code bytes} is its size for progress (0 when unknown). The caller closes it.
   */
  public void add(DataFile file) throws DataProblem {
    add(file, FileFactsReader.read(file), 0);
  }

  private void add(DataFile file, FileFacts facts, long bytes) throws DataProblem {
    List<@Nullable CheckState> bound = bind(facts);
    options.progress().fileStarted(file.path(), file.rowCount(), bytes);
    FileScan.Settings settings = new FileScan.Settings(options.metadataShortcuts(),
        options.batchRows(), rows, options.threads() + 1, options.progress(), bytes,
        file.rowCount());
    new FileScan(file, plan.checks(), bound, decoded, settings, startMarks(file, facts, bytes))
        .run(pool);
    datasets.add(new DatasetInfo(file.path(), file.format(), file.rowCount(),
        file.createdBy().orElse(null), extraColumns(file)));
    rows += file.rowCount();
  }

  private QuarantineMarks.@Nullable FileMarks startMarks(DataFile file, FileFacts facts,
      long bytes) {
    if (marks == null) {
      return null;
    }
    boolean[] everyRow = new boolean[marks.slotIds().size()];
    for (int i = 0; i < plan.checks().size(); i++) {
      int slot = marks.slotOf(i);
      if (slot >= 0 && plan.checks().get(i).failsEveryRow(facts)) {
        everyRow[slot] = true;
      }
    }
    return marks.startFile(file.path(), file.format(), facts.tags(), file.rowGroups().size(),
        everyRow, bytes);
  }

  /** The rejected rows so far; empty unless the run was made to mark them. */
  public Optional<QuarantineMarks> marks() {
    return Optional.ofNullable(marks);
  }

  /** How inputs are read (the options' source, with the contract's expected types). */
  public SourceOptions source() {
    return source;
  }

  /** The pool row groups run on (null when the run uses one thread). */
  public @Nullable ExecutorService pool() {
    return pool;
  }

  public List<CheckResult> results() {
    List<CheckResult> results = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      EvalContext ctx = new EvalContext(rows, !decoded[i], options.clock().instant(), options.maxSamples());
      results.add(plan.checks().get(i).result(states.get(i), ctx));
    }
    if (options.noExtraColumns()) {
      results.addAll(ExtraColumns.failures(plan.object().name(), datasets));
    }
    return results;
  }

  /** The report of everything added so far; the validation began at {@code startNanos}. */
  public ValidationReport report(long startNanos) {
    List<CheckResult> results = results();
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    return new ValidationReport(plan.contract().id(), plan.contract().version(),
        plan.object().name(), datasets, rows, millis, results);
  }

  public List<DatasetInfo> datasets() {
    return datasets;
  }

  public long rowCount() {
    return rows;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    options.progress().finished();
  }

  /** The per-file state of each check, or null where the check reads no rows of this file. */
  private List<@Nullable CheckState> bind(FileFacts facts) throws DataProblem {
    List<@Nullable CheckState> bound = new ArrayList<>();
    for (int i = 0; i < plan.checks().size(); i++) {
      DataCheck check = plan.checks().get(i);
      Optional<CheckState> state = check.bind(facts, states.get(i));
      if (state.isPresent()) {
        requireReadable(check, facts);
      }
      bound.add(state.orElse(null));
    }
    return bound;
  }

  private static void requireReadable(DataCheck check, FileFacts facts) throws DataProblem {
    for (String column : check.columns()) {
      ColumnInfo info = facts.columns().get(column);
      if (info != null && info.type().kind() == ValueType.Kind.UNSUPPORTED) {
        throw new DataProblem(facts.path(), "column " + column + " has type " + info.formatType()
            + ", which Sluice cannot read (needed by " + check.spec().id() + ")");
      }
    }
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0; // only the progress bar's byte count suffers
    }
  }

  private List<String> extraColumns(DataFile file) {
    return file.topLevelNames().stream().filter(n -> !plan.topLevelColumns().contains(n)).toList();
  }

  /** Daemon worker threads, so that an abandoned run never keeps the JVM alive. */
  private static final class ScanThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread t = new Thread(task, "sluice-scan-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
