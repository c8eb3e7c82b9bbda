package dev.sluice.validator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.ValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The types text sources parse to, from the contract. */
class ExpectedTypesTest {
  @TempDir Path dir;

  @Test
  void mapsLogicalTypesOptionsAndNesting() throws Exception {
    Path file = dir.resolve("c.odcs.yaml");
    Files.writeString(file, String.join("\n",
        "apiVersion: v3.1.0", "kind: DataContract", "id: t", "version: 1.0.0", "status: active",
        "schema:", "  - name: t", "    properties:",
        "      - {name: n, logicalType: integer}",
        "      - {name: x, logicalType: number}",
        "      - {name: d, logicalType: number, physicalType: 'decimal(10,2)'}",
        "      - {name: utc, logicalType: timestamp}",
        "      - {name: wall, logicalType: timestamp, logicalTypeOptions: {timezone: false}}",
        "      - {name: ntz, logicalType: timestamp, physicalType: timestamp_ntz}",
        "      - {name: day, logicalType: date}",
        "      - {name: s, logicalType: string}",
        "      - name: c", "        logicalType: object", "        properties:",
        "          - {name: age, logicalType: integer}",
        "      - name: tags", "        logicalType: array", "        items: {logicalType: string}",
        ""));
    ExpectedSchema schema = ExpectedTypes.of(Contracts.load(file).schema().get(0));
    assertThat(schema.typeOf("n")).contains(ValueType.of(ValueType.Kind.INTEGER));
    assertThat(schema.typeOf("x")).contains(ValueType.of(ValueType.Kind.FLOAT));
    assertThat(schema.typeOf("d")).contains(ValueType.decimal(2));
    assertThat(schema.typeOf("utc")).contains(ValueType.timestamp(ValueType.TimeUnit.MICROS, true));
    assertThat(schema.typeOf("wall")).contains(ValueType.timestamp(ValueType.TimeUnit.MICROS, false));
    assertThat(schema.typeOf("ntz")).contains(ValueType.timestamp(ValueType.TimeUnit.MICROS, false));
    assertThat(schema.typeOf("day")).contains(ValueType.of(ValueType.Kind.DATE));
    assertThat(schema.typeOf("s")).contains(ValueType.of(ValueType.Kind.STRING));
    assertThat(schema.typeOf("c.age")).contains(ValueType.of(ValueType.Kind.INTEGER));
    assertThat(schema.typeOf("tags[]")).contains(ValueType.of(ValueType.Kind.STRING));
    assertThat(schema.typeOf("c")).isEmpty();
  }
}
