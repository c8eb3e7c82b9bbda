package dev.sluice.contracts.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One ODCS quality rule. {@code type} is {@code library} (the default), {@code sql}, {@code
 * text} or {@code custom}; library rules name a {@code metric} (ODCS 3.0's {@code rule} key is
 * read into the same field).
 *
 * @param threshold null when the rule names no operator (lint reports it)
 */
public record QualityRule(
    @Nullable String id,
    @Nullable String name,
    String type,
    @Nullable String metric,
    @Nullable Threshold threshold,
    Map<String, Object> arguments,
    @Nullable String unit,
    @Nullable String severity,
    @Nullable String dimension,
    @Nullable String description,
    @Nullable String query,
    @Nullable String engine,
    List<String> tags) {

  public QualityRule {
    arguments = Map.copyOf(arguments);
    tags = List.copyOf(tags);
  }

  public boolean isLibrary() {
    return "library".equals(type);
  }

  /** Whether a percentage ({@code unit: percent}) rather than a row count is compared. */
  public boolean isPercent() {
    return unit != null && (unit.equalsIgnoreCase("percent") || unit.equals("%"));
  }
}
