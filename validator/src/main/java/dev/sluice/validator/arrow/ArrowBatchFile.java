package dev.sluice.validator.arrow;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;

/**
 * One Arrow record batch held in memory by the caller, seen as a one-row-group {@link DataFile}.
 * Reads the caller's vectors in place (nothing is copied off-heap, nothing is released: the
 * caller keeps owning the root).
 */
public final class ArrowBatchFile implements DataFile {
  private final String name;
  private final ArrowColumns columns;
  private final ArrowBatch batch;
  private final Map<String, String> metadata;

  private ArrowBatchFile(String name, ArrowColumns columns, ArrowBatch batch,
      Map<String, String> metadata) {
    this.name = name;
    this.columns = columns;
    this.batch = batch;
    this.metadata = Map.copyOf(metadata);
  }

  /**
   * The batch {@code root} (with dictionaries from {@code provider}, which may be null) named
   * {@code name} in the report; {@code tags} are its lineage tags, added to the schema's custom
   * metadata (the tags win).
   */
  public static ArrowBatchFile of(String name, VectorSchemaRoot root,
      DictionaryProvider provider, Map<String, String> tags) throws DataProblem {
    DictionaryProvider dictionaries = provider == null ? new DictionaryProvider.MapDictionaryProvider() : provider;
    ArrowColumns columns = ArrowColumns.of(name, root.getSchema(), dictionaries);
    Map<String, String> metadata = new java.util.LinkedHashMap<>();
    if (root.getSchema().getCustomMetadata() != null) {
      metadata.putAll(root.getSchema().getCustomMetadata());
    }
    metadata.putAll(tags);
    return new ArrowBatchFile(name, columns, ArrowBatch.of(root, dictionaries), metadata);
  }

  @Override
  public String path() {
    return name;
  }

  @Override
  public String format() {
    return "arrow";
  }

  @Override
  public Optional<String> createdBy() {
    return Optional.empty();
  }

  @Override
  public Map<String, ColumnInfo> columns() {
    return columns.columns();
  }

  @Override
  public List<String> topLevelNames() {
    return columns.topLevelNames();
  }

  @Override
  public Map<String, String> keyValueMetadata() {
    return metadata;
  }

  @Override
  public long rowCount() {
    return batch.rowCount();
  }

  @Override
  public List<RowGroupInfo> rowGroups() {
    return List.of(new RowGroupInfo(0, 0, batch.rowCount(), Map.of()));
  }

  @Override
  public void scan(int rowGroup, Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    columns.scan(batch, columnPaths, firstRow, batchRows, sink);
  }

  @Override
  public void close() {
    // the caller owns the vectors
  }
}
