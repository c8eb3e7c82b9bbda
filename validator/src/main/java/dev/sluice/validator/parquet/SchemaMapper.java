package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Maps a Parquet schema to logical column paths. Structs join with {@code .}; a LIST-annotated
 * group (standard 3-level or legacy 2-level) and an unannotated repeated field become {@code
 * []}; a MAP becomes {@code {}} with {@code .key} and {@code .value} leaves. Which node of a list
 * is its element follows the backward-compatibility rules of the Parquet spec (LogicalTypes.md).
 */
final class SchemaMapper {
  private final MessageType schema;
  private final Set<List<String>> unknownLogical;
  private final Map<String, ParquetLeaf> leaves = new LinkedHashMap<>();

  private SchemaMapper(MessageType schema, Set<List<String>> unknownLogical) {
    this.schema = schema;
    this.unknownLogical = unknownLogical;
  }

  /**
   * Leaf columns by logical path, in file order.
   *
   * @param unknownLogical physical paths of leaves whose logical type parquet-java did not know
   *     (and silently dropped): they are UNSUPPORTED
   */
  static Map<String, ParquetLeaf> leaves(MessageType schema, Set<List<String>> unknownLogical) {
    SchemaMapper mapper = new SchemaMapper(schema, unknownLogical);
    Walk root = new Walk("", List.of(), 0, false, false, List.of());
    for (Type field : schema.getFields()) {
      mapper.visit(field, root);
    }
    return mapper.leaves;
  }

  /**
   * Where the walk is: logical path so far, physical path, definition level reached, whether an
   * OPTIONAL node or a VARIANT group was passed, and the definition levels meaning "empty list".
   */
  private record Walk(
      String prefix,
      List<String> physical,
      int def,
      boolean optional,
      boolean unsupported,
      List<Integer> emptyLevels) {

    Walk step(Type type, String logicalSuffix) {
      List<String> phys = new ArrayList<>(physical);
      phys.add(type.getName());
      int d = def + (type.isRepetition(Type.Repetition.REQUIRED) ? 0 : 1);
      List<Integer> empty = emptyLevels;
      if (type.isRepetition(Type.Repetition.REPEATED)) {
        empty = new ArrayList<>(emptyLevels);
        empty.add(d - 1);
      }
      boolean variant = type.getLogicalTypeAnnotation()
          instanceof LogicalTypeAnnotation.VariantLogicalTypeAnnotation;
      return new Walk(prefix + logicalSuffix, List.copyOf(phys), d,
          optional || type.isRepetition(Type.Repetition.OPTIONAL),
          unsupported || variant, List.copyOf(empty));
    }
  }

  /** A field of a struct (or of the message). */
  private void visit(Type type, Walk at) {
    String name = (at.prefix().isEmpty() ? "" : ".") + type.getName();
    boolean repeated = type.isRepetition(Type.Repetition.REPEATED);
    // a repeated field without LIST/MAP annotation is a list of its own type
    Walk here = at.step(type, repeated ? name + "[]" : name);
    visitContent(type, here);
  }

  private void visitContent(Type type, Walk at) {
    if (type.isPrimitive()) {
      addLeaf(type.asPrimitiveType(), at);
      return;
    }
    GroupType group = type.asGroupType();
    LogicalTypeAnnotation logical = group.getLogicalTypeAnnotation();
    if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation && isWrapper(group)) {
      visitList(group, at);
    } else if (isMap(logical) && isWrapper(group) && !group.getType(0).isPrimitive()) {
      visitMap(group.getType(0).asGroupType(), at);
    } else {
      for (Type field : group.getFields()) {
        visit(field, at);
      }
    }
  }

  private static boolean isWrapper(GroupType group) {
    return group.getFieldCount() == 1 && group.getType(0).isRepetition(Type.Repetition.REPEATED);
  }

  private static boolean isMap(LogicalTypeAnnotation logical) {
    return logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
        || logical instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation;
  }

  private void visitList(GroupType list, Walk at) {
    Type repeated = list.getType(0);
    Walk inside = at.step(repeated, "[]");
    if (isElementItself(repeated, list.getName())) {
      visitContent(repeated, inside); // legacy 2-level list
    } else {
      Type element = repeated.asGroupType().getType(0);
      visitContent(element, inside.step(element, ""));
    }
  }

  /**
   * The repeated field is the element when it is primitive, a group of several fields, or named
   * {@code array} or {@code <list>_tuple}; otherwise its single field is (3-level list).
   */
  private static boolean isElementItself(Type repeated, String listName) {
    return repeated.isPrimitive()
        || repeated.asGroupType().getFieldCount() != 1
        || repeated.getName().equals("array")
        || repeated.getName().equals(listName + "_tuple");
  }

  private void visitMap(GroupType keyValue, Walk at) {
    Walk inside = at.step(keyValue, "{}");
    for (Type field : keyValue.getFields()) {
      visit(field, inside);
    }
  }

  private void addLeaf(PrimitiveType type, Walk at) {
    ColumnDescriptor descriptor = schema.getColumnDescription(at.physical().toArray(new String[0]));
    boolean[] empty = new boolean[descriptor.getMaxDefinitionLevel() + 1];
    for (int level : at.emptyLevels()) {
      empty[level] = true;
    }
    boolean unknown = at.unsupported() || unknownLogical.contains(at.physical());
    TypeMapping mapping = TypeMapping.of(type, unknown);
    String path = unique(at.prefix().isEmpty() ? type.getName() : at.prefix());
    ColumnInfo info = new ColumnInfo(path, mapping.valueType(), at.optional(),
        descriptor.getMaxRepetitionLevel() > 0, mapping.formatType());
    leaves.put(path, new ParquetLeaf(info, descriptor, empty, mapping.decoder()));
  }

  /** Paths are unique in sane files; a clash (e.g. an empty field name) gets a suffix. */
  private String unique(String path) {
    String p = path;
    for (int i = 2; leaves.containsKey(p); i++) {
      p = path + "#" + i;
    }
    return p;
  }
}
