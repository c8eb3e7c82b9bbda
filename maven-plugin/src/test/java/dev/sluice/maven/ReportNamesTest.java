package dev.sluice.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportNamesTest {
  @Test
  void namesReportsAfterTheContractWithoutItsExtensions() {
    assertThat(ReportNames.of(List.of(of("c/orders.odcs.yaml"), of("c/customers.yml"),
        of("c/items.odcs.json")))).containsExactly("orders", "customers", "items");
  }

  @Test
  void numbersRepeatedNames() {
    assertThat(ReportNames.of(List.of(of("a/orders.odcs.yaml"), of("b/orders.odcs.yaml"),
        of("c/Orders.yaml")))).containsExactly("orders", "orders-2", "Orders-3");
  }

  @Test
  void aConfiguredNameWinsAndStaysOneFileName() {
    assertThat(ReportNames.of(List.of(of("orders.odcs.yaml").withName("../daily orders"))))
        .containsExactly("__daily_orders");
  }

  private static Validation of(String contract) {
    return Validation.of(new File(contract), List.of());
  }
}
