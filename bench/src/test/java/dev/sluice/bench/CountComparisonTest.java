package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountComparisonTest {
  @Test
  void equalCountsHaveNoMismatch() {
    assertThat(CountComparison.compare("a", all(5), "b", all(5))).isEmpty();
  }

  @Test
  void reportsADifferentCountAndAMissingCheck() {
    Map<String, Long> right = all(5);
    right.put("order_id.unique", 6L);
    right.remove("score.nullValues");
    assertThat(CountComparison.compare("sluice", all(5), "duckdb", right))
        .extracting(Object::toString)
        .containsExactly("order_id.unique: sluice 5, duckdb 6",
            "score.nullValues: sluice 5, duckdb (no such check)");
  }

  static Map<String, Long> all(long count) {
    Map<String, Long> counts = new LinkedHashMap<>();
    BenchChecks.NAMES.forEach(c -> counts.put(c, count));
    return counts;
  }
}
