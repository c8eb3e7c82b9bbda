package dev.sluice.validator.parquet;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.parquet.FooterReader.Footer;
import dev.sluice.validator.parquet.FooterReader.UnreadableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.SemanticVersion;
import org.apache.parquet.VersionParser;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.format.KeyValue;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.Type;
import org.jspecify.annotations.Nullable;

/**
 * A Parquet file as a {@link DataFile}, read with parquet-java's footer and column-level API
 * (never its record assembly), without Hadoop.
 *
 * <p><b>Paths.</b> Struct fields join with {@code .}; a list (standard 3-level, legacy 2-level or
 * an unannotated repeated field) adds {@code []}, a map {@code {}} with leaves {@code .key} and
 * {@code .value}: {@code tags.list.element} is {@code tags[]}, {@code lines.list.element.sku} is
 * {@code lines[].sku}, a map {@code m} gives {@code m{}.key} and {@code m{}.value}.
 *
 * <p><b>Nulls and lists.</b> A flat column below a null struct is null. In a column inside a
 * list, a row with a null list (or a null struct above it) contributes one null value, a row
 * with an empty list contributes nothing, and a null element is a null value.
 *
 * <p><b>Types.</b> See {@link TypeMapping}. Notable choices: INT96 is a TIMESTAMP in MICROS (as
 * Spark reads it; Spark files hold dates outside the int64-nanosecond range), not UTC-adjusted
 * (INT96 carries no such flag). UINT_64 is an INTEGER; a value above {@link Long#MAX_VALUE} fails
 * the scan with a DataProblem rather than wrapping. UUID is a STRING in canonical form. INTERVAL,
 * GEOMETRY, GEOGRAPHY, VARIANT and unknown logical types are UNSUPPORTED: scanning such a column
 * gives its nulls, never its values (objects stay null).
 *
 * <p><b>Decoding.</b> Flat columns of the common types are decoded in bulk, whole pages at a
 * time ({@link FlatColumnReader}); lists and the rarer types value by value through parquet-java
 * ({@link ColumnScanner}). Both give the same vectors. A batch whose values all came from the
 * chunk's dictionary carries it ({@link dev.sluice.validator.data.ColumnVector#dictionary}); in
 * the bulk path PLAIN strings and byte arrays join that dictionary, which then grows from batch
 * to batch ({@link JoinedDictionary}). {@link #dictionaryOnly} hands out the dictionary of a
 * chunk proven to be fully dictionary-encoded ({@link DictionaryReader}), never a growing one.
 *
 * <p><b>Memory.</b> A scan holds one row group's compressed chunks of the requested columns, one
 * decompressed page per column and one batch, and per string or byte-array column the chunk's
 * joined dictionary (bounded: {@link JoinedDictionary}).
 *
 * <p><b>Threads.</b> The object is immutable once opened; every scan and every {@link
 * #dictionaryOnly} call reads through its own channel with positional reads and its own buffers,
 * so several threads may scan different row groups of one file at once.
 *
 * <p><b>Errors.</b> Every failure to read is a {@link DataProblem} with a one-line message naming
 * the row group and column where known. Page checksums are verified.
 */
public final class ParquetDataFile implements DataFile {
  private final String displayPath;
  private final ChannelInputFile input;
  private final Footer footer;
  private final Map<String, ParquetLeaf> leaves;
  private final Map<String, ColumnInfo> columns;
  private final List<RowGroupInfo> rowGroups;
  private final VersionParser.@Nullable ParsedVersion writerVersion;
  private final boolean bulk;
  /** Read for a copy ({@link #forCopying}) rather than for checks. */
  private final boolean copying;

  private ParquetDataFile(String displayPath, ChannelInputFile input, Footer footer) {
    this.displayPath = displayPath;
    this.input = input;
    this.footer = footer;
    this.leaves = Collections.unmodifiableMap(SchemaMapper.leaves(
        footer.metadata().getFileMetaData().getSchema(),
        UnknownLogicalTypes.paths(footer.thrift().getSchema())));
    Map<String, ColumnInfo> infos = new LinkedHashMap<>();
    leaves.forEach((path, leaf) -> infos.put(path, leaf.info()));
    this.columns = Collections.unmodifiableMap(infos);
    this.rowGroups = List.copyOf(rowGroupInfos(footer, leaves));
    this.writerVersion = parseVersion(footer.thrift().getCreated_by());
    this.bulk = true;
    this.copying = false;
  }

  private ParquetDataFile(ParquetDataFile other, boolean bulk, boolean copying) {
    this.displayPath = other.displayPath;
    this.input = other.input;
    this.footer = other.footer;
    this.leaves = other.leaves;
    this.columns = other.columns;
    this.rowGroups = other.rowGroups;
    this.writerVersion = other.writerVersion;
    this.bulk = bulk;
    this.copying = copying;
  }

