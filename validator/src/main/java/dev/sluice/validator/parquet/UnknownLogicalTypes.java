package dev.sluice.validator.parquet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.format.SchemaElement;

/**
 * Finds leaves annotated with a logical type this parquet-java does not know (a future type):
 * parquet-java drops such an annotation, which would make the column look like plain bytes.
 */
final class UnknownLogicalTypes {
  private UnknownLogicalTypes() {}

  /** Physical paths (without the root) of leaves whose logical type is unknown. */
  static Set<List<String>> paths(List<SchemaElement> schema) {
    Set<List<String>> unknown = new HashSet<>();
    if (!schema.isEmpty()) {
      walk(schema, 1, schema.get(0).getNum_children(), new ArrayList<>(), unknown);
    }
    return unknown;
  }

  /** Visits {@code children} elements from {@code index}; returns the index after them. */
  private static int walk(List<SchemaElement> schema, int index, int children,
      List<String> parent, Set<List<String>> unknown) {
    int i = index;
    for (int c = 0; c < children && i < schema.size(); c++) {
      SchemaElement element = schema.get(i++);
      List<String> path = new ArrayList<>(parent);
      path.add(element.getName());
      if (element.isSetNum_children() && element.getNum_children() > 0) {
        i = walk(schema, i, element.getNum_children(), path, unknown);
      } else if (element.isSetLogicalType() && element.getLogicalType().getSetField() == null) {
        unknown.add(List.copyOf(path));
      }
    }
    return i;
  }
}
