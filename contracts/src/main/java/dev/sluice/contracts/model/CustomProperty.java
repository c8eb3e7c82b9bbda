package dev.sluice.contracts.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ODCS custom property: a name and any JSON-like value (maps, lists, scalars). */
public record CustomProperty(String property, Object value) {

  static Optional<Object> find(List<CustomProperty> properties, String name) {
    return properties.stream().filter(p -> p.property.equals(name)).map(p -> p.value).findFirst();
  }

  static Map<String, Object> toMap(List<CustomProperty> properties) {
    Map<String, Object> map = new LinkedHashMap<>();
    properties.forEach(p -> map.put(p.property, p.value));
    return map;
  }
}
