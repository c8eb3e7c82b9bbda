package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.parquet.ParquetDataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A few of parquet-testing's malformed files through {@code sluice validate}, against a contract
 * requiring every column (the library-level test, MalformedParquetValidationTest, runs all of
 * them): exit 3, one line on stderr naming the file, no stack trace, within seconds.
 */
class MalformedParquetCommandTest {
  private static final Path BAD_DATA =
      Path.of("..", "validator", "src", "test", "resources", "parquet-testing", "bad_data");

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
      "ARROW-GH-47662.parquet, flba_field: string",
      "ARROW-GH-41321.parquet, int64: integer",
      "PARQUET-1481.parquet, absent: string",
      "ARROW-GH-45185.parquet, x: array"})
  void exitsThreeWithOneLine(String name, String properties) throws IOException {
    Path data = BAD_DATA.resolve(name);
    Path contract = Files.writeString(dir.resolve("c.odcs.yaml"), contract(data, properties));
    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Cli.run("validate", contract.toString(), data.toString()));
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: " + data + ": ").hasLineCount(1)
        .doesNotContain("\tat ");
  }

  /** Every flat column of the file required with its type; the named ones must be among them. */
  private static String contract(Path data, String expected) {
    StringBuilder yaml = new StringBuilder("apiVersion: v3.1.0\nkind: DataContract\nid: bad\n"
        + "version: 1.0.0\nstatus: active\nschema:\n  - name: data\n    properties:\n");
    Collection<ColumnInfo> columns = columnsOf(data);
    for (ColumnInfo column : columns) {
      String path = column.path();
      if (path.endsWith("[]") && !path.contains(".")) {
        String name = path.substring(0, path.length() - 2);
        yaml.append("      - name: ").append(name).append("\n        logicalType: array\n")
            .append("        required: true\n        items:\n          logicalType: ")
            .append(logical(column)).append("\n          quality:\n")
            .append("            - metric: nullValues\n              mustBe: 0\n");
      } else {
        yaml.append("      - name: \"").append(path).append("\"\n        logicalType: ")
            .append(logical(column)).append("\n        required: true\n");
      }
    }
    if (columns.isEmpty()) {
      yaml.append("      - name: absent\n        logicalType: string\n        required: true\n");
    }
    for (String property : expected.split("\\|")) {
      assertThat(yaml.toString()).contains(property.split(":")[0].trim()); // columns were found
    }
    return yaml.toString();
  }

  private static Collection<ColumnInfo> columnsOf(Path data) {
    try (ParquetDataFile file = ParquetDataFile.open(data, data.toString())) {
      return List.copyOf(file.columns().values());
    } catch (DataProblem e) {
      return List.of(); // a footer that cannot be read: the validation reports it
    }
  }

  private static String logical(ColumnInfo column) {
    switch (column.type().kind()) {
      case INTEGER: return "integer";
      case FLOAT: case DECIMAL: return "number";
      case BOOLEAN: return "boolean";
      case DATE: return "date";
      case TIME: return "time";
      case TIMESTAMP: return "timestamp";
      default: return "string";
    }
  }
}
