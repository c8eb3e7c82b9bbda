package dev.sluice.validator.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CSV scan, which splits plain records itself and gives others to FastCSV one by one,
 * fills the vectors FastCSV fills reading the whole text: on random files in five dialects
 * (fields plain, quoted, with doubled quotes, delimiters, line breaks or a quote inside, not
 * ASCII, empty; LF, CRLF and CR line ends; blank lines; a header or not), cell by cell.
 */
class CsvRecordScanTest {
  private static final ValueType[] TYPES = {ValueType.of(Kind.INTEGER), ValueType.of(Kind.FLOAT),
      ValueType.of(Kind.STRING), ValueType.of(Kind.BOOLEAN), ValueType.of(Kind.DATE),
      ValueType.decimal(2), ValueType.of(Kind.TIMESTAMP), ValueType.of(Kind.BINARY)};
  private static final String[] VALUES = {"1", "-42", "0.5", "1e3", "x", "true", "FALSE", "0",
      "2026-01-02", "2026-01-02T03:04:05Z", "12.50", "aGk=", "", " ", "é", "a b", "NaN"};
  private static final CsvDialect[] DIALECTS = {new CsvDialect(',', '"', true),
      new CsvDialect(',', '"', false), new CsvDialect(';', '"', true),
      new CsvDialect('\t', '\'', true), new CsvDialect('|', '"', false)};

  @Test
  void fillsTheVectorsFastCsvFills() throws Exception {
    Random random = new Random(51);
    int compared = 0;
    for (int file = 0; file < 1500; file++) {
      CsvDialect dialect = DIALECTS[random.nextInt(DIALECTS.length)];
      int fields = 1 + random.nextInt(5);
      String text = file(random, dialect, fields);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      List<String> fast;
      try {
        fast = scan(bytes, dialect, fields, true);
      } catch (DataProblem e) {
        continue; // the prescan refuses the file: so does the validation, before any scan
      }
      List<String> whole = scan(bytes, dialect, fields, false);
      assertThat(fast).as("file %d (%s):%n%s", file, dialect, text).isEqualTo(whole);
      compared++;
    }
    assertThat(compared).isGreaterThan(1000);
  }

  /** Every cell, in batches of 3 rows; {@code recordScan}: the scan, else FastCSV whole. */
  private static List<String> scan(byte[] bytes, CsvDialect dialect, int fields,
      boolean recordScan) throws IOException, DataProblem {
    List<ColumnInfo> infos = new ArrayList<>();
    for (int f = 0; f < fields; f++) {
      infos.add(new ColumnInfo("c" + f, TYPES[(f * 3 + fields) % TYPES.length], true, false,
          "CSV"));
    }
    List<String> cells = new ArrayList<>();
    Batches batches = new Batches(infos, 0, 3, batch -> {
      for (ColumnInfo info : infos) {
        ColumnVector v = batch.vector(info.path());
        for (int i = 0; i < v.size; i++) {
          cells.add(info.path() + " row " + v.rows[i] + ": " + PlainRecordScanTest.cell(v, i));
        }
      }
    });
    ColumnVector[] byField = new ColumnVector[fields];
    for (int f = 0; f < fields; f++) {
      byField[f] = batches.vector(f);
    }
    if (recordScan) {
      CsvRecordScan scan = new CsvRecordScan(dialect, byField, fields, dialect.header(), 0, 0);
      new CsvRecordWindow("f.csv", 7).read(new ByteArrayInputStream(bytes), dialect, 1,
          (buf, from, length, line, crlf) -> {
            if (scan.record(buf, from, length, line)) {
              batches.endRow();
            }
          });
    } else {
      CsvRowHandler handler = new CsvRowHandler(byField, fields, dialect.header(), 0, 0);
      try (CsvReader<Boolean> reader = dialect.builder().build(handler,
          TextFiles.utf8(new ByteArrayInputStream(bytes)))) {
        for (Boolean record : reader) {
          batches.endRow();
        }
      }
    }
    batches.finish();
    return cells;
  }

  private static String file(Random random, CsvDialect dialect, int fields) {
    String[] ends = {"\n", "\r\n", "\r"};
    String end = ends[random.nextInt(ends.length)];
    StringBuilder out = new StringBuilder();
    int records = 1 + random.nextInt(8);
    for (int r = 0; r < records; r++) {
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          out.append(dialect.delimiter());
        }
        out.append(field(random, dialect));
      }
      out.append(random.nextInt(10) == 0 ? "\n" : end);
      if (random.nextInt(12) == 0) {
        out.append(end); // a blank line
      }
    }
    return out.toString();
  }

  private static String field(Random random, CsvDialect dialect) {
    String q = String.valueOf(dialect.quote());
    String d = String.valueOf(dialect.delimiter());
    String value = VALUES[random.nextInt(VALUES.length)];
    return switch (random.nextInt(9)) {
      case 0 -> q + value + q;
      case 1 -> q + value + q + q + "in" + q + q + q; // doubled quotes
      case 2 -> q + "a" + d + "b" + q;
      case 3 -> q + "line\nbreak" + q;
      case 4 -> q + "cr\r\nlf" + q;
      case 5 -> "da" + q + "ta"; // a quote inside data
      case 6 -> q + q; // quoted empty
      default -> value;
    };
  }
}
