package dev.sluice.validator.infer;

import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.validator.report.Verdict;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files and several row groups are one dataset, however many threads read them. */
class DatasetInferenceTest {
  @TempDir Path dir;

  @Test
  void threadsAndRowGroupsDoNotChangeTheOutcome() throws Exception {
    ParquetFixture f = ParquetFixture.schema(
        "message m { required int64 id; optional double x; optional binary s (STRING); }")
        .rowsPerGroup(700);
    for (long i = 0; i < 10_000; i++) {
      f.row(row("id", i * 7, "x", i % 13 == 0 ? null : Math.sin(i) * 1000, "s", "k" + (i % 9)));
    }
    Path file = f.write(dir.resolve("groups.parquet"));
    InferResult one = ContractInference.infer(List.of(file), InferOptions.DEFAULTS.withThreads(1));
    InferResult four = ContractInference.infer(List.of(file),
        InferOptions.DEFAULTS.withThreads(4).withBatchRows(333));
    assertThat(four.contractYaml()).isEqualTo(one.contractYaml());
    assertThat(four.profileJson()).isEqualTo(one.profileJson());
    assertThat(one.contractYaml()).contains("unique: true").contains("- k8");
    Inferred.of(List.of(file), InferOptions.DEFAULTS.withThreads(4), dir);
  }

  @Test
  void duplicatesAcrossFilesAreNotUnique() throws Exception {
    Path a = ParquetFixture.schema("message m { required int64 id; }")
        .row(row("id", 1L)).row(row("id", 2L)).write(dir.resolve("a.parquet"));
    Path b = ParquetFixture.schema("message m { required int64 id; }")
        .row(row("id", 2L)).row(row("id", 3L)).write(dir.resolve("b.parquet"));
    Inferred inferred = Inferred.of(List.of(a, b), InferOptions.DEFAULTS, dir);
    assertThat(inferred.contract().schema().get(0).property("id").orElseThrow().unique()).isFalse();
    Inferred single = Inferred.of(List.of(a), InferOptions.DEFAULTS, dir);
    assertThat(single.contract().schema().get(0).property("id").orElseThrow().unique()).isTrue();
  }

  @Test
  void aColumnSomeFilesLackIsOptionalAndAConflictingOneUntyped() throws Exception {
    Path a = ParquetFixture.schema("message m { required int64 id; required binary v (STRING); "
        + "required int32 extra; }").row(row("id", 1L, "v", "x", "extra", 5)).write(dir.resolve("a.parquet"));
    Path b = ParquetFixture.schema("message m { required int64 id; required int64 v; }")
        .row(row("id", 2L, "v", 7L)).write(dir.resolve("b.parquet"));
    Inferred inferred = Inferred.of(List.of(a, b), InferOptions.DEFAULTS, dir);
    DatasetSpec m = inferred.contract().schema().get(0);
    assertThat(m.property("id").orElseThrow().required()).isTrue();
    assertThat(m.property("extra").orElseThrow().required()).isFalse();
    assertThat(m.property("v").orElseThrow().logicalType()).isNull();
    assertThat(inferred.result().notes()).anyMatch(n -> n.contains("column v"));
    assertThat(inferred.report().verdict()).isIn(Verdict.PASSED, Verdict.WARNING);
  }
}
