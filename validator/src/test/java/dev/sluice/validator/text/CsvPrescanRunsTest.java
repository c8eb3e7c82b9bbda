package dev.sluice.validator.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.DataProblem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prescan skips runs of plain field data instead of stepping through them: on random CSV
 * text (quotes, delimiters, CR, LF, multi-byte and broken UTF-8, over-long fields) it finds the
 * same records, fields and parts, or fails with the same message, as stepping byte by byte.
 */
class CsvPrescanRunsTest {
  private static final byte[][] PIECES = {
      "a".getBytes(StandardCharsets.UTF_8), "bcd".getBytes(StandardCharsets.UTF_8),
      ",".getBytes(StandardCharsets.UTF_8), "\"".getBytes(StandardCharsets.UTF_8),
      "\"\"".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
      "\r\n".getBytes(StandardCharsets.UTF_8), "\r".getBytes(StandardCharsets.UTF_8),
      "\u00e9".getBytes(StandardCharsets.UTF_8), "\u20ac".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, " ".getBytes(StandardCharsets.UTF_8)};

  @TempDir Path dir;

  @Test
  void skippingRunsFindsWhatSteppingFinds() throws Exception {
    Random random = new Random(5);
    int failures = 0;
    for (int round = 0; round < 3_000; round++) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      int pieces = random.nextInt(60);
      boolean clean = random.nextInt(3) > 0; // mostly well-formed rows
      for (int i = 0; i < pieces; i++) {
        byte[] piece = clean ? PIECES[new int[] {0, 1, 2, 2, 5, 6, 8, 12}[random.nextInt(8)]]
            : PIECES[random.nextInt(PIECES.length)];
        text.write(piece);
      }
      Path file = dir.resolve("r" + round + ".csv");
      Files.write(file, text.toByteArray());
      CsvDialect dialect = new CsvDialect(',', '"', random.nextBoolean());
      long partBytes = 1 + random.nextInt(20);
      String stepped = outcome(file, dialect, partBytes, false);
      assertThat(outcome(file, dialect, partBytes, true)).as("round %d: %s", round,
          new String(text.toByteArray(), StandardCharsets.ISO_8859_1)).isEqualTo(stepped);
      failures += stepped.startsWith("problem") ? 1 : 0;
    }
    assertThat(failures).as("malformed inputs among the rounds").isBetween(300, 2_700);
  }

  @Test
  void aFieldOverTheLimitFailsOnItsLineEitherWay() throws Exception {
    Path file = dir.resolve("long.csv");
    byte[] big = new byte[TextFiles.MAX_VALUE + 10];
    java.util.Arrays.fill(big, (byte) 'x');
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    text.write("a,b\n1,\"".getBytes(StandardCharsets.UTF_8));
    text.write(big);
    Files.write(file, text.toByteArray());
    CsvDialect dialect = new CsvDialect(',', '"', true);
    String skipped = outcome(file, dialect, 1 << 20, true);
    assertThat(skipped).isEqualTo(outcome(file, dialect, 1 << 20, false))
        .contains("line 2: a field longer than 32 MiB (a quote that is never closed?)");
  }

  @Test
  void anUnquotedFieldOverTheLimitAndTooManyFieldsFailAlikeEitherWay() throws Exception {
    CsvDialect dialect = new CsvDialect(',', '"', false);
    for (int extra : new int[] {0, 1}) { // exactly the limit, then one byte more
      Path file = dir.resolve("long" + extra + ".csv");
      byte[] big = new byte[TextFiles.MAX_VALUE + extra];
      java.util.Arrays.fill(big, (byte) 'x');
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      text.write("a,b\n1,".getBytes(StandardCharsets.UTF_8));
      text.write(big);
      text.write(",2\n".getBytes(StandardCharsets.UTF_8));
      Files.write(file, text.toByteArray());
      assertThat(outcome(file, dialect, 1 << 20, true))
          .isEqualTo(outcome(file, dialect, 1 << 20, false)).startsWith("problem");
    }
    Path wide = dir.resolve("wide.csv");
    Files.writeString(wide, "a".repeat(1) + ",".repeat(TextFiles.MAX_COLUMNS) + "\n");
    assertThat(outcome(wide, dialect, 1 << 20, true))
        .isEqualTo(outcome(wide, dialect, 1 << 20, false)).contains("fields in a record");
  }

  private static String outcome(Path file, CsvDialect dialect, long partBytes, boolean skips) {
    try {
      return CsvPrescan.run(file, dialect, partBytes, "r.csv", skips).toString();
    } catch (DataProblem e) {
      return "problem " + e.getMessage();
    }
  }
}
