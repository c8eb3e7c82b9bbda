package dev.sluice.validator.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files from other writers (parquet-testing, the Arrow integration corpus): whatever their types,
 * nesting and oddities, the inferred contract lints clean and the file passes it.
 */
class ForeignFilesInferenceTest {
  private static final Path PARQUET = Path.of("src/test/resources/parquet-testing/data");
  private static final Path ARROW = Path.of("src/test/resources/arrow/integration");
  /** Corrupt, encrypted or malformed on purpose: their problems are validation's tests. */
  private static final List<String> UNREADABLE = List.of("corrupt", "encrypted", "malformed",
      "hadoop_lz4", "concatenated_gzip", "page_v2_empty", "datapage_v2_empty");

  @TempDir Path dir;

  static Stream<Path> parquetFiles() throws IOException {
    try (Stream<Path> files = Files.list(PARQUET)) {
      return files.filter(f -> f.toString().endsWith(".parquet"))
          .filter(f -> UNREADABLE.stream().noneMatch(u -> f.getFileName().toString().contains(u)))
          .sorted().toList().stream();
    }
  }

  static Stream<Path> arrowFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ARROW)) {
      return files.filter(f -> f.toString().endsWith(".arrow_file") || f.toString().endsWith(".stream"))
          .filter(f -> !f.toString().contains("bigendian") && !f.toString().contains("decimal32")
              && !f.toString().contains("decimal64")) // sources refuse these: a problem, below
          .sorted().toList().stream();
    }
  }

  @Test
  void aFileNoSourceReadsIsAProblemNamingIt() {
    Path bigEndian = ARROW.resolve("1.0.0-bigendian/generated_null_trivial.arrow_file");
    assertThatThrownBy(() -> ContractInference.infer(List.of(bigEndian), InferOptions.DEFAULTS))
        .isInstanceOf(DataProblem.class).hasMessageContaining("generated_null_trivial.arrow_file")
        .hasMessageContaining("big-endian");
  }

  @ParameterizedTest
  @MethodSource("parquetFiles")
  void parquetFilePassesItsInferredContract(Path file) throws Exception {
    Inferred inferred = Inferred.of(List.of(file), InferOptions.DEFAULTS.withDateRanges(true), dir);
    assertThat(inferred.contract().schema()).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("arrowFiles")
  void arrowFilePassesItsInferredContract(Path file) throws Exception {
    Inferred inferred = Inferred.of(List.of(file),
        InferOptions.DEFAULTS.withDateRanges(true).withSource(
            dev.sluice.validator.data.SourceOptions.DEFAULTS.withFormat("arrow")), dir);
    assertThat(inferred.yaml()).contains("format: arrow");
  }
}
