package dev.sluice.contracts.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One schema object of a contract (a table, a topic, a file set): its properties and the
 * quality rules that judge it as a whole.
 */
public record DatasetSpec(
    String name,
    @Nullable String physicalName,
    @Nullable String physicalType,
    @Nullable String description,
    List<FieldSpec> properties,
    List<QualityRule> quality,
    List<CustomProperty> customProperties,
    List<String> tags) {

  public DatasetSpec {
    properties = List.copyOf(properties);
    quality = List.copyOf(quality);
    customProperties = List.copyOf(customProperties);
    tags = List.copyOf(tags);
  }

  /** The top-level property with this name. */
  public Optional<FieldSpec> property(String propertyName) {
    return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
  }

  /** The custom property with this name on this object. */
  public Optional<Object> customProperty(String propertyName) {
    return CustomProperty.find(customProperties, propertyName);
  }

  /** Top-level properties with {@code primaryKey: true}, ordered by their key position. */
  public List<FieldSpec> primaryKey() {
    return properties.stream()
        .filter(FieldSpec::primaryKey)
        .sorted(FieldSpec.BY_KEY_POSITION)
        .toList();
  }
}
