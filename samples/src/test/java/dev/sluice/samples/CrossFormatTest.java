package dev.sluice.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The same rows give the same counts in every format: the dirty sample as Parquet (written by
 * parquet-java), and as CSV and JSON Lines written from it by DuckDB ({@code COPY ... TO}), with
 * DuckDB's own text for timestamps.
 */
class CrossFormatTest {
  private static final Path ORDERS = Path.of("orders");

  @Test
  void csvAndJsonLinesCountWhatParquetCounts() throws Exception {
    Map<String, Long> parquet = counts("orders-dirty.parquet");
    assertThat(parquet.values()).anySatisfy(n -> assertThat(n).isPositive());
    assertThat(counts("orders-dirty.csv")).isEqualTo(parquet);
    assertThat(counts("orders-dirty.jsonl")).isEqualTo(parquet);
  }

  private static Map<String, Long> counts(String file) throws Exception {
    Contract contract = Contracts.load(ORDERS.resolve("orders.odcs.yaml"));
    ValidationReport report = Validator.of(contract, ValidationOptions.DEFAULTS)
        .validate(List.of(ORDERS.resolve("data").resolve(file)));
    Map<String, Long> counts = new TreeMap<>();
    for (CheckResult c : report.checks()) {
      if (c.kind().json().equals("type")) {
        // typed formats answer from the schema, text formats per value: no value fails here
        assertThat(c.status().json()).as(file + " " + c.id()).isEqualTo("passed");
      } else if (c.failedRows() != null) {
        counts.put(c.id(), c.failedRows());
      }
    }
    assertThat(report.rowCount()).as(file).isEqualTo(2000);
    return counts;
  }
}
