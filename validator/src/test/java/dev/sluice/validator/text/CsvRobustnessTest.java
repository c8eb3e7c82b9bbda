package dev.sluice.validator.text;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and random CSV: every input either reads or is a DataProblem, and whatever the
 * first pass accepts, FastCSV reads the same way (same records, same fields).
 */
class CsvRobustnessTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"4523557272223744", "5003506164760576", "5085419734892544",
      "5279410447253504", "5308706540814336", "5600990083743744", "6261070185693184"})
  void readsArrowsFuzzFilesOrGivesAProblem(String id) throws Exception {
    Path file = dir.resolve(id + ".csv");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(
        TextScans.resource("arrow-csv/arrow-csv-fuzz-" + id + ".gz")))) {
      Files.copy(in, file);
    }
    for (boolean header : new boolean[] {true, false}) {
      SourceOptions options = SourceOptions.DEFAULTS.withCsv(',', '"', header);
      assertReadsOrProblem(file, options);
      assertReadsOrProblem(file, TextScans.expecting(Map.of("c", ValueType.of(Kind.INTEGER)))
          .withCsv(',', '"', false));
    }
  }

  private static void assertReadsOrProblem(Path file, SourceOptions options) {
    try (CsvDataFile csv = CsvDataFile.open(file, "fuzz.csv", options)) {
      TextScans.scanAll(csv, 100);
    } catch (DataProblem e) {
      assertThat(e.getMessage()).startsWith("fuzz.csv: ").doesNotContain("changed");
    }
  }

  @Test
  void agreesWithAReferenceParserOnRandomInput() throws IOException {
    Random random = new Random(42);
    char[] alphabet = {'a', 'b', ',', '"', '\r', '\n', ' ', ';'};
    int read = 0;
    for (int n = 0; n < 6_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(24); k > 0; k--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      Path file = TextScans.write(dir, "r.csv", text.toString());
      List<List<String>> expected = Reference.parse(text.toString());
      try (CsvDataFile csv = CsvDataFile.open(file, "r.csv",
          SourceOptions.DEFAULTS.withCsv(',', '"', false))) {
        assertThat(expected).as(Reference.show(text)).isNotNull();
        assertThat(rows(csv)).as(Reference.show(text)).isEqualTo(expected);
        read++;
      } catch (DataProblem e) {
        assertThat(e.getMessage()).as(Reference.show(text)).doesNotContain("changed");
        if (expected != null) {
          assertThat(e.getMessage()).as(Reference.show(text)).contains("fields");
        }
      }
    }
    assertThat(read).isGreaterThan(1500);
  }

  private static List<List<String>> rows(CsvDataFile csv) throws DataProblem {
    Map<String, List<Cell>> cells = TextScans.scanAll(csv, 3);
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < csv.rowCount(); r++) {
      List<String> row = new ArrayList<>();
      for (String column : csv.columns().keySet()) {
        Object value = cells.get(column).get(r).value();
        row.add(value == null ? "" : (String) value);
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * RFC 4180 as Sluice reads it, written plainly: records end at CR, LF or CRLF outside
   * quotes, blank lines are skipped, a quote opens a field only at its start. Null for input
   * Sluice must refuse (text after a closing quote, an unclosed quote, a lone CR before a
   * closing quote followed by LF); ragged records are returned as they are.
   */
  static final class Reference {
    static List<List<String>> parse(String text) {
      List<List<String>> records = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean any = false;
      int i = 0;
      int n = text.length();
      while (i < n) {
        char c = text.charAt(i);
        if (c == '"' && field.length() == 0) {
          int close = i + 1;
          StringBuilder quoted = new StringBuilder();
          boolean lastCr = false;
          while (true) {
            if (close >= n) {
              return null;
            }
            char q = text.charAt(close);
            if (q == '"' && close + 1 < n && text.charAt(close + 1) == '"') {
              quoted.append('"');
              close += 2;
              lastCr = false;
            } else if (q == '"') {
              break;
            } else {
              lastCr = q == '\r' || lastCr && q != '\n';
              quoted.append(q);
              close++;
            }
          }
          i = close + 1;
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
            return null;
          }
          if (i < n && text.charAt(i) == '\n' && lastCr) {
            return null;
          }
          field.append(quoted);
          any = true;
          continue;
        }
        if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          any = true;
        } else if (c == '\r' || c == '\n') {
          if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields);
          }
          fields = new ArrayList<>();
          field.setLength(0);
          any = false;
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
        } else {
          field.append(c);
          any = true;
        }
        i++;
      }
      if (any || field.length() > 0) {
        fields.add(field.toString());
        records.add(fields);
      }
      return records;
    }

    static String show(CharSequence text) {
      return text.toString().replace("\r", "\\r").replace("\n", "\\n");
    }
  }
}
