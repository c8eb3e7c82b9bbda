package dev.sluice.validator.arrow;

import dev.sluice.validator.arrow.ArrowLeaf.Step;
import dev.sluice.validator.arrow.ArrowLeaf.StepKind;
import dev.sluice.validator.data.ColumnInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Maps Arrow fields (in memory format: a dictionary-encoded field has its index type, its values
 * are in the dictionary's field) to leaf columns. Struct fields join with {@code .}; the elements
 * of any list add {@code []}; a map adds {@code {}} with leaves {@code .key} and {@code .value}
 * (whatever its entries are named); dictionaries, extension types and run-end encoding are
 * transparent.
 */
final class SchemaWalk {
  /** Deeper schemas are corrupt or hostile, not data. */
  static final int MAX_DEPTH = 100;

  private static final String EXTENSION_NAME = "ARROW:extension:name";

  private final Map<Long, Field> dictionaries;
  private final Map<String, ArrowLeaf> leaves = new LinkedHashMap<>();

  private SchemaWalk(Map<Long, Field> dictionaries) {
    this.dictionaries = dictionaries;
  }

  /** Where the walk is: path so far, steps from the top vector, nullable or repeated above. */
  private record At(String path, int top, List<Step> steps, boolean nullable, boolean repeated) {
    At then(String suffix, Step step, boolean nullableHere, boolean list) {
      List<Step> next = new ArrayList<>(steps);
      next.add(step);
      return new At(path + suffix, top, next, nullable || nullableHere, repeated || list);
    }
  }

  /**
   * Leaves by path, in schema order.
   *
   * @param dictionaries the value field of each dictionary id (memory format)
   */
  static Map<String, ArrowLeaf> leaves(List<Field> fields, Map<Long, Field> dictionaries)
      throws BadArrowException {
    SchemaWalk walk = new SchemaWalk(dictionaries);
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      walk.visit(field, new At(name(field), i, List.of(), false, false));
    }
    return walk.leaves;
  }

  private void visit(Field field, At at) throws BadArrowException {
    if (at.steps().size() > MAX_DEPTH) {
      throw new BadArrowException("schema nested deeper than " + MAX_DEPTH + " levels");
    }
    boolean nullable = at.nullable() || field.isNullable();
    DictionaryEncoding encoding = field.getDictionary();
    if (encoding == null) {
      visitType(field, new At(at.path(), at.top(), at.steps(), nullable, at.repeated()));
      return;
    }
    Field values = dictionaries.get(encoding.getId());
    if (values == null) {
      throw new BadArrowException("field " + at.path() + " uses dictionary " + encoding.getId()
          + ", which is not defined");
    }
    visitType(values, at.then("", Step.dictionary(encoding.getId()), field.isNullable(), false));
  }

  private void visitType(Field field, At at) throws BadArrowException {
    ArrowType type = field.getType();
    if (type instanceof ArrowType.ExtensionType) {
      ArrowType storage = ((ArrowType.ExtensionType) type).storageType();
      String name = ((ArrowType.ExtensionType) type).extensionName();
      Field inner = new Field(field.getName(), new FieldType(field.isNullable(), storage, null,
          Map.of(EXTENSION_NAME, name)), field.getChildren());
      visitType(inner, at.then("", Step.of(StepKind.UNWRAP), false, false));
      return;
    }
    List<Field> children = field.getChildren();
    switch (type.getTypeID()) {
      case Struct:
        for (int i = 0; i < children.size(); i++) {
          Field child = children.get(i);
          visit(child, at.then("." + name(child), Step.child(i), false, false));
        }
        return;
      case List:
      case LargeList:
      case FixedSizeList:
      case ListView:
      case LargeListView:
        visit(only(children, 1, at).get(0), at.then("[]", Step.of(StepKind.LIST), false, true));
        return;
      case Map:
        visitMap(only(children, 1, at).get(0), at.then("{}", Step.of(StepKind.LIST), false, true));
        return;
      case RunEndEncoded:
        visit(only(children, 2, at).get(1), at.then("", Step.of(StepKind.RUN_END), false, false));
        return;
      case Union:
        addLeaf(LeafTypes.unsupported(type.toString()), at);
        return;
      default:
        addLeaf(LeafTypes.of(type, isUuid(field)), at);
    }
  }

  private void visitMap(Field entries, At at) throws BadArrowException {
    List<Field> kv = only(entries.getChildren(), 2, at);
    boolean nullable = entries.isNullable();
    visit(kv.get(0), at.then(".key", Step.child(0), nullable, false));
    visit(kv.get(1), at.then(".value", Step.child(1), nullable, false));
  }

  private static List<Field> only(List<Field> children, int count, At at)
      throws BadArrowException {
    if (children.size() != count) {
      throw new BadArrowException("field " + at.path() + " has " + children.size()
          + " children where its type needs " + count);
    }
    return children;
  }

  /** A field's name; a corrupt schema may have none. */
  static String name(Field field) {
    return field.getName() == null ? "" : field.getName();
  }

  private static boolean isUuid(Field field) {
    Map<String, String> metadata = field.getMetadata();
    return metadata != null && "arrow.uuid".equals(metadata.get(EXTENSION_NAME));
  }

  private void addLeaf(LeafTypes type, At at) {
    String path = unique(at.path());
    boolean encoded = at.steps().stream().anyMatch(s -> s.kind() == StepKind.DICTIONARY);
    String format = encoded ? type.formatType() + " (dictionary-encoded)" : type.formatType();
    ColumnInfo info = new ColumnInfo(path, type.valueType(), at.nullable(), at.repeated(), format);
    leaves.put(path, new ArrowLeaf(info, at.top(), at.steps(), type.reader()));
  }

  /** Paths are unique in sane schemas; a clash (duplicate field names) gets a suffix. */
  private String unique(String path) {
    String p = path;
    for (int i = 2; leaves.containsKey(p); i++) {
      p = path + "#" + i;
    }
    return p;
  }
}
