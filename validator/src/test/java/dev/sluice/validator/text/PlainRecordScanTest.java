package dev.sluice.validator.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan's fast path writes what Jackson's reading writes: on random JSON Lines (columns of
 * every kind, a nested column, keys the contract lacks, values of every JSON type in every
 * column, escapes, non-ASCII text, repeated keys, broken records), a scan that reads plain
 * records itself and one that gives every record to Jackson fill the same vectors: rows, nulls,
 * values and invalid texts, cell by cell.
 */
class PlainRecordScanTest {
  private static final String[] KEYS = {"i", "f", "d", "b", "s", "t", "day", "bin", "o", "extra",
      "more"};

  private static ExpectedSchema contract() {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("i", ValueType.of(Kind.INTEGER));
    types.put("f", ValueType.of(Kind.FLOAT));
    types.put("d", ValueType.decimal(3));
    types.put("b", ValueType.of(Kind.BOOLEAN));
    types.put("s", ValueType.of(Kind.STRING));
    types.put("t", ValueType.of(Kind.TIMESTAMP));
    types.put("day", ValueType.of(Kind.DATE));
    types.put("bin", ValueType.of(Kind.BINARY));
    types.put("o.x", ValueType.of(Kind.INTEGER));
    return new ExpectedSchema(types);
  }

  @Test
  void fillsTheVectorsJacksonFills() throws Exception {
    Random random = new Random(41);
    int[] plain = new int[2];
    for (int file = 0; file < 400; file++) {
      StringBuilder text = new StringBuilder();
      int lines = 1 + random.nextInt(15);
      for (int k = 0; k < lines; k++) {
        text.append(record(random)).append('\n');
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      List<String> fast = scan(bytes, true, plain);
      List<String> slow = scan(bytes, false, plain);
      assertThat(fast).as("file %d:%n%s", file, text).isEqualTo(slow);
    }
    assertThat(plain[0]).as("records read by the fast path").isGreaterThan(plain[1] / 4);
  }

  /** Every cell of every column, in batches of 4 rows; {@code fast}: plain records fast. */
  private static List<String> scan(byte[] bytes, boolean fast, int[] plain)
      throws IOException, DataProblem {
    return JsonLinesScans.scan(contract(), bytes, 4,
        walker -> fast ? JacksonOnly.counting(walker, plain) : new JacksonOnly(walker));
  }

  private static final String[] VALUES = {"0", "-0", "7", "-42", "123456789012345678",
      "1234567890123456789", "-9223372036854775808", "99999999999999999999", "0.5", "-0.0", "1e9999999999", "1e-2147483648", "-1E+999999999",
      "1e5", "2E-3", "-12.25e+2", "1e400", "0.1234", "123.4567", "true", "false", "null",
      "\"\"", "\"plain\"", "\"a\\\"b\\\\c\\/d\\te\\nf\"", "\"2026-01-02T03:04:05Z\"",
      "\"2026-01-02\"", "\"2026-13-45\"", "\"aGVsbG8=\"", "\"not base64!\"", "\"12\"",
      "\"\\u0041\"", "\"é\"", "{}", "{\"x\":1}", "{\"x\":\"s\",\"y\":[1,{}]}", "[]", "[1,\"a\"]",
      "\"x\u007fy\"",
      // escaped strings longer than the scan's first character buffer (64)
      "\"" + "a".repeat(70) + "\\n" + "b".repeat(10) + "\"",
      "\"2026-01-02T03:04:05" + "0".repeat(60) + "\\/Z\""};

  private static String record(Random random) {
    StringBuilder out = new StringBuilder("{");
    int n = random.nextInt(9);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        out.append(',');
      }
      out.append('"').append(KEYS[random.nextInt(KEYS.length)]).append("\":")
          .append(VALUES[random.nextInt(VALUES.length)]);
    }
    out.append('}');
    String s = out.toString();
    if (random.nextInt(15) == 0) {
      s = s.substring(0, random.nextInt(s.length() + 1)); // broken
    }
    return s;
  }
}
