package dev.sluice.validator.arrow;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.data.ValueType.TimeUnit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.TimeSecVector;
import org.apache.arrow.vector.TimeStampSecTZVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Record batches in memory: the type mapping, every conversion, and problems as values. */
class ArrowColumnsTest {
  private final BufferAllocator allocator = new RootAllocator();
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void release() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    assertThat(allocator.getAllocatedMemory()).isZero();
    allocator.close();
  }

  @Test
  void scansARootInMemoryWithItsDictionaries() throws Exception {
    VarCharVector values = track(new VarCharVector("values", allocator));
    values.allocateNew();
    for (int i = 0; i < 3; i++) {
      values.setSafe(i, SampleArrow.STATUSES.get(i).getBytes(StandardCharsets.UTF_8));
    }
    values.setValueCount(3);
    DictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider(
        new Dictionary(values, SampleArrow.STATUS));
    VectorSchemaRoot root = track(VectorSchemaRoot.create(SampleArrow.schema(), allocator));
    SampleArrow.fill(root, 0, 20);
    ArrowColumns columns = ArrowColumns.of("mem", root.getSchema(), provider);
    Map<String, List<Cell>> cells = new LinkedHashMap<>();
    columns.columns().keySet().forEach(p -> cells.put(p, new ArrayList<>()));
    columns.scan(ArrowBatch.of(root, provider), columns.columns().keySet(), 500, 7, batch -> {
      ArrowScans.check(batch, batch.firstRow(), 7);
      for (ColumnVector v : batch.vectors().values()) {
        for (int i = 0; i < v.size; i++) {
          cells.get(v.column.path()).add(new Cell(v.rows[i], ArrowScans.boxed(v, i)));
        }
      }
    });
    Map<String, List<Cell>> expected = new LinkedHashMap<>();
    WrittenFileTest.expected(500).forEach((p, list) -> expected.put(p,
        list.stream().filter(c -> c.row() < 520).collect(Collectors.toList())));
    assertThat(cells).isEqualTo(expected);
    assertThatThrownBy(() -> columns.scan(ArrowBatch.of(root, provider), Set.of("nope"), 0, 7,
        b -> { })).isInstanceOf(DataProblem.class).hasMessage("mem: no column nope in the data");
  }

  @Test
  void convertsSecondsDate64HalfFloatsDecimalsAndUuids() throws Exception {
    TimeSecVector time = vector(new TimeSecVector("time", allocator), v -> v.setSafe(0, 3600));
    TimeStampSecTZVector ts = vector(new TimeStampSecTZVector("ts", allocator, "Europe/Paris"),
        v -> v.setSafe(0, 1_700_000_000L));
    DateMilliVector date = vector(new DateMilliVector("date", allocator), v -> v.setSafe(0, -1L));
    Float2Vector half = vector(new Float2Vector("half", allocator), v -> v.setSafeWithPossibleTruncate(0, 1.5f));
    DecimalVector dec = vector(new DecimalVector("dec", allocator, 10, 2),
        v -> v.setSafe(0, new BigDecimal("-12.34")));
    FixedSizeBinaryVector uuid = vector(new FixedSizeBinaryVector(new Field("id",
        new FieldType(true, new ArrowType.FixedSizeBinary(16), null,
            Map.of("ARROW:extension:name", "arrow.uuid")), null), allocator),
        v -> v.setSafe(0, new byte[] {0, 17, 34, 51, 68, 85, 102, 119, -120, -103, -86, -69, -52,
            -35, -18, -1}));
    Map<String, Object> row = scanOne(time, ts, date, half, dec, uuid);
    assertThat(row).containsEntry("time", 3_600_000L).containsEntry("ts", 1_700_000_000_000L)
        .containsEntry("date", -1L).containsEntry("half", 1.5)
        .containsEntry("dec", new BigDecimal("-12.34"))
        .containsEntry("id", "00112233-4455-6677-8899-aabbccddeeff");
    Map<String, ColumnInfo> columns = columnsOf(time, ts, date, half, dec, uuid);
    assertThat(columns.get("time").type()).isEqualTo(ValueType.time(TimeUnit.MILLIS));
    assertThat(columns.get("ts").type()).isEqualTo(ValueType.timestamp(TimeUnit.MILLIS, true));
    assertThat(columns.get("ts").formatType()).isEqualTo("Timestamp(SECOND, Europe/Paris)");
    assertThat(columns.get("date").type().kind()).isEqualTo(Kind.DATE);
    assertThat(columns.get("dec").type()).isEqualTo(ValueType.decimal(2));
    assertThat(columns.get("id").type().kind()).isEqualTo(Kind.STRING);
  }

  @Test
  void readsOnlyTheNullsOfUnsupportedTypes() throws Exception {
    DurationVector duration = vector(new DurationVector(new Field("d", FieldType.nullable(
        new ArrowType.Duration(org.apache.arrow.vector.types.TimeUnit.SECOND)), null), allocator),
        v -> v.setSafe(0, 5L));
    NullVector nothing = track(new NullVector("n", 1));
    Map<String, Object> row = scanOne(duration, nothing);
    assertThat(row).containsEntry("d", "<not decoded>").containsEntry("n", null);
    Map<String, ColumnInfo> columns = columnsOf(duration, nothing);
    assertThat(columns.get("d").type().kind()).isEqualTo(Kind.UNSUPPORTED);
    assertThat(columns.get("n").type().kind()).isEqualTo(Kind.UNSUPPORTED);
  }

  @Test
  void refusesValuesTheEngineCannotHold() {
    UInt8Vector big = vector(new UInt8Vector("big", allocator), v -> v.setSafe(0, -1L));
    assertThatThrownBy(() -> scanOne(big)).isInstanceOf(DataProblem.class)
        .hasMessage("mem: column big: unsigned 64-bit value 18446744073709551615 does not fit a"
            + " signed 64-bit integer");
    TimeStampSecTZVector far = vector(new TimeStampSecTZVector("far", allocator, "UTC"),
        v -> v.setSafe(0, Long.MAX_VALUE / 10));
    assertThatThrownBy(() -> scanOne(far)).isInstanceOf(DataProblem.class)
        .hasMessageContaining("beyond the range of 64-bit milliseconds");
  }

  private Map<String, ColumnInfo> columnsOf(FieldVector... vectors) throws DataProblem {
    VectorSchemaRoot root = new VectorSchemaRoot(List.of(vectors));
    return ArrowColumns.of("mem", root.getSchema(), new DictionaryProvider.MapDictionaryProvider())
        .columns();
  }

  /** The one row of a root made of these single-value vectors, by column. */
  private Map<String, Object> scanOne(FieldVector... vectors) throws DataProblem {
    VectorSchemaRoot root = new VectorSchemaRoot(List.of(vectors));
    root.setRowCount(1);
    ArrowColumns columns = ArrowColumns.of("mem", root.getSchema(),
        new DictionaryProvider.MapDictionaryProvider());
    Map<String, Object> row = new LinkedHashMap<>();
    columns.scan(ArrowBatch.of(root), columns.columns().keySet(), 0, 10, batch ->
        batch.vectors().forEach((path, v) -> row.put(path, ArrowScans.boxed(v, 0))));
    return row;
  }

  private <V extends FieldVector> V vector(V vector, java.util.function.Consumer<V> fill) {
    track(vector);
    vector.allocateNew();
    fill.accept(vector);
    vector.setValueCount(1);
    return vector;
  }

  private <T extends AutoCloseable> T track(T closeable) {
    open.add(closeable);
    return closeable;
  }
}
