package dev.sluice.contracts.lint.schema;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.AbsoluteIri;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The official ODCS JSON Schemas bundled as resources, compiled once per version and shared.
 *
 * <p>Nothing is ever fetched: the schemas have no remote {@code $ref}s, their {@code $schema}
 * (draft 2019-09) is built into networknt, and a loader placed before networknt's own refuses
 * every IRI that is not a bundled classpath resource, so a stray URL fails fast instead of
 * opening a socket.
 */
public final class SchemaRegistry {
  /** The apiVersions we ship a schema for, oldest first. */
  public static final List<String> VERSIONS = List.of("v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0", "v3.2.0");

  private static final String FOLDER = "dev/sluice/contracts/schema/";

  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V201909,
          builder -> builder.schemaLoaders(loaders -> loaders.add(SchemaRegistry::refuseRemote)));
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
  private final Map<String, BundledSchema> compiled = new ConcurrentHashMap<>();
  private final Map<String, JsonSchema> fragments = new ConcurrentHashMap<>();

  private SchemaRegistry() {}

  public static SchemaRegistry shared() {
    return Shared.REGISTRY;
  }

  /**
   * Holds the registry, so that it (and networknt's factory, some 25 ms of start-up) is built
   * on first use, by the lint's own thread when validate runs it there, rather than by whoever
   * first reads {@link #VERSIONS} (--version) or creates a linter.
   */
  private static final class Shared {
    static final SchemaRegistry REGISTRY = new SchemaRegistry();
  }

  /** The schema for {@code apiVersion}, compiled on first use; empty for an unknown version. */
  public Optional<BundledSchema> forVersion(String apiVersion) {
    if (!VERSIONS.contains(apiVersion)) {
      return Optional.empty();
    }
    return Optional.of(compiled.computeIfAbsent(apiVersion, this::compile));
  }

  /** A sub-schema by absolute location ({@code classpath:...json#/$defs/X/if}), compiled once. */
  JsonSchema fragment(String location) {
    return fragments.computeIfAbsent(
        location, l -> factory.getSchema(SchemaLocation.of(l), config));
  }

  private BundledSchema compile(String apiVersion) {
    String location = "classpath:" + FOLDER + "odcs-json-schema-" + apiVersion + ".json";
    JsonSchema schema = factory.getSchema(SchemaLocation.of(location), config);
    schema.initializeValidators(); // resolve every $ref now, once, not on the first lint
    // the tree networknt parsed the schema from: reading the resource again cost start-up
    return new BundledSchema(apiVersion, location, schema, schema.getSchemaNode(), this);
  }

  /** Lets classpath resources through to networknt's classpath loader; refuses all else. */
  private static @Nullable InputStreamSource refuseRemote(AbsoluteIri iri) {
    if (iri.toString().startsWith("classpath:")) {
      return null;
    }
    throw new IllegalStateException(
        "refusing to fetch " + iri + ": Sluice never loads schemas over the network");
  }
}
