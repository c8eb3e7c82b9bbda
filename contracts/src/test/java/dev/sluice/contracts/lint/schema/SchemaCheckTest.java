package dev.sluice.contracts.lint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

  @Test
  void convertsPointersUsingTheTreeSoDigitKeysStayKeys() throws Exception {
    JsonNode root = new ObjectMapper().readTree("{\"a\": [{\"2024\": {\"b\": 1}}]}");

    assertThat(SchemaCheck.pathOf(root, "/a/0/2024/b")).isEqualTo("a[0].2024.b");
    assertThat(SchemaCheck.pathOf(root, "")).isEmpty();
  }
}
