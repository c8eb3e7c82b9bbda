package dev.sluice.contracts.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code logicalTypeOptions} of a property. Bounds are kept as written ({@link
 * java.math.BigDecimal} for numbers, {@link String} for dates and timestamps); their meaning for
 * a column is decided when a plan is compiled.
 *
 * <p>ODCS 3.0 writes {@code exclusiveMinimum: true} next to {@code minimum}; 3.1 writes the bound
 * itself as {@code exclusiveMinimum: 5}. Both are normalised here into one {@link Bound}.
 */
public record LogicalTypeOptions(
    @Nullable Bound lower,
    @Nullable Bound upper,
    @Nullable Integer minLength,
    @Nullable Integer maxLength,
    @Nullable String pattern,
    @Nullable String format,
    @Nullable Object multipleOf,
    @Nullable String timezone,
    Map<String, Object> other) {

  public static final LogicalTypeOptions NONE =
      new LogicalTypeOptions(null, null, null, null, null, null, null, null, Map.of());

  public LogicalTypeOptions {
    other = Map.copyOf(other);
  }

  /** A range bound: a number (BigDecimal) or a date/time string, inclusive or exclusive. */
  public record Bound(Object value, boolean exclusive) {}
}
