package dev.sluice.contracts.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.TestFiles;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.contracts.model.LogicalTypeOptions;
import dev.sluice.contracts.model.LogicalTypeOptions.Bound;
import dev.sluice.contracts.model.Operator;
import dev.sluice.contracts.model.QualityRule;
import dev.sluice.contracts.model.Threshold;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractMapperTest {
  private final Contract contract = map("mapping/full.odcs.yaml");
  private final DatasetSpec orders = contract.object("orders").orElseThrow();

  @Test
  void mapsFundamentals() {
    assertThat(contract.apiVersion()).isEqualTo("v3.1.0");
    assertThat(contract.id()).isEqualTo("shop-orders");
    assertThat(contract.version()).isEqualTo("2.1.0");
    assertThat(contract.fundamentals().domain()).isEqualTo("sales");
    assertThat(contract.fundamentals().descriptionPurpose()).isEqualTo("Orders placed in the web shop");
    assertThat(contract.fundamentals().tags()).containsExactly("sales", "orders");
  }

  @Test
  void mapsAPropertyWithItsConstraints() {
    FieldSpec id = orders.property("order_id").orElseThrow();

    assertThat(id.columnName()).isEqualTo("ORDER_ID");
    assertThat(id.required()).isTrue();
    assertThat(id.unique()).isTrue();
    assertThat(orders.primaryKey()).containsExactly(id);
    assertThat(id.options().pattern()).isEqualTo("^O-[0-9]+$");
    assertThat(id.options().minLength()).isEqualTo(3);
    assertThat(id.options().maxLength()).isEqualTo(20);
  }

  @Test
  void mapsA31NumericExclusiveBound() {
    LogicalTypeOptions options = orders.property("amount").orElseThrow().options();

    assertThat(options.lower()).isEqualTo(new Bound(new BigDecimal("0"), true));
    assertThat(options.upper()).isEqualTo(new Bound(new BigDecimal("10000"), false));
    assertThat(options.multipleOf()).isEqualTo(new BigDecimal("0.01"));
  }

  @Test
  void mapsA30BooleanExclusiveFlagOntoTheInclusiveBound() {
    Contract legacy = map("mapping/v30-boolean-exclusive.odcs.yaml");
    FieldSpec celsius = legacy.object("readings").orElseThrow().property("celsius").orElseThrow();

    assertThat(celsius.options().lower()).isEqualTo(new Bound(new BigDecimal("-50"), true));
    assertThat(celsius.options().upper()).isEqualTo(new Bound(new BigDecimal("60"), false));
    assertThat(celsius.options().other()).isEmpty();
    assertThat(celsius.quality()).singleElement().satisfies(q -> assertThat(q.metric()).isEqualTo("nullValues"));
  }

  @Test
  void mapsNestedObjectPropertiesAndArrayItems() {
    FieldSpec customer = orders.property("customer").orElseThrow();
    FieldSpec items = orders.property("items").orElseThrow();

    assertThat(customer.properties()).extracting(FieldSpec::name).containsExactly("email");
    assertThat(customer.properties().get(0).classification()).isEqualTo("pii");
    assertThat(customer.properties().get(0).options().format()).isEqualTo("email");
    assertThat(items.items()).isNotNull();
    assertThat(items.items().properties()).extracting(FieldSpec::name).containsExactly("sku");
  }

  @Test
  void mapsQualityRulesWithTheirOperators() {
    QualityRule nulls = orders.property("amount").orElseThrow().quality().get(0);
    QualityRule rows = orders.quality().get(0);
    QualityRule sql = orders.quality().get(1);

    assertThat(nulls.threshold()).isEqualTo(new Threshold(Operator.MUST_BE_LESS_THAN, List.of(new BigDecimal("5"))));
    assertThat(nulls.isPercent()).isTrue();
    assertThat(nulls.severity()).isEqualTo("warning");
    assertThat(rows.isLibrary()).isTrue();
    assertThat(rows.threshold().operator()).isEqualTo(Operator.MUST_BE_BETWEEN);
    assertThat(rows.threshold().operands()).containsExactly(BigDecimal.ONE, new BigDecimal("1000000"));
    assertThat(sql.type()).isEqualTo("sql");
    assertThat(sql.query()).isEqualTo("SELECT COUNT(*) FROM orders");
  }

  @Test
  void mapsSlaServersAndCustomProperties() {
    assertThat(contract.slaProperties()).singleElement().satisfies(sla -> {
      assertThat(sla.property()).isEqualTo("freshness");
      assertThat(sla.value()).isEqualTo(BigDecimal.ONE);
      assertThat(sla.unit()).isEqualTo("d");
      assertThat(sla.element()).isEqualTo("orders.order_id");
    });
    assertThat(contract.slaDefaultElement()).isEqualTo("orders.order_id");
    assertThat(contract.server("export").orElseThrow().delimiter()).isEqualTo(";");
    assertThat(contract.server("lake").orElseThrow().type()).isEqualTo("s3");
    assertThat(orders.customProperty("owner")).contains("team-orders");
    assertThat(contract.customProperty("lineageTags")).get().asList().singleElement()
        .isEqualTo(Map.of("key", "lineage.source_system", "required", true,
            "validValues", List.of("crm", "billing")));
  }

  private static Contract map(String resource) {
    try {
      return new ContractMapper().map(new DocumentReader().read(TestFiles.resource(resource)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
