package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.quarantine.SplitTarget;
import dev.sluice.validator.testing.InlineContract;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split of dictionary-encoded strings, which it reads as ids only: a dictionary carried to
 * a side large enough for it, gathered into PLAIN values for a side too small, and a chunk that
 * falls back to PLAIN inside a batch. Outputs are read back by parquet-java.
 */
class SplitStringDictionaryTest {
  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType(
      "message m { required int64 id; optional binary s (STRING); }");

  @TempDir Path dir;

  @Test
  void aLargeDictionaryIsCarriedToTheSideItFitsAndGatheredForTheOther() throws Exception {
    Path input = write("large.parquet", 300_000, 80_000, 8 << 20);
    assertThat(encodings(input)).contains(Encoding.PLAIN_DICTIONARY)
        .doesNotContain(Encoding.PLAIN);
    SplitTarget target = split(input, "large");
    // 80,000 entries: above the entries always carried, at most one per two accepted rows
    assertThat(DictionaryIds.MAX_ENTRIES).isLessThan(80_000);
    assertThat(encodings(target.accepted())).contains(Encoding.RLE_DICTIONARY);
    assertThat(encodings(target.rejected())).doesNotContain(Encoding.RLE_DICTIONARY);
  }

  @Test
  void aChunkFallingBackToPlainInsideABatchKeepsEveryValue() throws Exception {
    Path input = write("fallback.parquet", 40_000, 5_000, 2048);
    assertThat(encodings(input)).contains(Encoding.PLAIN_DICTIONARY, Encoding.PLAIN);
    split(input, "fallback");
  }

  /**
   * Rows {@code id = i}, {@code s = "v" + i % distinct} (every 13th null; the first 5,000 rows
   * repeat ten values, so that the writer keeps its dictionary), pages of 1,000 rows.
   */
  private Path write(String name, int rows, int distinct, int dictionaryBytes) throws Exception {
    Path input = dir.resolve(name);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(input))
        .withConf(new PlainParquetConfiguration()).withCodecFactory(new PlainCodecFactory())
        .withType(SCHEMA).withPageRowCountLimit(1000).withMinRowCountForPageSizeCheck(1)
        .withDictionaryPageSize(dictionaryBytes).withDictionaryEncoding(true).build()) {
      SimpleGroupFactory factory = new SimpleGroupFactory(SCHEMA);
      for (int i = 0; i < rows; i++) {
        Group g = factory.newGroup().append("id", (long) i);
        if (i % 13 != 0) {
          g.append("s", "v" + (i < 5000 ? i % 10 : i % distinct));
        }
        w.write(g);
      }
    }
    return input;
  }

  /**
   * Validates {@code input} against a pattern that rejects values ending in 9, splits it, and
   * checks that the two sides hold exactly the input's rows, each on the side its value says.
   */
  private SplitTarget split(Path input, String name) throws Exception {
    Contract contract = InlineContract.of(dir, "m",
        "      - name: id",
        "        logicalType: integer",
        "      - name: s",
        "        logicalType: string",
        "        logicalTypeOptions: {pattern: '^v[0-9]*[0-8]$'}");
    SplitTarget target = SplitRun.of(input, contract, dir.resolve(name)).target();
    Map<Long, String> accepted = read(target.accepted());
    Map<Long, String> rejected = read(target.rejected());
    assertThat(accepted.values()).allMatch(s -> s.isEmpty() || !s.endsWith("9"));
    assertThat(rejected.values()).allMatch(s -> s.endsWith("9"));
    Map<Long, String> both = new TreeMap<>(accepted);
    both.putAll(rejected);
    assertThat(both).isEqualTo(read(input));
    return target;
  }

  private static ParquetFileReader open(Path p) throws Exception {
    return RecordsById.open(p);
  }

  private static java.util.Set<Encoding> encodings(Path p) throws Exception {
    try (ParquetFileReader r = open(p)) {
      java.util.Set<Encoding> all = new java.util.HashSet<>();
      r.getFooter().getBlocks().forEach(b -> b.getColumns().stream()
          .filter(c -> c.getPath().toDotString().equals("s"))
          .map(ColumnChunkMetaData::getEncodings).forEach(all::addAll));
      return all;
    }
  }

  /** The value of {@code s} by {@code id} ("" for null), as parquet-java reads it. */
  private static Map<Long, String> read(Path p) throws Exception {
    return RecordsById.read(p, g -> g.getFieldRepetitionCount("s") > 0 ? g.getString("s", 0) : "");
  }
}
