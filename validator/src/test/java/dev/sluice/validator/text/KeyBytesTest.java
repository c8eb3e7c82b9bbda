package dev.sluice.validator.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keys that are not well-formed Unicode (a lone surrogate, written {@code \ud800} in JSON or
 * named so in a contract) have no UTF-8 bytes: Java would encode them as {@code ?}, and the fast
 * paths' lookup by bytes would take the key {@code "?"} for them (found by a review).
 */
class KeyBytesTest {
  private static final String SURROGATE = "\ud800";

  @Test
  void aDataKeyWithALoneSurrogateKeepsItsOwnColumn() throws Exception {
    ExpectedSchema contract = new ExpectedSchema(Map.of("i", ValueType.of(Kind.INTEGER)));
    byte[] file = "{\"\\ud800\":1}\n{\"?\":2}\n".getBytes(StandardCharsets.UTF_8);
    List<String> fast = scan(contract, file, true);
    assertThat(fast).isEqualTo(scan(contract, file, false))
        .contains("? row 1: 2 (String)", SURROGATE + " row 0: 1 (String)",
            SURROGATE + " row 1: null");
  }

  @Test
  void aContractKeyWithALoneSurrogateIsNotTheKeyQuestionMark() throws Exception {
    ExpectedSchema contract =
        new ExpectedSchema(Map.of("a" + SURROGATE, ValueType.of(Kind.INTEGER)));
    byte[] file = "{\"a?\":1}\n".getBytes(StandardCharsets.UTF_8);
    String fast = discover(contract, file, true);
    assertThat(fast).isEqualTo(discover(contract, file, false)).isEqualTo("[a?] [a?]");
  }

  private static String discover(ExpectedSchema contract, byte[] bytes, boolean fast)
      throws Exception {
    PathTree tree = PathTree.of(contract);
    JsonDiscovery found = new JsonDiscovery(tree, Long.MAX_VALUE);
    JsonRecords.lines(new ByteArrayInputStream(bytes), 1, fast ? found : new JacksonOnly(found));
    found.addExtras();
    List<String> seen = new ArrayList<>();
    tree.leaves().forEach(leaf -> {
      if (found.seen(leaf)) {
        seen.add(leaf.path);
      }
    });
    return found.topLevelNames() + " " + seen;
  }

  private static List<String> scan(ExpectedSchema contract, byte[] bytes, boolean fast)
      throws Exception {
    return JsonLinesScans.scan(contract, bytes, 16,
        walker -> fast ? walker : new JacksonOnly(walker));
  }
}
