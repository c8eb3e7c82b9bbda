package dev.sluice.validator.infer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.validator.data.SourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON columns are typed from their text, and the data passes the contract. */
class TextInferenceTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    return Files.writeString(data.resolve(name), content);
  }

  @Test
  void csvColumnsGetTheNarrowestTypeEveryValueFits() throws Exception {
    Path csv = write("things.csv", "id,price,ok,day,at,zip,label\n"
        + "1,0.37,true,2024-01-31,2024-01-31T10:00:00Z,007,a\n"
        + "2,987.2,FALSE,2024-02-01,2024-02-01 11:30:00,012,\n"
        + "3,,true,2024-02-02,2024-02-02T12:00:00+01:00,100,c\n");
    Inferred inferred = Inferred.of(List.of(csv), InferOptions.DEFAULTS, dir);
    DatasetSpec things = inferred.contract().schema().get(0);
    assertThat(type(things, "id")).isEqualTo("integer");
    assertThat(type(things, "price")).isEqualTo("number");
    assertThat(type(things, "ok")).isEqualTo("boolean");
    assertThat(type(things, "day")).isEqualTo("date");
    assertThat(type(things, "at")).isEqualTo("timestamp");
    assertThat(type(things, "zip")).isEqualTo("string"); // leading zeros: a code, not a number
    FieldSpec price = things.property("price").orElseThrow();
    assertThat(price.required()).isFalse();
    assertThat(price.options().lower().value()).hasToString("0");
    assertThat(price.options().upper().value()).hasToString("1000");
    assertThat(things.property("id").orElseThrow().unique()).isTrue();
    assertThat(things.property("label").orElseThrow().required()).isFalse();
  }

  @Test
  void aTypeIsProposedOnlyWhenTheSourcesOwnParsersReadEveryValueAsIt() throws Exception {
    // the contract's timestamps are microseconds and the CSV reader never rounds: nanoseconds
    // would fail the very data they came from
    Path csv = write("times.csv", "micros,nanos\n"
        + "2024-01-31T10:00:00.123456Z,2024-01-31T10:00:00.123456789Z\n"
        + "2024-02-01T11:30:00.5Z,2024-02-01T11:30:00.5Z\n");
    DatasetSpec times = Inferred.of(List.of(csv), InferOptions.DEFAULTS, dir).contract()
        .schema().get(0);
    assertThat(type(times, "micros")).isEqualTo("timestamp");
    assertThat(type(times, "nanos")).isEqualTo("string");
  }

  @Test
  void csvWithoutHeaderAndOtherDelimiterNamesColumnsByPosition() throws Exception {
    Path csv = write("plain.csv", "1;x\n2;y\n");
    SourceOptions source = SourceOptions.DEFAULTS.withCsv(';', '"', false);
    Inferred inferred = Inferred.of(List.of(csv), InferOptions.DEFAULTS.withSource(source), dir);
    DatasetSpec plain = inferred.contract().schema().get(0);
    assertThat(plain.properties()).extracting(FieldSpec::name).containsExactly("column_1", "column_2");
    assertThat(type(plain, "column_1")).isEqualTo("integer");
  }

  @Test
  void jsonLinesNumbersStringsAndMixedColumns() throws Exception {
    Path json = write("events.jsonl", ""
        + "{\"id\": 1, \"code\": \"12\", \"mixed\": 5, \"flag\": true, \"who\": \"a@b.example\"}\n"
        + "{\"id\": 2, \"code\": \"13\", \"mixed\": \"five\", \"flag\": false, \"who\": \"c@d.example\"}\n"
        + "{\"id\": 3, \"code\": \"14\", \"mixed\": {\"k\": 1}, \"flag\": null, \"who\": \"e@f.example\"}\n");
    Inferred inferred = Inferred.of(List.of(json), InferOptions.DEFAULTS, dir);
    DatasetSpec events = inferred.contract().schema().get(0);
    assertThat(type(events, "id")).isEqualTo("integer");
    assertThat(type(events, "code")).isEqualTo("string"); // JSON strings stay strings
    assertThat(type(events, "mixed")).isNull();
    assertThat(events.property("mixed").orElseThrow().required()).isTrue();
    assertThat(type(events, "flag")).isEqualTo("boolean");
    assertThat(events.property("who").orElseThrow().options().format()).isEqualTo("email");
    assertThat(inferred.result().notes()).anyMatch(n -> n.contains("mixed"));
  }

  @Test
  void jsonArrayFileIsInferredToo() throws Exception {
    Path json = write("rows.json", "[{\"n\": 1.5, \"s\": \"x\"}, {\"n\": 2, \"s\": \"y\"}]");
    Inferred inferred = Inferred.of(List.of(json), InferOptions.DEFAULTS, dir);
    assertThat(type(inferred.contract().schema().get(0), "n")).isEqualTo("number");
  }

  @Test
  void jsonObjectsAndListsBecomeObjectAndArrayProperties() throws Exception {
    Path json = write("orders.jsonl", ""
        + "{\"id\": 1, \"customer\": {\"email\": \"a@x.example\", \"age\": 30}, "
        + "\"tags\": [\"a\", \"b\"], \"lines\": [{\"sku\": \"S1\", \"qty\": 2}]}\n"
        + "{\"id\": 2, \"customer\": {\"email\": \"b@x.example\", \"age\": null}, "
        + "\"tags\": [], \"lines\": [{\"sku\": \"S2\", \"qty\": 1}, {\"sku\": \"S3\", \"qty\": 5}]}\n"
        + "{\"id\": 3, \"customer\": null, \"tags\": null, \"lines\": [], \"odd\": [1, \"x\", {}]}\n");
    Inferred inferred = Inferred.of(List.of(json), InferOptions.DEFAULTS, dir);
    DatasetSpec orders = inferred.contract().schema().get(0);
    FieldSpec customer = orders.property("customer").orElseThrow();
    assertThat(customer.logicalType()).isEqualTo("object");
    assertThat(customer.properties()).extracting(FieldSpec::name).containsExactly("email", "age");
    assertThat(customer.properties().get(1).logicalType()).isEqualTo("integer");
    FieldSpec tags = orders.property("tags").orElseThrow();
    assertThat(tags.logicalType()).isEqualTo("array");
    assertThat(tags.items().logicalType()).isEqualTo("string");
    FieldSpec lines = orders.property("lines").orElseThrow();
    assertThat(lines.items().properties()).extracting(FieldSpec::name).containsExactly("sku", "qty");
    assertThat(lines.items().properties().get(1).logicalType()).isEqualTo("integer");
    assertThat(orders.property("odd")).isPresent();
  }

  private static String type(DatasetSpec object, String name) {
    return object.property(name).orElseThrow().logicalType();
  }
}
