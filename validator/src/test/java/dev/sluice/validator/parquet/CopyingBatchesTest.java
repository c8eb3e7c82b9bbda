package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batches read {@link ParquetDataFile#forCopying for copying}, as the quarantine split reads
 * them: a batch wholly from the dictionary carries ids only ({@link ColumnVector#idsOnly}), whose
 * entries are the row's values; any other batch has its values, the dictionary rows before a
 * PLAIN page in the same batch gathered too. Every row reads as the checks' scan reads it, for
 * batch sizes that do and do not divide the pages of 1,000 rows.
 */
class CopyingBatchesTest {
  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType(
      "message m { required int64 id; optional binary s (STRING); optional int64 n;"
      + " optional double d; }");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 1000, 8192})
  void everyRowReadsAsTheChecksReadIt(int batchRows) throws Exception {
    Path input = write();
    Set<String> paths = new LinkedHashSet<>(List.of("id", "s", "n", "d"));
    try (ParquetDataFile file = ParquetDataFile.open(input, input.toString())) {
      List<List<Object>> expected = rows(file, Set.of(), 8192);
      List<List<Object>> copied = new ArrayList<>();
      int[] idsOnly = new int[1];
      int[] gathered = new int[1];
      file.forCopying().scan(0, paths, paths, 0, batchRows, batch -> {
        for (int i = 0; i < batch.rowCount(); i++) {
          List<Object> row = new ArrayList<>();
          for (String path : paths) {
            row.add(value(batch.vector(path), i));
          }
          copied.add(row);
        }
        ColumnVector s = batch.vector("s");
        idsOnly[0] += s.idsOnly ? 1 : 0;
        gathered[0] += s.idsOnly ? 0 : 1;
      });
      assertThat(copied).hasSize(expected.size()).isEqualTo(expected);
      assertThat(idsOnly[0]).as("batches of ids only").isPositive();
      assertThat(gathered[0]).as("batches of values").isPositive();
    }
  }

  /** The checks' view: strings decoded, values gathered. */
  private static List<List<Object>> rows(ParquetDataFile file, Set<String> utf8, int batchRows)
      throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    Set<String> paths = new LinkedHashSet<>(List.of("id", "s", "n", "d"));
    file.scan(0, paths, utf8, 0, batchRows, batch -> {
      assertThat(batch.vector("s").idsOnly).isFalse();
      for (int i = 0; i < batch.rowCount(); i++) {
        List<Object> row = new ArrayList<>();
        for (String path : paths) {
          row.add(value(batch.vector(path), i));
        }
        rows.add(row);
      }
    });
    return rows;
  }

  /** Row {@code i}'s value: from its dictionary entry when ids only, strings as text. */
  private static Object value(ColumnVector v, int i) {
    if (v.nulls[i]) {
      return "null";
    }
    ValueType.Storage storage = v.column.type().kind().storage();
    Object value;
    if (v.idsOnly) {
      ColumnDictionary d = Objects.requireNonNull(v.dictionary);
      int id = v.ids[i];
      switch (storage) {
        case LONG: value = d.longAt(id); break;
        case DOUBLE: value = d.doubleAt(id); break;
        default: value = d.objectAt(id);
      }
    } else if (v.utf8 != null) {
      value = Arrays.copyOfRange(v.utf8, v.utf8Starts[i], v.utf8Starts[i] + v.utf8Lengths[i]);
    } else {
      switch (storage) {
        case LONG: value = v.longs[i]; break;
        case DOUBLE: value = v.doubles[i]; break;
        default: value = v.objects[i];
      }
    }
    return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8) : value;
  }

  /**
   * 30,000 rows in one row group, pages of 1,000 rows, every column dictionary-encoded until
   * its dictionary passes 4 KiB (the first 12,000 rows repeat ten values, more than a batch of 8,192), PLAIN after; every
   * 9th row null but for id.
   */
  private Path write() throws Exception {
    Path input = dir.resolve("in.parquet");
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(input))
        .withConf(new PlainParquetConfiguration()).withCodecFactory(new PlainCodecFactory())
        .withType(SCHEMA).withPageRowCountLimit(1000).withMinRowCountForPageSizeCheck(1)
        .withDictionaryPageSize(4096).withDictionaryEncoding(true).build()) {
      SimpleGroupFactory factory = new SimpleGroupFactory(SCHEMA);
      for (int i = 0; i < 30_000; i++) {
        Group g = factory.newGroup().append("id", (long) i);
        int e = i < 12_000 ? i % 10 : i;
        if (i % 9 != 0) {
          g.append("s", "v" + e).append("n", (long) e * 3).append("d", e / 4.0);
        }
        w.write(g);
      }
    }
    return input;
  }
}
