package dev.sluice.validator.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.RegularExpression;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JSON payloads: an {@code object} or {@code array} property whose column holds JSON text (a
 * string column, as JSON is often stored in Parquet, CSV or a JSON Lines string field) is parsed
 * row by row and validated against the JSON Schema derived from the contract's declaration of
 * that property (networknt, draft 2019-09). A row fails when its text is not JSON or breaks the
 * schema; its sample names the failing JSON pointer and what failed there. Patterns run on RE2J
 * (linear time), never on backtracking regexes; nothing is fetched. Nulls are never judged.
 * A column that is a real struct or list is judged by its leaf checks instead (skipped here).
 */
public final class JsonPayloadCheck extends ColumnCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V201909,
      builder -> builder.schemaLoaders(loaders -> loaders.add(iri -> {
        throw new IllegalArgumentException("payload schemas never load " + iri);
      })));

  private final String column;
  private final JsonSchema schema;
  private final int maxSamples;

  public JsonPayloadCheck(CheckSpec spec, String column, ObjectNode schema, int maxSamples) {
    super(spec, List.of(column));
    this.column = column;
    this.maxSamples = maxSamples;
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true)
        .regularExpressionFactory(JsonPayloadCheck::re2j).build();
    this.schema = FACTORY.getSchema(schema, config);
    this.schema.initializeValidators();
  }

  private static RegularExpression re2j(String regex) {
    Pattern pattern = Pattern.compile(regex);
    return value -> pattern.matcher(value).find();
  }

  /** The schema as JSON, for messages and tests. */
  public String schemaJson() {
    return schema.getSchemaNode().toString();
  }

  @Override
  public CheckState newState() {
    return new CountState(maxSamples);
  }

  @Override
  public Optional<CheckState> bind(FileFacts file, CheckState state) {
    ColumnInfo info = file.columns().get(column);
    if (info == null || info.repeated() || info.type().kind() != ValueType.Kind.STRING) {
      return Optional.empty();
    }
    CountState counts = (CountState) state;
    counts.boundFiles++;
    return Optional.of(new Bound(counts));
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    CountState counts = (CountState) state;
    if (counts.boundFiles == 0) {
      return Results.notEvaluated(spec, Status.SKIPPED, "column " + column
          + " holds no JSON text (absent, or a struct or list judged by its own fields)");
    }
    return Results.counted(spec, counts.failed, ctx, counts.samples.list(spec.sensitive()),
        Map.of());
  }

  /** Why a JSON text fails the schema, or null when it passes. */
  @Nullable String violation(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return "not JSON: " + e.getOriginalMessage();
    }
    if (node == null || node.isMissingNode()) {
      return "not JSON: empty text";
    }
    Set<ValidationMessage> errors = schema.validate(node);
    if (errors.isEmpty()) {
      return null;
    }
    ValidationMessage first = errors.iterator().next();
    String pointer = first.getInstanceLocation().toString();
    return (pointer.isEmpty() ? "/" : pointer) + ": " + first.getMessage()
        + (errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : "");
  }

  /** The state bound to one file. */
  private final class Bound extends CountingFork {
    Bound(CountState counts) {
      super(counts);
    }

    @Override
    public CheckState fork() {
      return new Bound(new CountState(maxSamples));
    }

    @Override
    public void update(ColumnBatch batch) {
      ColumnVector v = batch.vector(column);
      for (int i = 0; i < v.size; i++) {
        if (v.nulls[i] || (v.invalid != null && v.invalid[i])) {
          continue;
        }
        String why = violation(String.valueOf(v.objects[i]));
        if (why != null) {
          fail(v.rows[i], why);
        }
      }
    }
  }
}