  /** Opens a Parquet file and reads its footer; {@code displayPath} names it in problems. */
  public static ParquetDataFile open(Path file, String displayPath) throws DataProblem {
    if (!Files.exists(file)) {
      throw new DataProblem(displayPath, "file not found");
    }
    if (Files.isDirectory(file)) {
      throw new DataProblem(displayPath, "is a directory, not a Parquet file");
    }
    try {
      ChannelInputFile input = ChannelInputFile.of(file);
      try (SeekableInputStream in = input.newStream()) {
        Footer footer = FooterReader.read(in, input.getLength(), readOptions());
        return new ParquetDataFile(displayPath, input, footer);
      }
    } catch (UnreadableException e) {
      throw new DataProblem(displayPath, e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new DataProblem(displayPath, "cannot read Parquet footer: " + Problems.describe(e), e);
    }
  }

  static ParquetReadOptions readOptions() {
    return ParquetReadOptions.builder(new PlainParquetConfiguration())
        .withCodecFactory(new PlainCodecFactory())
        .usePageChecksumVerification(true)
        .useStatsFilter(false)
        .useDictionaryFilter(false)
        .useRecordFilter(false)
        .useColumnIndexFilter(false)
        .useBloomFilter(false)
        .build();
  }

  private static List<RowGroupInfo> rowGroupInfos(Footer footer, Map<String, ParquetLeaf> leaves) {
    List<RowGroupInfo> infos = new ArrayList<>();
    long first = 0;
    List<RowGroup> groups = footer.thrift().getRow_groups();
    for (int i = 0; i < footer.metadata().getBlocks().size(); i++) {
      long rows = footer.metadata().getBlocks().get(i).getRowCount();
      infos.add(new RowGroupInfo(i, first, rows, StatsReader.read(groups.get(i), leaves)));
      first += rows;
    }
    return infos;
  }

  private static VersionParser.@Nullable ParsedVersion parseVersion(@Nullable String createdBy) {
    try {
      return createdBy == null ? null : VersionParser.parse(createdBy);
    } catch (VersionParser.VersionParseException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public String path() {
    return displayPath;
  }

  @Override
  public String format() {
    return "parquet";
  }

  @Override
  public Optional<String> createdBy() {
    return Optional.ofNullable(footer.thrift().getCreated_by());
  }

  @Override
  public Map<String, ColumnInfo> columns() {
    return columns;
  }

  @Override
  public List<String> topLevelNames() {
    List<String> names = new ArrayList<>();
    for (Type field : footer.metadata().getFileMetaData().getSchema().getFields()) {
      names.add(field.getName());
    }
    return names;
  }

  @Override
  public Map<String, String> keyValueMetadata() {
    Map<String, String> kv = new LinkedHashMap<>();
    List<KeyValue> pairs = footer.thrift().getKey_value_metadata();
    if (pairs != null) {
      for (KeyValue pair : pairs) {
        kv.put(pair.getKey(), pair.getValue() == null ? "" : pair.getValue());
      }
    }
    return kv;
  }

  @Override
  public long rowCount() {
    long rows = 0;
    for (RowGroupInfo group : rowGroups) {
      rows += group.rowCount();
    }
    return rows;
  }

  @Override
  public List<RowGroupInfo> rowGroups() {
    return rowGroups;
  }

  @Override
  public void scan(int rowGroup, Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    scan(rowGroup, columnPaths, Set.of(), firstRow, batchRows, sink);
  }

  /**
   * Flat STRING columns of {@code utf8Columns} read in PLAIN pages (all of them, or those after a
   * writer's fallback from its dictionary) come as {@link ColumnVector#utf8 UTF-8 bytes}: copied
   * out of the page, neither decoded nor joined to the dictionary ({@link JoinedDictionary}).
   */
  @Override
  public void scan(int rowGroup, Set<String> columnPaths, Set<String> utf8Columns,
      long firstRow, int batchRows, BatchSink sink) throws DataProblem {
    RowGroupInfo group = group(rowGroup);
    requirePositive(batchRows);
    List<ParquetLeaf> wanted = new ArrayList<>();
    for (String path : columnPaths) {
      wanted.add(leaf(path));
    }
    new RowGroupScan(this, group, wanted, utf8Columns).run(firstRow, batchRows, sink);
  }

  @Override
  public Optional<ColumnDictionary> dictionaryOnly(int rowGroup, String columnPath)
      throws DataProblem {
    RowGroupInfo group = group(rowGroup);
    ParquetLeaf leaf = leaf(columnPath);
    try {
      return DictionaryReader.read(this, group, leaf);
    } catch (IOException | RuntimeException e) {
      throw new DataProblem(displayPath, "row group " + rowGroup + ", column " + columnPath + ": "
          + Problems.describe(e), e);
    }
  }

  /** The chunk of a leaf in one row group, or null when the row group has none. */
  @Nullable ColumnChunkMetaData chunk(int rowGroup, ParquetLeaf leaf) {
    String[] path = leaf.descriptor().getPath();
    for (ColumnChunkMetaData chunk : footer.metadata().getBlocks().get(rowGroup).getColumns()) {
      if (Arrays.equals(chunk.getPath().toArray(), path)) {
        return chunk;
      }
    }
    return null;
  }

  /**
   * The page index of a flat column the bulk path reads ({@link PageIndexReader}); empty for
   * other columns, chunks without an index and files the bulk path does not read.
   */
  @Override
  public Optional<List<PageFacts>> pageIndex(int rowGroup, String columnPath)
      throws DataProblem {
    RowGroupInfo group = group(rowGroup);
    ParquetLeaf leaf = leaf(columnPath);
    ColumnChunkMetaData chunk = chunk(rowGroup, leaf);
    if (chunk == null || !RowGroupScan.coveredInBulk(this, leaf, chunk)) {
      return Optional.empty();
    }
    try (java.nio.channels.FileChannel channel = input.channel()) {
      return PageIndexReader.read(channel, chunk, leaf, group.rowCount());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable index is not used: the chunk is read whole
    }
  }

  @Override
  public void scanPages(int rowGroup, String columnPath, boolean utf8, long firstRow,
      int batchRows, List<PageFacts> pages, BatchSink sink) throws DataProblem {
    RowGroupInfo group = group(rowGroup);
    requirePositive(batchRows);
    new RowGroupScan(this, group, List.of(leaf(columnPath)),
        utf8 ? Set.of(columnPath) : Set.of()).runPages(firstRow, batchRows, pages, sink);
  }

  private RowGroupInfo group(int rowGroup) {
    if (rowGroup < 0 || rowGroup >= rowGroups.size()) {
      throw new IllegalArgumentException("no row group " + rowGroup + " in " + displayPath);
    }
    return rowGroups.get(rowGroup);
  }

  private static void requirePositive(int batchRows) {
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be positive: " + batchRows);
    }
  }

  private ParquetLeaf leaf(String columnPath) throws DataProblem {
    ParquetLeaf leaf = leaves.get(columnPath);
    if (leaf == null) {
      throw new DataProblem(displayPath, "no column " + columnPath + " in the file");
    }
    return leaf;
  }

  /**
   * The same file read only through parquet-java's value-by-value reader ({@link ColumnScanner}),
   * never the bulk path: the reference the bulk path is tested against.
   */
  ParquetDataFile withoutBulkDecoding() {
    return new ParquetDataFile(this, false, copying);
  }

  /**
   * This file read for copying values rather than judging them: PLAIN strings do not join their
   * chunk's dictionary, and strings come as their UTF-8 bytes ({@code byte[]}, as BYTES
   * columns do), never decoded to {@code String} (a quarantine split writes them back as read),
   * and batches wholly from a dictionary carry its ids only ({@link ColumnVector#idsOnly}).
   */
  ParquetDataFile forCopying() {
    return new ParquetDataFile(this, bulk, true);
  }

  /** Whether this file is read {@link #forCopying for copying}. */
  boolean copying() {
    return copying;
  }

  /** The kind a leaf is decoded as: {@link FlatKind#of}, strings as BYTES {@link #forCopying}. */
  @Nullable FlatKind kindOf(ParquetLeaf leaf) {
    FlatKind kind = FlatKind.of(leaf);
    return kind == FlatKind.STRING && copying ? FlatKind.BYTES : kind;
  }

  /** The leaves by logical path, with their Parquet descriptors (for tests and tools). */
  Map<String, ParquetLeaf> leaves() {
    return leaves;
  }

  String displayPath() {
    return displayPath;
  }

  ChannelInputFile input() {
    return input;
  }

  Footer footer() {
    return footer;
  }

  VersionParser.@Nullable ParsedVersion writerVersion() {
    return writerVersion;
  }

  /**
   * Whether flat columns may be decoded in bulk: not for files of parquet-mr before 1.8.0, whose
   * known writer bugs parquet-java's reader works around (chunk sizes missing the bytes of a
   * dictionary page header, PARQUET-246 delta byte arrays), nor in {@link #withoutBulkDecoding}.
   */
  boolean bulkDecodable() {
    return bulk && !oldParquetMr(writerVersion);
  }

  private static boolean oldParquetMr(VersionParser.@Nullable ParsedVersion version) {
    return version != null && "parquet-mr".equals(version.application)
        && (!version.hasSemanticVersion()
            || version.getSemanticVersion().compareTo(new SemanticVersion(1, 8, 0)) < 0);
  }

  @Override
  public void close() {
    // each scan closes its own stream; nothing stays open between calls
  }
}
