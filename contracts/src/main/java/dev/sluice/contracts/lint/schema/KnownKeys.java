package dev.sluice.contracts.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys an object schema declares, through {@code $ref}, {@code allOf}/{@code anyOf}/{@code
 * oneOf} and the {@code then}/{@code else} that applies to the instance.
 *
 * <p>Why: when any sub-schema of an object fails, draft 2019-09 discards that sub-schema's
 * annotations, so {@code unevaluatedProperties} then reports every key the failed part declared
 * ({@code name}, {@code logicalType}, ...) as unknown. A key in this set is such noise; a key
 * outside it is truly unknown. An {@code if} is evaluated against the instance, so a key that
 * only another server type declares still counts as unknown.
 */
final class KnownKeys {
  private static final String[] APPLICATORS = {"allOf", "anyOf", "oneOf"};

  private final BundledSchema schema;
  private final JsonNode instance;
  private final Set<String> keys = new HashSet<>();
  private final Set<String> visited = new HashSet<>();

  private KnownKeys(BundledSchema schema, JsonNode instance) {
    this.schema = schema;
    this.instance = instance;
  }

  /** Keys declared by the object schema at {@code pointer} for this {@code instance}. */
  static Set<String> of(BundledSchema schema, String pointer, JsonNode instance) {
    KnownKeys known = new KnownKeys(schema, instance);
    known.collect(pointer);
    return known.keys;
  }

  private void collect(String pointer) {
    JsonNode node = schema.tree().at(pointer);
    if (!node.isObject() || !visited.add(pointer)) {
      return;
    }
    node.path("properties").fieldNames().forEachRemaining(keys::add);
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.asText().startsWith("#")) {
      collect(ref.asText().substring(1));
    }
    for (String applicator : APPLICATORS) {
      for (int i = 0; i < node.path(applicator).size(); i++) {
        collect(pointer + "/" + applicator + "/" + i);
      }
    }
    if (node.has("if")) {
      collect(pointer + (ifHolds(pointer + "/if") ? "/then" : "/else"));
    }
  }

  private boolean ifHolds(String pointer) {
    return schema.fragment(pointer).validate(instance).isEmpty();
  }
}
