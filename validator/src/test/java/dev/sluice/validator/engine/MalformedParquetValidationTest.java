package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sluice.contracts.Contracts;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.parquet.ParquetDataFile;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.report.Verdict;
import dev.sluice.validator.testing.CoveringContract;
import dev.sluice.validator.testing.DataFileScans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed Parquet file of parquet-testing's {@code bad_data/}, validated against a
 * contract that requires every one of its columns (so every page must be decoded), ends in a
 * one-line DataProblem naming the file, within seconds: including arrow#45185, which
 * parquet-java reads without complaint.
 *
 * <p>One exception, deliberate: {@code ARROW-GH-43605.parquet} reproduces a crash of Arrow Go's
 * bit unpacker, not a malformed file. Its dictionary indices use bit width 0 over a one-entry
 * dictionary, which is what ceil(log2(1)) gives and what parquet-java's own writer emits for
 * such dictionaries; every level and index run is complete. parquet-java, DuckDB and
 * DataFusion read it as 21,186 zeros, and so does Sluice (see {@link #acceptsArrowGh43605}).
 */
class MalformedParquetValidationTest {
  private static final String FOLDER = "parquet-testing";

  @TempDir Path dir;

  private static final String VALID_AFTER_ALL = "ARROW-GH-43605.parquet";

  static Stream<String> badFiles() throws IOException {
    return allFiles().stream().filter(n -> !n.equals(VALID_AFTER_ALL));
  }

  private static List<String> allFiles() throws IOException {
    try (Stream<Path> files = Files.list(DataFileScans.resource(FOLDER, "bad_data"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet"))
          .sorted().toList();
    }
  }

  @Test
  void findsEveryBadFile() throws IOException {
    assertThat(allFiles()).hasSize(8).contains(VALID_AFTER_ALL);
  }

  @Test
  void acceptsArrowGh43605() throws Exception {
    Path file = DataFileScans.resource(FOLDER, "bad_data/" + VALID_AFTER_ALL);
    Path contract = Files.writeString(dir.resolve("c.odcs.yaml"),
        CoveringContract.yaml(VALID_AFTER_ALL, columnsOf(file)).replace("        required: true\n",
            "        required: true\n        logicalTypeOptions:\n          maximum: 0\n"));
    ValidationReport report = Validator.of(Contracts.load(contract)).validate(List.of(file));
    assertThat(report.rowCount()).isEqualTo(21186);
    assertThat(report.verdict()).as(report.toJson()).isEqualTo(Verdict.PASSED);
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void failsValidationWithAOneLineProblem(String name) throws Exception {
    Path file = DataFileScans.resource(FOLDER, "bad_data/" + name);
    Collection<ColumnInfo> columns = columnsOf(file);
    assertThat(columns.isEmpty()).as("no schema found").isEqualTo(name.equals("PARQUET-1481.parquet"));
    Path contract = Files.writeString(dir.resolve("c.odcs.yaml"),
        CoveringContract.yaml(name, columns));
    Validator validator = Validator.of(Contracts.load(contract));
    DataProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        ValidationReport report = validator.validate(List.of(file));
        return fail("%s validated as %s: %s", name, report.verdict(), report.toJson());
      } catch (DataProblem e) {
        return e;
      }
    });
    assertThat(problem.getMessage()).startsWith(file + ": ").doesNotContain("\n");
  }

  /**
   * The file's leaf columns as Sluice reads them; when Sluice cannot even open the file, the
   * leaves of the raw Thrift schema in the footer; none when that cannot be decoded either (the
   * contract then names a placeholder).
   */
  static Collection<ColumnInfo> columnsOf(Path file) {
    try (ParquetDataFile open = ParquetDataFile.open(file, file.toString())) {
      return List.copyOf(open.columns().values());
    } catch (DataProblem e) {
      return footerColumns(file);
    }
  }

  private static List<ColumnInfo> footerColumns(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      FileMetaData footer = Util.readFileMetaData(
          new ByteArrayInputStream(bytes, bytes.length - 8 - length, length));
      return footer.getSchema().stream().filter(e -> e.isSetType()) // the leaves (flat files)
          .map(e -> new ColumnInfo(e.getName(), ValueType.of(kind(e.getType())), true, false, ""))
          .toList();
    } catch (IOException | RuntimeException e) {
      return List.of(); // a corrupt Thrift footer (PARQUET-1481)
    }
  }

  private static Kind kind(Type type) {
    switch (type) {
      case INT32: case INT64: return Kind.INTEGER;
      case FLOAT: case DOUBLE: return Kind.FLOAT;
      case BOOLEAN: return Kind.BOOLEAN;
      default: return Kind.STRING;
    }
  }
}
