package dev.sluice.validator.check;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A check that judges each value of one column on its own: required, ranges, lengths, pattern,
 * format, multipleOf and the null/missing/invalid quality metrics.
 *
 * <p>Dictionary-encoded values are judged once per dictionary entry and then counted by id; a
 * costly test (pattern, format) also remembers its verdicts by value across chunks and files.
 */
public final class ValueCheck extends ColumnCheck {
  private final String column;
  private final NullRule nulls;
  private final ValueTests.Factory tests;
  private final int maxSamples;

  /** What a null means to this check. */
  public enum NullRule {
    /** Nulls are never judged (ranges, patterns, invalid values). */
    IGNORED,
    /** Nulls fail (required, nullValues, missingValues). */
    FAIL
  }

  public ValueCheck(CheckSpec spec, String column, NullRule nulls, ValueTests.Factory tests,
      int maxSamples) {
    super(spec, List.of(column));
    this.column = column;
    this.nulls = nulls;
    this.tests = tests;
    this.maxSamples = maxSamples;
  }

  @Override
  public CheckState newState() {
    return new CountState(maxSamples);
  }

  @Override
  public Optional<CheckState> bind(FileFacts file, CheckState state) {
    ColumnInfo info = file.columns().get(column);
    if (info == null) {
      return Optional.empty();
    }
    CountState counts = (CountState) state;
    Optional<ValueTest> test = tests.forType(info.type());
    if (test.isEmpty()) {
      counts.notes.add(file.path() + ": column " + column + " is " + info.formatType()
          + ", which " + spec.kind().json() + " cannot judge");
      return Optional.empty();
    }
    counts.boundFiles++;
    if (test.get().costly() && counts.memo == null) {
      counts.memo = new ValueMemo(test.get());
    }
    return Optional.of(new Bound(counts, test.get(), info.type()));
  }

  @Override
  public boolean settle(RowGroupFacts rowGroup, CheckState bound) throws DataProblem {
    Bound b = (Bound) bound;
    ChunkStats stats = rowGroup.stats(column);
    if (tests.onlyNulls()) {
      if (!stats.hasNullCount() || (stats.nullCount() > 0
          && (!tests.countNullsFromMetadata() || b.marks()))) {
        return false; // a quarantine needs the rows, not only their count
      }
      b.counts.failed += stats.nullCount();
      return true;
    }
    if (passesWhole(stats, b)) {
      return true;
    }
    boolean nullsPass = nulls == NullRule.IGNORED || stats.nullCount() == 0;
    if (nullsPass) {
      Optional<ColumnDictionary> dictionary = rowGroup.dictionaryOnly(column);
      return dictionary.isPresent() && b.noEntryFails(dictionary.get());
    }
    return false;
  }

  @Override
  public boolean narrows() {
    return true;
  }

  /** The pages whose statistics do not prove that each of their values passes. */
  @Override
  public Optional<List<PageFacts>> narrow(RowGroupFacts rowGroup, CheckState bound)
      throws DataProblem {
    Optional<List<PageFacts>> index = rowGroup.pageIndex(column);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    List<PageFacts> mayFail = new ArrayList<>();
    for (PageFacts page : index.get()) {
      if (!passesWhole(page.stats(), (Bound) bound)) {
        mayFail.add(page);
      }
    }
    return mayFail.size() == index.get().size() ? Optional.empty() : Optional.of(mayFail);
  }

  /** Whether exact statistics prove that every value they describe passes. */
  private boolean passesWhole(ChunkStats stats, Bound b) {
    boolean noNulls = stats.hasNullCount() && stats.nullCount() == 0;
    if (tests.onlyNulls()) {
      return noNulls;
    }
    if (nulls == NullRule.IGNORED && stats.hasNullCount()
        && stats.nullCount() == stats.valueCount()) {
      return true; // nothing but nulls, which are not judged
    }
    return (nulls == NullRule.IGNORED || noNulls) && stats.hasRange()
        && b.test instanceof ValueTests.Monotone
        && ((ValueTests.Monotone) b.test).passesAll(stats.min(), stats.max());
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    CountState counts = (CountState) state;
    if (counts.boundFiles == 0) {
      return Results.notEvaluated(spec, Status.SKIPPED, counts.notes.isEmpty()
          ? "column " + column + " is absent from the data" : String.join("; ", counts.notes));
    }
    Map<String, Object> details = counts.notes.isEmpty() ? Map.of() : Map.of("notes", counts.notes);
    return Results.counted(spec, counts.failed, ctx, counts.samples.list(spec.sensitive()), details);
  }

  /** The state bound to one file: its column's compiled test, counting into a count state. */
  private final class Bound extends CountingFork {
    private static final byte UNKNOWN = 0;
    private static final byte PASSES = 1;
    private static final byte FAILS = 2;

    final ValueTest test;
    final ValueType type;
    final ValueType.Storage storage;
    /** This worker's view of the value memo (null when the test is cheap). */
    private final ValueMemo.@Nullable Local memo;
    /** Verdicts per entry of the last dictionary seen, filled as entries are met. */
    private ColumnDictionary dictionary;
    private byte[] verdicts = new byte[0];
    /** Indexes of a batch's failing values ({@link #countNumbers}, {@link #countByUtf8}). */
    private int[] failing = new int[0];

    Bound(CountState counts, ValueTest test, ValueType type) {
      super(counts);
      this.test = test;
      this.type = type;
      this.storage = type.kind().storage();
      this.memo = counts.memo == null ? null : counts.memo.local();
    }

