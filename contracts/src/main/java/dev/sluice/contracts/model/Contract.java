package dev.sluice.contracts.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ODCS v3 data contract: fundamentals, the schema objects it promises, quality rules that
 * apply to every object, service levels, servers and custom properties.
 *
 * @param source where the contract was loaded from (a file path or a label), for messages
 */
public record Contract(
    String source,
    Fundamentals fundamentals,
    List<DatasetSpec> schema,
    List<QualityRule> quality,
    List<SlaProperty> slaProperties,
    @Nullable String slaDefaultElement,
    List<Server> servers,
    List<CustomProperty> customProperties) {

  public Contract {
    schema = List.copyOf(schema);
    quality = List.copyOf(quality);
    slaProperties = List.copyOf(slaProperties);
    servers = List.copyOf(servers);
    customProperties = List.copyOf(customProperties);
  }

  public String apiVersion() {
    return fundamentals.apiVersion();
  }

  public String id() {
    return fundamentals.id();
  }

  public String version() {
    return fundamentals.version();
  }

  /** The schema object with this name (case-sensitive), if the contract has one. */
  public Optional<DatasetSpec> object(String name) {
    return schema.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The server with this name, if the contract has one. */
  public Optional<Server> server(String name) {
    return servers.stream().filter(s -> name.equals(s.server())).findFirst();
  }

  /** The custom property with this name at the contract's root. */
  public Optional<Object> customProperty(String name) {
    return CustomProperty.find(customProperties, name);
  }

  /** Values of every root-level custom property, by name. */
  public Map<String, Object> customPropertyMap() {
    return CustomProperty.toMap(customProperties);
  }
}
