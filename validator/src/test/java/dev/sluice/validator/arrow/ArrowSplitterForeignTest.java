package dev.sluice.validator.arrow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files of the Arrow integration suite (C++ and other writers) split row by row: every type
 * Arrow Java can copy one row at a time comes out value for value, dictionaries (shared, nested,
 * unsigned) and compressed bodies included; the others fail as a one-line problem.
 */
class ArrowSplitterForeignTest extends ArrowSplitFixture {
  /** Every third row fails the first check, every fifth the second. */
  static final Rule THIRDS_AND_FIFTHS =
      (batch, row, slot) -> slot == 0 ? row % 3 == 1 : row % 5 == 0;

  static int[] batches(Path file) throws DataProblem {
    try (ArrowDataFile data = ArrowDataFile.open(file, "in")) {
      return data.rowGroups().stream().mapToInt(g -> (int) g.rowCount()).toArray();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1.0.0-littleendian/generated_primitive.arrow_file",
      "1.0.0-littleendian/generated_primitive_large_offsets.stream",
      "1.0.0-littleendian/generated_primitive_zerolength.arrow_file",
      "1.0.0-littleendian/generated_primitive_no_batches.stream",
      "1.0.0-littleendian/generated_nested.stream",
      "1.0.0-littleendian/generated_nested_large_offsets.arrow_file",
      "1.0.0-littleendian/generated_recursive_nested.arrow_file",
      "1.0.0-littleendian/generated_map.stream",
      "1.0.0-littleendian/generated_dictionary.arrow_file",
      "1.0.0-littleendian/generated_dictionary_unsigned.stream",
      "1.0.0-littleendian/generated_nested_dictionary.stream",
      "1.0.0-littleendian/generated_nested_dictionary.arrow_file",
      "1.0.0-littleendian/generated_datetime.arrow_file",
      "1.0.0-littleendian/generated_interval.stream",
      "1.0.0-littleendian/generated_null.arrow_file",
      "1.0.0-littleendian/generated_null_trivial.stream",
      "1.0.0-littleendian/generated_custom_metadata.stream",
      "1.0.0-littleendian/generated_extension.arrow_file",
      "4.0.0-shareddict/generated_shared_dict.arrow_file",
      "4.0.0-shareddict/generated_shared_dict.stream",
      "2.0.0-compression/generated_lz4.arrow_file",
      "2.0.0-compression/generated_zstd.stream",
      "cpp-21.0.0/generated_binary_view.stream",
      "cpp-21.0.0/generated_decimal256.arrow_file",
      "cpp-21.0.0/generated_duration.stream",
      "cpp-21.0.0/generated_large_binary.arrow_file",
      "cpp-21.0.0/generated_map_non_canonical.stream"})
  void splitsAForeignFileValueForValue(String name) throws Exception {
    Path input = ArrowScans.resource("integration/" + name);
    assertSplit(input, batches(input), THIRDS_AND_FIFTHS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1.0.0-littleendian/generated_union.stream",
      "cpp-21.0.0/generated_list_view.arrow_file",
      "cpp-21.0.0/generated_run_end_encoded.stream"})
  void refusesToSplitRowsArrowJavaCannotCopy(String name) throws Exception {
    Path input = ArrowScans.resource("integration/" + name);
    assertThatThrownBy(() -> split(input, marks(batches(input), THIRDS_AND_FIFTHS), target()))
        .isInstanceOf(DataProblem.class)
        .hasMessageContaining("cannot copy them one by one");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1.0.0-littleendian/generated_duplicate_fieldnames.arrow_file",
      "1.0.0-littleendian/generated_duplicate_fieldnames.stream"})
  void reportsFilesArrowJavaCannotReadAsAProblem(String name) throws Exception {
    Path input = ArrowScans.resource("integration/" + name);
    assertThatThrownBy(() -> split(input, marks(batches(input), THIRDS_AND_FIFTHS), target()))
        .isInstanceOf(DataProblem.class)
        .hasMessageStartingWith("in: cannot write the quarantine: ")
        .hasMessageNotContaining("\n");
  }
}
