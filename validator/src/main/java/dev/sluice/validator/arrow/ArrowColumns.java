package dev.sluice.validator.arrow;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile.BatchSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The engine's view of an Arrow schema: its leaf columns ({@link #columns()}, paths and types as
 * the package documentation describes) and the reading of record batches in memory into {@link
 * ColumnBatch}es ({@link #scan}). Immutable and safe to share between threads; each scan keeps
 * its own state.
 */
public final class ArrowColumns {
  private final String source;
  private final List<Field> memoryFields;
  private final Map<Long, Field> dictionaryFields;
  private final Map<String, ArrowLeaf> leaves;
  private final Map<String, ColumnInfo> columns;

  private ArrowColumns(String source, List<Field> memoryFields, Map<Long, Field> dictionaryFields)
      throws DataProblem {
    this.source = source;
    this.memoryFields = List.copyOf(memoryFields);
    this.dictionaryFields = Map.copyOf(dictionaryFields);
    try {
      this.leaves = Collections.unmodifiableMap(SchemaWalk.leaves(memoryFields, dictionaryFields));
    } catch (BadArrowException | RuntimeException | StackOverflowError e) {
      throw new DataProblem(source, "unreadable Arrow schema: " + ArrowProblems.describe(e), e);
    }
    Map<String, ColumnInfo> infos = new LinkedHashMap<>();
    leaves.forEach((path, leaf) -> infos.put(path, leaf.info()));
    this.columns = Collections.unmodifiableMap(infos);
  }

  /**
   * The columns of a schema as a {@code VectorSchemaRoot} holds it (dictionary-encoded fields
   * typed by their indices), whose dictionaries {@code dictionaries} holds.
   *
   * @param source names the data in problems
   */
  public static ArrowColumns of(String source, Schema schema, DictionaryProvider dictionaries)
      throws DataProblem {
    Map<Long, Field> fields = new HashMap<>();
    for (long id : dictionaries.getDictionaryIds()) {
      Dictionary dictionary = dictionaries.lookup(id);
      if (dictionary != null) {
        fields.put(id, dictionary.getVector().getField());
      }
    }
    return new ArrowColumns(source, schema.getFields(), fields);
  }

  /**
   * The columns of a schema as IPC messages carry it (dictionary-encoded fields typed by their
   * values).
   */
  public static ArrowColumns ofIpc(String source, Schema schema) throws DataProblem {
    Map<Long, Field> dictionaries = new HashMap<>();
    List<Field> fields = new ArrayList<>();
    try {
      for (Field field : schema.getFields()) {
        fields.add(toMemoryFormat(field, dictionaries, 0));
      }
    } catch (BadArrowException | RuntimeException e) {
      throw new DataProblem(source, "unreadable Arrow schema: " + ArrowProblems.describe(e), e);
    }
    return new ArrowColumns(source, fields, dictionaries);
  }

  /** Leaf columns by path, in schema order. */
  public Map<String, ColumnInfo> columns() {
    return columns;
  }

  /** Top-level field names, in schema order. */
  public List<String> topLevelNames() {
    List<String> names = new ArrayList<>();
    memoryFields.forEach(f -> names.add(SchemaWalk.name(f)));
    return names;
  }

  /**
   * Reads the given columns of one record batch, handing aligned batches of at most {@code
   * batchRows} rows to {@code sink}; row {@code i} of the record batch is row {@code firstRow + i}
   * of the dataset. Every position is checked against the vector it reads (offsets, dictionary
   * indices, run ends) and every buffer read is bounds-checked: a malformed vector is a {@link
   * DataProblem}, never a wrong value.
   */
  public void scan(ArrowBatch batch, Set<String> paths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    scan(batch, new ScanRequest(paths, firstRow, batchRows, ""), sink);
  }

  /**
   * What to read of one record batch.
   *
   * @param where prefix of problem messages (e.g. {@code "batch 3, "})
   */
  record ScanRequest(Set<String> paths, long firstRow, int batchRows, String where) {}

  void scan(ArrowBatch batch, ScanRequest request, BatchSink sink) throws DataProblem {
    if (request.batchRows() < 1) {
      throw new IllegalArgumentException("batchRows must be positive: " + request.batchRows());
    }
    List<ArrowLeaf> wanted = leaves(request.paths());
    int rows = batch.rowCount();
    List<LeafFiller> fillers = fillers(batch, wanted, request);
    Map<String, ColumnVector> vectors = new LinkedHashMap<>();
    fillers.forEach(f -> vectors.put(f.column().path(), f.out));
    Map<String, ColumnVector> view = Collections.unmodifiableMap(vectors);
    for (int done = 0; done < rows; done += request.batchRows()) {
      int n = Math.min(request.batchRows(), rows - done);
      long first = request.firstRow() + done;
      for (LeafFiller filler : fillers) {
        try {
          filler.fill(done, n, first);
        } catch (RuntimeException e) {
          throw problem(request.where() + "column " + filler.column().path(), e);
        }
      }
      sink.accept(new ColumnBatch(first, n, view));
    }
  }

  private List<LeafFiller> fillers(ArrowBatch batch, List<ArrowLeaf> wanted, ScanRequest request)
      throws DataProblem {
    Set<Integer> checked = new LinkedHashSet<>();
    List<LeafFiller> fillers = new ArrayList<>();
    for (ArrowLeaf leaf : wanted) {
      try {
        FieldVector top = batch.vectors().get(leaf.top());
        if (checked.add(leaf.top())) {
          check(top, batch.rowCount());
        }
        fillers.add(new LeafFiller(leaf, top, batch.dictionaries(), batch.rowCount()));
      } catch (BadArrowException | RuntimeException | StackOverflowError e) {
        throw problem(request.where() + "column " + leaf.path(), e);
      }
    }
    return fillers;
  }

  private static void check(FieldVector top, int rows) throws BadArrowException {
    if (top.getValueCount() != rows) {
      throw new BadArrowException("the vector holds " + top.getValueCount()
          + " values in a batch of " + rows + " rows");
    }
  }

  private List<ArrowLeaf> leaves(Collection<String> paths) throws DataProblem {
    List<ArrowLeaf> wanted = new ArrayList<>();
    for (String path : paths) {
      ArrowLeaf leaf = leaves.get(path);
      if (leaf == null) {
        throw new DataProblem(source, "no column " + path + " in the data");
      }
      wanted.add(leaf);
    }
    return wanted;
  }

  private DataProblem problem(String where, Throwable e) {
    return new DataProblem(source, where + ": " + ArrowProblems.describe(e), e);
  }

  /** The leaf at {@code path}, if any. */
  Optional<ArrowLeaf> leaf(String path) {
    return Optional.ofNullable(leaves.get(path));
  }

  /** The top-level fields in memory format (dictionary-encoded fields typed by their indices). */
  List<Field> memoryFields() {
    return memoryFields;
  }

  /** The value field of each dictionary, in memory format. */
  Map<Long, Field> dictionaryFields() {
    return dictionaryFields;
  }

  /** The dictionaries the given columns read. */
  Set<Long> dictionaryIds(Collection<String> paths) throws DataProblem {
    Set<Long> ids = new LinkedHashSet<>();
    for (ArrowLeaf leaf : leaves(paths)) {
      for (ArrowLeaf.Step step : leaf.steps()) {
        if (step.kind() == ArrowLeaf.StepKind.DICTIONARY) {
          ids.add(step.dictionaryId());
        }
      }
    }
    return ids;
  }

  /**
   * A field in memory format: a dictionary-encoded field takes its index type and loses its
   * children, which move to the dictionary's value field (as Arrow's {@code DictionaryUtility}
   * does, without creating vectors).
   */
  private static Field toMemoryFormat(Field field, Map<Long, Field> dictionaries, int depth)
      throws BadArrowException {
    if (depth > SchemaWalk.MAX_DEPTH) {
      throw new BadArrowException("schema nested deeper than " + SchemaWalk.MAX_DEPTH + " levels");
    }
    List<Field> children = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (Field child : field.getChildren()) {
      Field converted = toMemoryFormat(child, dictionaries, depth + 1);
      String name = converted.getName();
      for (int i = 2; !names.add(name); i++) {
        name = converted.getName() + "#" + i; // Arrow Java's structs drop duplicate names
      }
      children.add(name.equals(converted.getName()) ? converted
          : new Field(name, converted.getFieldType(), converted.getChildren()));
    }
    DictionaryEncoding encoding = field.getDictionary();
    if (encoding == null) {
      return new Field(field.getName(), field.getFieldType(), children);
    }
    ArrowType index = encoding.getIndexType() == null
        ? new ArrowType.Int(32, true) : encoding.getIndexType();
    dictionaries.putIfAbsent(encoding.getId(), new Field("DICT" + encoding.getId(),
        new FieldType(field.isNullable(), field.getType(), null, field.getMetadata()), children));
    return new Field(field.getName(),
        new FieldType(field.isNullable(), index, encoding, field.getMetadata()), null);
  }
}
