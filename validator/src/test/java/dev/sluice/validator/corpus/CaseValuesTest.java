package dev.sluice.validator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.engine.DataFiles;
import dev.sluice.validator.plan.ExpectedTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Below the checks: each case's data, written as Arrow IPC, CSV and JSON Lines, reads to the same
 * columns and the same values ({@link CaseCells}) as the Parquet file written from the same rows,
 * column for column, row for row. The text formats read with the types the contract gives, as
 * the validator does; columns that legitimately read differently are listed, with why, in {@link
 * #DIFFERING}, and must still differ.
 */
class CaseValuesTest {
  private static final Path CASES = Path.of("src/test/resources/cases");
  /** Columns that read differently from Parquet, by {@code <case> [<format>]}. */
  static final Map<String, Set<String>> DIFFERING = Map.of(
      // the old file's doubles -1.5 and 2.0, read as the contract's integer, are invalid in CSV
      "presence-types [csv]", Set.of("amount"),
      // -1.5, read as the contract's integer, is invalid (2.0 is the whole number 2)
      "presence-types [json]", Set.of("amount"),
      // JSON has no NaN: it is written as the string "NaN", invalid in a number column
      "ranges [json]", Set.of("pct"));

  @TempDir Path dir;

  static Stream<Arguments> casesInOtherFormats() throws IOException {
    return CaseCorpusTest.cases().stream().flatMap(c -> Arrays.stream(CaseFormat.values())
        .filter(f -> f != CaseFormat.PARQUET).map(f -> Arguments.of(c, f)));
  }

  /** Pairs whose columns are legitimately not Parquet's, with why (their report says so too). */
  static final java.util.Map<String, String> SHAPED_OTHERWISE = java.util.Map.of(
      "json-payload [json]", "JSON text where the contract declares an object is, in JSON Lines,"
          + " a value of another shape for the object's fields (cases/json-payload/expected.json.yaml)");

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("casesInOtherFormats")
  void readsTheColumnsAndValuesParquetReads(String name, CaseFormat format) throws Exception {
    String label = name + " [" + format + "]";
    Assumptions.assumeTrue(CaseExpectations.exclusion(name, format).isEmpty(),
        () -> "excluded: " + CaseExpectations.exclusion(name, format).orElseThrow());
    Assumptions.assumeFalse(SHAPED_OTHERWISE.containsKey(label),
        () -> "read otherwise: " + SHAPED_OTHERWISE.get(label));
    Path caseDir = CASES.resolve(name);
    DatasetSpec object = Contracts.load(caseDir.resolve("contract.yaml")).schema().get(0);
    SourceOptions options = SourceOptions.DEFAULTS.withExpected(ExpectedTypes.of(object));
    Map<String, String> differing = new TreeMap<>();
    for (Path yaml : CaseData.filesOf(caseDir)) {
      CaseData data = CaseData.read(yaml);
      String base = CaseData.baseName(yaml);
      Path parquet = CaseFormat.PARQUET.write(data, Files.createDirectories(dir.resolve("p")),
          base);
      Path other = format.write(data, Files.createDirectories(dir.resolve("o")), base);
      try (DataFile want = DataFiles.open(parquet, options);
          DataFile got = DataFiles.open(other, options)) {
        String at = label + " " + base;
        assertSameShape(at, want, got, format);
        differing.putAll(differingValues(at, want, got));
      }
    }
    assertThat(differing.keySet())
        .as(label + ": columns read differently from Parquet " + differing)
        .isEqualTo(DIFFERING.getOrDefault(label, Set.of()));
  }

  @Test
  void everyListedDifferenceNamesACaseAndAFormat() throws IOException {
    assertThat(CaseCorpusTest.pairs()).containsAll(DIFFERING.keySet());
  }

  /** Rows, columns, and what the format can say of them: batches, nullability, lineage tags. */
  private static void assertSameShape(String at, DataFile want, DataFile got, CaseFormat format) {
    assertThat(got.format()).as(at + " format").isEqualTo(format.toString());
    assertThat(got.rowCount()).as(at + " rows").isEqualTo(want.rowCount());
    assertThat(got.columns().keySet()).as(at + " columns")
        .containsExactlyInAnyOrderElementsOf(want.columns().keySet());
    want.columns().forEach((path, column) -> assertThat(got.columns().get(path).repeated())
        .as(at + " " + path + " repeated").isEqualTo(column.repeated()));
    if (format != CaseFormat.ARROW) {
      return; // text formats have one row group, nothing but nullable columns, no metadata
    }
    assertThat(got.rowGroups()).as(at + " record batches").hasSameSizeAs(want.rowGroups());
    want.columns().forEach((path, column) -> assertThat(got.columns().get(path).nullable())
        .as(at + " " + path + " nullable").isEqualTo(column.nullable()));
    Map<String, String> tags = want.keyValueMetadata().entrySet().stream()
        .filter(e -> e.getKey().startsWith("lineage."))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(got.keyValueMetadata()).as(at + " metadata").containsAllEntriesOf(tags);
  }

  /** The columns whose type or values differ, each with both readings. */
  private static Map<String, String> differingValues(String at, DataFile want, DataFile got)
      throws Exception {
    Map<String, List<String>> wantCells = CaseCells.of(want, 2);
    Map<String, List<String>> gotCells = CaseCells.of(got, 2);
    Map<String, String> differing = new TreeMap<>();
    for (Map.Entry<String, ColumnInfo> column : want.columns().entrySet()) {
      String path = column.getKey();
      String wanted = CaseCells.meaning(column.getValue()) + " " + wantCells.get(path);
      String read = CaseCells.meaning(got.columns().get(path)) + " " + gotCells.get(path);
      if (!read.equals(wanted)) {
        differing.put(path,
            "\n  " + at + " parquet: " + wanted + "\n  " + got.format() + ": " + read);
      }
    }
    return differing;
  }
}
