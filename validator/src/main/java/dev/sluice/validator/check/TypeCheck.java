package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.report.CheckResult;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The column's type in each file can represent the property's {@code logicalType} (and its
 * {@code physicalType}, when that names a type Sluice recognises). Files lacking the column are
 * the presence check's business.
 */
public final class TypeCheck extends MetadataCheck {
  private final String column;
  private final String logicalType;
  private final @Nullable String physicalType;

  public TypeCheck(CheckSpec spec, String column, String logicalType, @Nullable String physicalType) {
    super(spec);
    this.column = column;
    this.logicalType = logicalType;
    this.physicalType = physicalType;
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
    return physicalType == null ? Optional.empty() : TypeRules.physicalMismatch(physicalType, leaf);
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    FileNotes notes = (FileNotes) state;
    BigDecimal failing = BigDecimal.valueOf(notes.failures.size());
    String expected = logicalType + (physicalType == null ? "" : " (" + physicalType + ")");
    return notes.failures.isEmpty()
        ? Results.judged(spec, true, failing, "conforms to " + expected, ctx)
        : Results.judged(spec, false, failing, notes.summary(), ctx);
  }
}
