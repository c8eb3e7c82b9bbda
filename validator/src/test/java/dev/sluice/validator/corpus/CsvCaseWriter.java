package dev.sluice.validator.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Writes a flat case file as CSV: a header of the schema's column names, then one record per row
 * ({@link LeafValues#text}); a null is an empty field, an empty string is {@code ""}, and a field
 * holding a comma, quote, CR or LF is quoted with its quotes doubled. Nested columns have no CSV
 * form (the corpus excludes those cases).
 */
final class CsvCaseWriter {
  private CsvCaseWriter() {}

  static Path write(CaseData data, Path file) throws IOException {
    List<PrimitiveType> columns = new ArrayList<>();
    for (Type field : data.schema().getFields()) {
      if (!field.isPrimitive()) {
        throw new IllegalArgumentException("CSV cannot hold the nested column " + field.getName());
      }
      columns.add(field.asPrimitiveType());
    }
    StringBuilder out = new StringBuilder();
    record(out, columns.stream().map(c -> quoted(c.getName())).toList());
    for (Map<String, Object> row : data.rows()) {
      record(out, columns.stream().map(c -> field(c, row.get(c.getName()))).toList());
    }
    return Files.writeString(file, out);
  }

  private static void record(StringBuilder out, List<String> fields) {
    out.append(String.join(",", fields)).append("\r\n");
  }

  private static String field(PrimitiveType type, Object value) {
    if (value == null) {
      return "";
    }
    String text = LeafValues.text(type, value);
    return text.isEmpty() && LeafValues.isText(type) ? "\"\"" : quoted(text);
  }

  private static String quoted(String text) {
    boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    return plain ? text : "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
