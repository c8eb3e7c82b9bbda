package dev.sluice.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** samples/maven-project stays a faithful copy of samples/orders and uses this plugin version. */
class SampleProjectTest {
  private static final Path ORDERS = Path.of("..", "samples", "orders");

  @Test
  void usesThisVersionOfThePlugin() throws IOException {
    assertThat(SampleProject.SOURCE.resolve("pom.xml")).content()
        .contains("<sluice.version>" + System.getProperty("sluice.version") + "</sluice.version>");
  }

  @Test
  void dataIsTheOrdersSample() throws IOException {
    for (String file : new String[] {"orders.parquet", "orders-dirty.parquet"}) {
      assertThat(Files.readAllBytes(SampleProject.SOURCE.resolve("data").resolve(file)))
          .as(file).isEqualTo(Files.readAllBytes(ORDERS.resolve("data").resolve(file)));
    }
  }

  @Test
  void contractIsTheOrdersContractWithItsServerPathMoved() throws IOException {
    String sample = Files.readString(SampleProject.SOURCE.resolve(
        "src/main/contracts/orders.odcs.yaml"));
    String orders = Files.readString(ORDERS.resolve("orders.odcs.yaml"));
    assertThat(sample.replace("path: ../../../data/orders.parquet", "path: data/orders.parquet")
        .replace("The clean sample", "The committed clean sample")).isEqualTo(orders);
  }
}
