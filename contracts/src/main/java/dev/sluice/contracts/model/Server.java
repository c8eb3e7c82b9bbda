package dev.sluice.contracts.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the data lives. Every key of the server entry is kept in {@code attributes}; the common
 * ones have accessors.
 */
public record Server(String server, String type, Map<String, Object> attributes) {

  public Server {
    attributes = Map.copyOf(attributes);
  }

  public @Nullable String path() {
    return string("path");
  }

  public @Nullable String format() {
    return string("format");
  }

  public @Nullable String delimiter() {
    return string("delimiter");
  }

  public @Nullable String string(String key) {
    Object value = attributes.get(key);
    return value == null ? null : value.toString();
  }
}
