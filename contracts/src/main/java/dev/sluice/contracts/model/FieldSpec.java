package dev.sluice.contracts.model;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One property of a schema object. An {@code object} property has nested {@link #properties()};
 * an {@code array} property describes its elements in {@link #items()}.
 *
 * @param logicalType the ODCS logical type (string, date, timestamp, time, number, integer,
 *     object, array, boolean), or null when the contract does not say
 * @param primaryKeyPosition the 1-based position in a composite key, or -1 when not given
 */
public record FieldSpec(
    String name,
    @Nullable String physicalName,
    @Nullable String logicalType,
    @Nullable String physicalType,
    @Nullable String description,
    boolean required,
    boolean unique,
    boolean primaryKey,
    int primaryKeyPosition,
    @Nullable String classification,
    LogicalTypeOptions options,
    List<FieldSpec> properties,
    @Nullable FieldSpec items,
    List<QualityRule> quality,
    List<CustomProperty> customProperties) {

  /** Orders key columns by declared position; undeclared positions keep contract order. */
  public static final Comparator<FieldSpec> BY_KEY_POSITION =
      Comparator.comparingInt(f -> f.primaryKeyPosition() < 0 ? Integer.MAX_VALUE : f.primaryKeyPosition());

  public FieldSpec {
    properties = List.copyOf(properties);
    quality = List.copyOf(quality);
    customProperties = List.copyOf(customProperties);
  }

  /** The column name in the data: {@code physicalName} when given, else {@code name}. */
  public String columnName() {
    return physicalName != null && !physicalName.isBlank() ? physicalName : name;
  }
}
