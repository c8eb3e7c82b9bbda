package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SluiceCountsTest {
  @Test
  void readsFailedRowsOfTheBenchChecksByPropertyAndKind() throws IOException {
    String json = "{\"checks\": ["
        + "{\"id\": \"orders.order_id.presence\", \"property\": \"order_id\", \"kind\": \"presence\", \"failedRows\": null},"
        + "{\"id\": \"score_nulls\", \"property\": \"score\", \"kind\": \"nullValues\", \"failedRows\": 120},"
        + "{\"id\": \"orders.rowCount\", \"property\": null, \"kind\": \"rowCount\", \"failedRows\": null},"
        + "{\"id\": \"orders.order_id.required\", \"property\": \"order_id\", \"kind\": \"required\", \"failedRows\": 20}"
        + "]}";
    assertThat(SluiceCounts.parse(json))
        .containsExactly(entry("order_id.required", 20L), entry("score.nullValues", 120L));
  }

  @Test
  void rejectsTextThatIsNoReport() {
    assertThatThrownBy(() -> SluiceCounts.parse("{\"verdict\": \"passed\"}"))
        .isInstanceOf(IOException.class).hasMessageContaining("checks[]");
  }

  private static Map.Entry<String, Long> entry(String check, long count) {
    return Map.entry(check, count);
  }
}