    @Override
    public CheckState fork() {
      CountState empty = new CountState(maxSamples);
      empty.memo = counts.memo;
      return new Bound(empty, test, type);
    }

    @Override
    public boolean readsUtf8(String name) {
      return name.equals(column) && type.kind() == ValueType.Kind.STRING && memo == null
          && test.readsUtf8();
    }

    @Override
    public void update(ColumnBatch batch) {
      ColumnVector v = batch.vector(column);
      if (v.utf8 != null) {
        countByUtf8(v, v.utf8);
      } else if (v.dictionary != null) {
        countByEntry(v, verdictsFor(v.dictionary));
      } else {
        countByValue(v);
      }
    }

    // Numbers: the test scans the batch itself, then only its failing rows are visited.
    private void countNumbers(ColumnVector v) {
      int[] failing = failingFor(v);
      countFailing(v, failing, storage == ValueType.Storage.LONG
          ? test.failingLongs(v.longs, v.nulls, v.size, failing)
          : test.failingDoubles(v.doubles, v.nulls, v.size, failing));
    }

    private int[] failingFor(ColumnVector v) {
      if (failing.length < v.size) {
        failing = new int[v.rows.length];
      }
      return failing;
    }

    /**
     * Counts the {@code k} failing values a batch scan wrote to {@code failing}, and the nulls
     * when they fail.
     */
    private void countFailing(ColumnVector v, int[] failing, int k) {
      long failed = k;
      for (int j = 0; j < k; j++) {
        failedAt(v, failing[j]);
      }
      if (nulls == NullRule.FAIL) {
        for (int i = 0; i < v.size; i++) {
          if (v.nulls[i]) {
            failed++;
            failedAt(v, i);
          }
        }
      }
      counts.failed += failed;
    }

    // Hot loop: one pass over the vector, one storage switch per batch, not per value.
    private void countByValue(ColumnVector v) {
      if (v.invalid == null && storage != ValueType.Storage.OBJECT) {
        countNumbers(v);
        return;
      }
      long failed = 0;
      boolean nullFails = nulls == NullRule.FAIL;
      ValueMemo.Local memo = this.memo;
      boolean[] invalid = v.invalid;
      for (int i = 0; i < v.size; i++) {
        boolean fails;
        if (v.nulls[i]) {
          fails = nullFails;
        } else if (invalid != null && invalid[i]) {
          fails = false; // not of the column's type: the type check's row, judged there only
        } else if (storage == ValueType.Storage.LONG) {
          fails = test.failsLong(v.longs[i]);
        } else if (storage == ValueType.Storage.DOUBLE) {
          fails = test.failsDouble(v.doubles[i]);
        } else if (memo != null && v.objects[i] instanceof String) {
          fails = memo.fails((String) v.objects[i]);
        } else {
          fails = test.failsObject(v.objects[i]);
        }
        if (fails) {
          failed++;
          failedAt(v, i);
        }
      }
      counts.failed += failed;
    }

    // Text read in place: the test scans the batch's bytes, then only its failing rows are visited.
    private void countByUtf8(ColumnVector v, byte[] bytes) {
      int[] failing = failingFor(v);
      countFailing(v, failing, test.failingUtf8(bytes, v.utf8Starts, v.utf8Lengths, v.nulls,
          v.size, failing));
    }

    // Hot loop of dictionary batches: each entry is judged once, then rows are counted by id.
    private void countByEntry(ColumnVector v, byte[] verdicts) {
      long failed = 0;
      boolean nullFails = nulls == NullRule.FAIL;
      for (int i = 0; i < v.size; i++) {
        boolean fails;
        if (v.nulls[i]) {
          fails = nullFails;
        } else {
          int id = v.ids[i];
          byte verdict = verdicts[id];
          if (verdict == UNKNOWN) {
            verdict = judge(v.dictionary, id) ? FAILS : PASSES;
            verdicts[id] = verdict;
          }
          fails = verdict == FAILS;
        }
        if (fails) {
          failed++;
          failedAt(v, i);
        }
      }
      counts.failed += failed;
    }

    private void failedAt(ColumnVector v, int i) {
      reject(v.rows[i]);
      if (counts.samples.wants(v.rows[i])) {
        counts.samples.add(v.rows[i], Values.format(v, i));
      }
    }

    /**
     * The verdicts of {@code d}'s entries; a dictionary that grew since the last batch keeps the
     * verdicts of its known entries (ids never change meaning), new ones start unknown.
     */
    private byte[] verdictsFor(ColumnDictionary d) {
      if (d != dictionary) {
        dictionary = d;
        verdicts = new byte[d.size()];
      } else if (verdicts.length < d.size()) {
        verdicts = java.util.Arrays.copyOf(verdicts,
            Math.max(d.size(), verdicts.length + (verdicts.length >> 1)));
      }
      return verdicts;
    }

    /** Whether entry {@code id} of the dictionary fails the test. */
    boolean judge(ColumnDictionary d, int id) {
      switch (storage) {
        case LONG: return test.failsLong(d.longAt(id));
        case DOUBLE: return test.failsDouble(d.doubleAt(id));
        default:
          Object value = d.objectAt(id);
          return memo != null && value instanceof String ? memo.fails((String) value)
              : test.failsObject(value);
      }
    }

    /** Whether no entry fails, so no row of a chunk holding only these values can fail. */
    boolean noEntryFails(ColumnDictionary d) {
      for (int id = 0; id < d.size(); id++) {
        if (judge(d, id)) {
          return false;
        }
      }
      return true;
    }

  }
}
