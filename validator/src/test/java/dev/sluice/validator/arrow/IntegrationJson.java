package dev.sluice.validator.arrow;

import dev.sluice.validator.testing.DataFileScans;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An independent oracle: the cells every column should give, computed from the Arrow integration
 * JSON ({@code .json.gz}) that comes with each gold file, with the paths and null rules of the
 * package documentation. Covers primitives, structs, lists, maps and dictionaries.
 */
final class IntegrationJson {
  private final Map<Long, JsonNode> dictionaries = new HashMap<>();
  private final Map<String, List<Cell>> out = new LinkedHashMap<>();

  /** One value on its way down: its row, its position in the current column, null so far. */
  private record Entry(long row, int pos, boolean isNull) {}

  private IntegrationJson() {}

  static Map<String, List<Cell>> expected(Path jsonGz) throws IOException {
    JsonNode root;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(jsonGz))) {
      root = new ObjectMapper().readTree(in);
    }
    IntegrationJson json = new IntegrationJson();
    for (JsonNode d : root.path("dictionaries")) {
      json.dictionaries.put(d.get("id").asLong(), d.get("data").get("columns").get(0));
    }
    JsonNode fields = root.get("schema").get("fields");
    List<String> names = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode field : fields) {
      String name = field.get("name").asText();
      int n = seen.merge(name, 1, Integer::sum);
      names.add(name + (n > 1 ? "#" + n : ""));
    }
    long first = 0;
    for (JsonNode batch : root.path("batches")) {
      int count = batch.get("count").asInt();
      for (int f = 0; f < fields.size(); f++) {
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < count; k++) {
          entries.add(new Entry(first + k, k, false));
        }
        json.visit(fields.get(f), batch.get("columns").get(f), entries, names.get(f));
      }
      first += count;
    }
    return json.out;
  }

  private void visit(JsonNode field, JsonNode column, List<Entry> entries, String path) {
    List<Entry> here = nulls(column, entries);
    JsonNode dictionary = field.get("dictionary");
    if (dictionary != null) {
      JsonNode values = dictionaries.get(dictionary.get("id").asLong());
      List<Entry> mapped = new ArrayList<>();
      for (Entry e : here) {
        mapped.add(e.isNull() ? e : new Entry(e.row(), column.get("DATA").get(e.pos()).asInt(), false));
      }
      visitType(field, values, nulls(values, mapped), path);
      return;
    }
    visitType(field, column, here, path);
  }

  private static List<Entry> nulls(JsonNode column, List<Entry> entries) {
    JsonNode validity = column.get("VALIDITY");
    List<Entry> result = new ArrayList<>();
    for (Entry e : entries) {
      boolean isNull = e.isNull() || (validity != null && validity.get(e.pos()).asInt() == 0);
      result.add(new Entry(e.row(), e.pos(), isNull));
    }
    return result;
  }

  private void visitType(JsonNode field, JsonNode column, List<Entry> entries, String path) {
    JsonNode type = field.get("type");
    JsonNode children = field.get("children");
    switch (type.get("name").asText()) {
      case "struct":
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < children.size(); j++) {
          String name = children.get(j).get("name").asText();
          int n = seen.merge(name, 1, Integer::sum);
          String child = path + "." + name + (n > 1 ? "#" + n : "");
          visit(children.get(j), column.get("children").get(j), entries, child);
        }
        return;
      case "list":
      case "largelist":
      case "fixedsizelist":
        visit(children.get(0), column.get("children").get(0), expand(type, column, entries),
            path + "[]");
        return;
      case "map":
        List<Entry> kv = expand(type, column, entries);
        JsonNode entriesColumn = column.get("children").get(0);
        JsonNode entriesField = children.get(0);
        List<Entry> inner = nulls(entriesColumn, kv);
        visit(entriesField.get("children").get(0), entriesColumn.get("children").get(0), inner,
            path + "{}.key");
        visit(entriesField.get("children").get(1), entriesColumn.get("children").get(1), inner,
            path + "{}.value");
        return;
      default:
        leaf(type, column, entries, path);
    }
  }

  private static List<Entry> expand(JsonNode type, JsonNode column, List<Entry> entries) {
    List<Entry> result = new ArrayList<>();
    for (Entry e : entries) {
      if (e.isNull()) {
        result.add(e);
        continue;
      }
      long start;
      long end;
      if (type.has("listSize")) {
        start = (long) e.pos() * type.get("listSize").asInt();
        end = start + type.get("listSize").asInt();
      } else {
        start = Long.parseLong(column.get("OFFSET").get(e.pos()).asText());
        end = Long.parseLong(column.get("OFFSET").get(e.pos() + 1).asText());
      }
      for (long j = start; j < end; j++) {
        result.add(new Entry(e.row(), (int) j, false));
      }
    }
    return result;
  }

  private void leaf(JsonNode type, JsonNode column, List<Entry> entries, String path) {
    List<Cell> cells = out.computeIfAbsent(path, p -> new ArrayList<>());
    for (Entry e : entries) {
      boolean isNull = e.isNull() || type.get("name").asText().equals("null");
      cells.add(new Cell(e.row(), isNull ? null : value(type, column.get("DATA"), e.pos())));
    }
  }

  private static Object value(JsonNode type, JsonNode data, int pos) {
    String name = type.get("name").asText();
    JsonNode v = data == null ? null : data.get(pos);
    switch (name) {
      case "int":
        return type.get("isSigned").asBoolean() ? Long.parseLong(v.asText())
            : Long.parseUnsignedLong(v.asText());
      case "floatingpoint":
        double d = Double.parseDouble(v.asText());
        return type.get("precision").asText().equals("DOUBLE") ? d : (double) (float) d;
      case "bool":
        return v.asBoolean() ? 1L : 0L;
      case "utf8":
      case "largeutf8":
        return v.asText();
      case "binary":
      case "largebinary":
      case "fixedsizebinary":
        return v.asText().toLowerCase(Locale.ROOT);
      case "decimal":
        return new BigDecimal(new BigInteger(v.asText()), type.get("scale").asInt());
      case "date":
        long date = Long.parseLong(v.asText());
        return type.get("unit").asText().equals("DAY") ? date : Math.floorDiv(date, 86_400_000L);
      case "time":
      case "timestamp":
        long t = Long.parseLong(v.asText());
        return type.get("unit").asText().equals("SECOND") ? t * 1000 : t;
      default:
        return "<not decoded>";
    }
  }
}
