package dev.sluice.validator.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Writes a case file as JSON Lines, one object per row with every field of the schema (a null as
 * JSON null, so that each column is present as in the Parquet file): a struct as a nested object,
 * a list as an array, a leaf as {@link LeafValues#json}.
 */
final class JsonCaseWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private JsonCaseWriter() {}

  static Path write(CaseData data, Path file) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Map<String, Object> row : data.rows()) {
      out.append(JSON.writeValueAsString(object(data.schema(), row))).append('\n');
    }
    return Files.writeString(file, out);
  }

  private static Map<String, Object> object(GroupType type, Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    type.getFields().forEach(f -> out.put(f.getName(), value(f, values.get(f.getName()))));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object value(Type type, Object value) {
    if (value == null) {
      return null;
    }
    if (type.isPrimitive()) {
      return LeafValues.json(type.asPrimitiveType(), value);
    }
    GroupType group = type.asGroupType();
    if (!(group.getLogicalTypeAnnotation() instanceof ListLogicalTypeAnnotation)) {
      return object(group, (Map<String, Object>) value);
    }
    Type element = CaseData.listElement(group);
    List<Object> items = new ArrayList<>();
    ((List<Object>) value).forEach(v -> items.add(value(element, v)));
    return items;
  }
}
