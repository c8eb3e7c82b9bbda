package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.report.CheckResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The column's type in each file can represent the property's {@code logicalType} (and its
 * {@code physicalType}, when that names a type Sluice recognises). Files lacking the column are
 * the presence check's business. In files whose values are parsed from text (CSV, JSON), the
 * column has the contract's type by construction and each value that does not parse is a
 * failing row.
 */
public final class TypeCheck extends MetadataCheck {
  private final String column;
  private final String logicalType;
  private final @Nullable String physicalType;
  private final int maxSamples;

  public TypeCheck(CheckSpec spec, String column, String logicalType, @Nullable String physicalType,
      int maxSamples) {
    super(spec);
    this.column = column;
    this.logicalType = logicalType;
    this.physicalType = physicalType;
    this.maxSamples = maxSamples;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }

  @Override
  public CheckState newState() {
    return new TypeState(maxSamples);
  }

  @Override
  public Optional<CheckState> bind(FileFacts file, CheckState state) {
    super.bind(file, state);
    if (!file.parsesText() || !file.columns().containsKey(column)) {
      return Optional.empty();
    }
    TypeState typeState = (TypeState) state;
    typeState.parsedFiles++;
    return Optional.of(new Unparsed(typeState.rows));
  }

  @Override
  public boolean failsEveryRow(FileFacts file) {
    return mismatch(file).isPresent();
  }

  @Override
  void inspect(FileFacts file, FileNotes notes) {
    Optional<String> mismatch = mismatch(file);
    mismatch.ifPresent(m -> notes.failures.add(file.path() + ": " + m));
  }

  private Optional<String> mismatch(FileFacts file) {
    ColumnInfo leaf = file.columns().get(column);
    if (logicalType.equals("object") || logicalType.equals("array")) {
      return TypeRules.nestedMismatch(file, column, logicalType, leaf);
    }
    if (leaf == null) {
      return Optional.empty();
    }
    if (!TypeRules.logicalAccepts(logicalType, leaf.type())) {
      return Optional.of("column " + column + " is " + leaf.formatType()
          + ", which cannot hold logicalType " + logicalType);
    }
    return physicalType == null || file.parsesText() ? Optional.empty()
        : TypeRules.physicalMismatch(physicalType, leaf);
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    TypeState s = (TypeState) state;
    String expected = logicalType + (physicalType == null ? "" : " (" + physicalType + ")");
    if (s.parsedFiles > 0 && s.failures.isEmpty()) {
      Map<String, Object> details = Map.of("unparsedValues", s.rows.failed);
      return Results.counted(spec, s.rows.failed, ctx, s.rows.samples.list(spec.sensitive()),
          details);
    }
    BigDecimal failing = BigDecimal.valueOf(s.failures.size());
    return s.failures.isEmpty()
        ? Results.judged(spec, true, failing, "conforms to " + expected, ctx)
        : Results.judged(spec, false, failing, s.summary(), ctx);
  }

  /** File outcomes, plus the rows of text files whose value did not parse. */
  private static final class TypeState extends FileNotes {
    final CountState rows;
    long parsedFiles;

    TypeState(int maxSamples) {
      this.rows = new CountState(maxSamples);
    }

    @Override
    public void merge(CheckState other) {
      super.merge(other);
      TypeState o = (TypeState) other;
      rows.merge(o.rows);
      parsedFiles += o.parsedFiles;
    }
  }

  /** Counts the values a text source marked invalid. */
  private final class Unparsed extends CountingFork {
    Unparsed(CountState counts) {
      super(counts);
    }

    @Override
    public CheckState fork() {
      return new Unparsed(new CountState(maxSamples));
    }

    @Override
    public void update(ColumnBatch batch) {
      ColumnVector v = batch.vector(column);
      boolean[] invalid = v.invalid;
      if (invalid == null) {
        return;
      }
      for (int i = 0; i < v.size; i++) {
        if (invalid[i]) {
          fail(v.rows[i], v.invalidText(i));
        }
      }
    }
  }
}
