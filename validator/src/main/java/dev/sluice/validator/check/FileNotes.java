package dev.sluice.validator.check;

import java.util.ArrayList;
import java.util.List;

/** Per-file outcomes of a metadata check (presence, type, tags): which files failed, and why. */
class FileNotes implements CheckState {
  final List<String> failures = new ArrayList<>();
  long files;
  long value;

  @Override
  public void update(dev.sluice.validator.data.ColumnBatch batch) {
    // Metadata checks read no rows.
  }

  @Override
  public void merge(CheckState other) {
    FileNotes o = (FileNotes) other;
    failures.addAll(o.failures);
    files += o.files;
    value += o.value;
  }

  /** The first failures and how many more, for a one-line message. */
  String summary() {
    if (failures.size() <= 3) {
      return String.join("; ", failures);
    }
    return String.join("; ", failures.subList(0, 3)) + "; and " + (failures.size() - 3) + " more";
  }
}
