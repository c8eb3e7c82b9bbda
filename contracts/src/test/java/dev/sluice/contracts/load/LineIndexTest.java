package dev.sluice.contracts.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.TestFiles;
import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void locatesKeysListElementsAndNestedValues() throws Exception {
    ContractDocument doc = new DocumentReader().read(TestFiles.resource("valid/orders.odcs.yaml"));

    assertThat(doc.lineOf("apiVersion")).isEqualTo(1);
    assertThat(doc.lineOf("schema")).isEqualTo(7);
    assertThat(doc.lineOf("schema[0]")).isEqualTo(8);
    assertThat(doc.lineOf("schema[0].properties[1]")).isEqualTo(18);
    assertThat(doc.lineOf("schema[0].properties[1].logicalTypeOptions.maximum")).isEqualTo(22);
    assertThat(doc.lineOf("schema[0].properties[1].quality[0].mustBe")).isEqualTo(25);
    assertThat(doc.lineOf("schema[0].quality[0].mustBeBetween")).isEqualTo(30);
    assertThat(doc.lineOf("customProperties[0].value[0].maxAge")).isEqualTo(49);
  }

  @Test
  void fallsBackToTheNearestLocatedAncestor() throws Exception {
    ContractDocument doc = new DocumentReader().read(TestFiles.resource("valid/orders.odcs.yaml"));

    assertThat(doc.lineOf("schema[0].properties[1].notThere")).isEqualTo(18);
    assertThat(doc.lineOf("")).isEqualTo(1);
  }
}
