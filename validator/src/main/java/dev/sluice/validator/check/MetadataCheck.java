package dev.sluice.validator.check;

import java.util.List;
import java.util.Optional;

/** Base of checks answered from each file's metadata alone: they read no rows. */
abstract class MetadataCheck implements DataCheck {
  protected final CheckSpec spec;

  MetadataCheck(CheckSpec spec) {
    this.spec = spec;
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public List<String> columns() {
    return List.of();
  }

  @Override
  public CheckState newState() {
    return new FileNotes();
  }

  @Override
  public Optional<CheckState> bind(FileFacts file, CheckState state) {
    FileNotes notes = (FileNotes) state;
    notes.files++;
    inspect(file, notes);
    return Optional.empty();
  }

  /** Records this file's outcome in {@code notes}. */
  abstract void inspect(FileFacts file, FileNotes notes);
}
