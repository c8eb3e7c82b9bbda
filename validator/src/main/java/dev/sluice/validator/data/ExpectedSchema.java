package dev.sluice.validator.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The column types a source without types of its own (CSV, JSON) reads its values as, taken
 * from the contract: leaf paths (as in {@link ColumnInfo#path()}) to types. A column the
 * contract does not name is read as text.
 */
public record ExpectedSchema(Map<String, ValueType> columns) {

  public static final ExpectedSchema NONE = new ExpectedSchema(Map.of());

  public ExpectedSchema {
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  public Optional<ValueType> typeOf(String path) {
    return Optional.ofNullable(columns.get(path));
  }
}
