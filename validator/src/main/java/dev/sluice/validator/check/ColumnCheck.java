package dev.sluice.validator.check;

import java.util.List;

/** Base of checks that read column values (the counterpart of {@link MetadataCheck}). */
abstract class ColumnCheck implements DataCheck {
  protected final CheckSpec spec;
  protected final List<String> columns;

  ColumnCheck(CheckSpec spec, List<String> columns) {
    this.spec = spec;
    this.columns = List.copyOf(columns);
  }

  @Override
  public CheckSpec spec() {
    return spec;
  }

  @Override
  public List<String> columns() {
    return columns;
  }
}
