package dev.sluice.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Test helper: the official OpenLineage JSON Schemas (test resources {@code openlineage/}, see
 * SOURCE.md there), their {@code $id}s mapped to the copies so nothing is fetched, with format
 * assertions on ({@code uri}, {@code date-time}, {@code uuid}).
 */
final class LineageSchemas {
  static final String RUN_EVENT = "https://openlineage.io/spec/2-0-2/OpenLineage.json";
  static final String ASSERTIONS =
      "https://openlineage.io/spec/facets/1-1-0/DataQualityAssertionsDatasetFacet.json";
  static final String METRICS =
      "https://openlineage.io/spec/facets/1-0-3/DataQualityMetricsInputDatasetFacet.json";

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012, builder -> builder
          .schemaMappers(m -> m.mapPrefix(RUN_EVENT, "classpath:openlineage/OpenLineage.json")
              .mapPrefix(ASSERTIONS, "classpath:openlineage/DataQualityAssertionsDatasetFacet.json")
              .mapPrefix(METRICS, "classpath:openlineage/DataQualityMetricsInputDatasetFacet.json"))
          .schemaLoaders(loaders -> loaders.add(LineageSchemas::refuseRemote)));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private LineageSchemas() {}

  /** Every schema violation of {@code node} against the schema at {@code location}. */
  static List<String> violations(String location, JsonNode node) {
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(location), CONFIG);
    List<String> messages = new ArrayList<>();
    for (ValidationMessage m : schema.validate(node)) {
      messages.add(m.getMessage());
    }
    return messages;
  }

  /**
   * Every violation of a run event: the whole document against the spec, the event against
   * {@code RunEvent}, each input's facets (a START's inputs have none) against the two
   * data-quality facet schemas.
   */
  static List<String> runEventViolations(JsonNode event) {
    List<String> all = new ArrayList<>(violations(RUN_EVENT, event));
    all.addAll(violations(RUN_EVENT + "#/$defs/RunEvent", event));
    for (JsonNode input : event.path("inputs")) {
      if (!input.hasNonNull("inputFacets")) {
        continue;
      }
      all.addAll(violations(ASSERTIONS, input.get("inputFacets")));
      all.addAll(violations(METRICS, input.get("inputFacets")));
    }
    return all;
  }

  private static @Nullable InputStreamSource refuseRemote(AbsoluteIri iri) {
    if (iri.toString().startsWith("classpath:")) {
      return null;
    }
    throw new IllegalStateException("test would fetch " + iri);
  }
}
