package dev.sluice.contracts.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class RuleHelpersTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void comparesNumbersDatesAndTimestampsButNotMixedKinds() {
    assertThat(BoundValue.compare(NODES.numberNode(10), NODES.numberNode(9.5))).contains(1);
    assertThat(BoundValue.compare(NODES.textNode("2024-01-01"), NODES.textNode("2024-01-01T00:00:00Z"))).contains(0);
    assertThat(BoundValue.compare(NODES.textNode("2024-01-02T00:00:00+02:00"), NODES.textNode("2024-01-01T23:00:00Z"))).contains(-1);
    assertThat(BoundValue.compare(NODES.textNode("10:00:00"), NODES.textNode("09:00:00"))).contains(1);
    assertThat(BoundValue.compare(NODES.numberNode(1), NODES.textNode("2024-01-01"))).isEmpty();
  }

  @Test
  void acceptsIsoDurationsAndPeriods() {
    assertThat(LineageTags.isDuration(NODES.textNode("PT6H"))).isTrue();
    assertThat(LineageTags.isDuration(NODES.textNode("P1D"))).isTrue();
    assertThat(LineageTags.isDuration(NODES.textNode("P1M"))).isTrue();
    assertThat(LineageTags.isDuration(NODES.textNode("1 day"))).isFalse();
    assertThat(LineageTags.isDuration(NODES.numberNode(86400))).isFalse();
  }

  @Test
  void namesRe2jAsTheSyntaxThatRefusedAPattern() {
    assertThat(Re2jPatterns.problem("^[a-z]+$")).isEmpty();
    assertThat(Re2jPatterns.problem("(?<=a)b")).get().asString()
        .contains("RE2J").contains("linear-time").contains("java.util.regex would accept it");
    assertThat(Re2jPatterns.problem("(unclosed")).get().asString()
        .contains("RE2J").doesNotContain("java.util.regex would accept it");
  }
}
