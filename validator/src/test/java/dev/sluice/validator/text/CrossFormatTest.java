package dev.sluice.validator.text;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same orders as CSV, JSON Lines and a JSON array read to the same values. */
class CrossFormatTest {
  @TempDir Path dir;

  private static Map<String, ValueType> types() {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("order_id", ValueType.of(Kind.INTEGER));
    types.put("email", ValueType.of(Kind.STRING));
    types.put("amount", ValueType.decimal(2));
    types.put("score", ValueType.of(Kind.FLOAT));
    types.put("paid", ValueType.of(Kind.BOOLEAN));
    types.put("day", ValueType.of(Kind.DATE));
    types.put("created_at", ValueType.timestamp(ValueType.TimeUnit.MICROS, true));
    return types;
  }

  @Test
  void readsTheSameOrdersFromEveryTextFormat() throws Exception {
    Random random = new Random(5);
    StringBuilder csv = new StringBuilder("order_id,email,amount,score,paid,day,created_at\n");
    StringBuilder lines = new StringBuilder();
    for (int r = 0; r < 3000; r++) {
      String email = random.nextInt(10) == 0 ? null : "u" + r + "@x.org, \"inc\"";
      String amount = String.format(Locale.ROOT, "%.2f", random.nextInt(100_000) / 100.0);
      String score = random.nextInt(20) == 0 ? null : Double.toString(random.nextGaussian());
      boolean paid = random.nextBoolean();
      String day = java.time.LocalDate.ofEpochDay(random.nextInt(30_000)).toString();
      String created = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1000) * 1000L).toString();
      csv.append(r).append(',').append(email == null ? "" : "\"" + email.replace("\"", "\"\"") + "\"")
          .append(',').append(amount).append(',').append(score == null ? "" : score).append(',')
          .append(paid).append(',').append(day).append(',').append(created).append("\r\n");
      lines.append("{\"order_id\":").append(r).append(",\"email\":")
          .append(email == null ? "null" : "\"" + email.replace("\"", "\\\"") + "\"")
          .append(",\"amount\":").append(amount).append(",\"score\":").append(score)
          .append(",\"paid\":").append(paid).append(",\"day\":\"").append(day)
          .append("\",\"created_at\":\"").append(created).append("\"}\n");
    }
    SourceOptions options = SourceOptions.DEFAULTS.withExpected(new ExpectedSchema(types()));
    Set<String> columns = types().keySet();
    Map<String, List<Cell>> fromCsv;
    try (CsvDataFile file = CsvDataFile.open(TextScans.write(dir, "o.csv", csv.toString()), "o.csv", options)) {
      fromCsv = TextScans.scan(file, columns, 10, 97);
    }
    try (JsonDataFile file = JsonDataFile.open(TextScans.write(dir, "o.jsonl", lines.toString()), "o.jsonl", options)) {
      assertThat(TextScans.scan(file, columns, 10, 97)).isEqualTo(fromCsv);
    }
    String array = "[" + lines.toString().replace("}\n{", "},\n{").strip() + "]";
    try (JsonDataFile file = JsonDataFile.open(TextScans.write(dir, "o.json", array), "o.json", options)) {
      assertThat(TextScans.scan(file, columns, 10, 97)).isEqualTo(fromCsv);
    }
    assertThat(fromCsv.get("order_id")).hasSize(3000);
    assertThat(fromCsv.values()).allSatisfy(cells -> assertThat(cells)
        .noneMatch(c -> c.value() instanceof DataFileScans.Invalid));
  }
}
