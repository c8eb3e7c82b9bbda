package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import java.math.BigDecimal;

/**
 * The property's column exists in every file. An absent required column fails; an absent optional
 * one (older files lacking a newer column) is a warning unless presence is strict.
 */
public final class PresenceCheck extends MetadataCheck {
  private final String column;
  private final boolean required;
  private final boolean strict;

  public PresenceCheck(CheckSpec spec, String column, boolean required, boolean strict) {
    super(spec);
    this.column = column;
    this.required = required;
    this.strict = strict;
  }

  /** Whether a file has the column, or (for objects and arrays) any column below it. */
  static boolean present(FileFacts file, String path) {
    if (file.columns().containsKey(path) || insideJsonText(file, path)) {
      return true;
    }
    return file.columns().keySet().stream()
        .anyMatch(c -> c.startsWith(path + ".") || c.startsWith(path + "[]"));
  }

  /**
   * Whether an enclosing property of {@code path} is a string column: JSON text, whose fields
   * the jsonSchema check judges row by row (so they are not columns of the file).
   */
  static boolean insideJsonText(FileFacts file, String path) {
    for (int i = path.length() - 1; i > 0; i--) {
      char c = path.charAt(i);
      if (c == '.' || (c == '[' && path.startsWith("[]", i))) {
        ColumnInfo parent = file.columns().get(path.substring(0, i));
        if (parent != null && !parent.repeated()
            && parent.type().kind() == dev.sluice.validator.data.ValueType.Kind.STRING) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public boolean failsEveryRow(FileFacts file) {
    return required && !present(file, column);
  }

  @Override
  void inspect(FileFacts file, FileNotes notes) {
    if (!present(file, column)) {
      notes.failures.add(file.path());
    }
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    FileNotes notes = (FileNotes) state;
    BigDecimal missing = BigDecimal.valueOf(notes.failures.size());
    if (notes.failures.isEmpty()) {
      return Results.judged(spec, true, missing, "present", ctx);
    }
    String where = notes.failures.size() == notes.files ? "absent from the data"
        : "absent from " + notes.failures.size() + " of " + notes.files + " files: " + notes.summary();
    if (required || strict) {
      return Results.judged(spec, false, missing, "column " + column + " " + where, ctx);
    }
    return Results.judged(spec, Status.WARNING, missing, "optional column " + column + " " + where, ctx);
  }
}
