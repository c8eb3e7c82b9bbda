package dev.sluice.validator.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time searches agree with a byte loop, at every alignment and length. */
class ByteScanTest {

  private static int naiveIndexOf(byte[] buf, int from, int to, byte b) {
    for (int p = from; p < to; p++) {
      if (buf[p] == b) {
        return p;
      }
    }
    return -1;
  }

  private static int naiveAsciiEnd(byte[] buf, int from, int to) {
    int p = from;
    while (p < to && buf[p] >= 0) {
      p++;
    }
    return p;
  }

  /** Mostly one filler byte, a few others: matches land anywhere in a word, or nowhere. */
  private static byte[] sparse(Random random, int length, byte filler, byte[] others) {
    byte[] buf = new byte[length];
    for (int i = 0; i < length; i++) {
      buf[i] = random.nextInt(12) == 0 ? others[random.nextInt(others.length)] : filler;
    }
    return buf;
  }

  @Test
  void indexOfFindsTheFirstMatchLikeAByteLoop() {
    Random random = new Random(11);
    byte[] others = {'\n', 0x0B, 0x09, (byte) 0x8A, (byte) 0xFF, 0, 0x0A + 0x10};
    for (int run = 0; run < 20_000; run++) {
      byte[] buf = sparse(random, random.nextInt(40), (byte) 'a', others);
      int from = buf.length == 0 ? 0 : random.nextInt(buf.length + 1);
      int to = from + random.nextInt(buf.length - from + 1);
      for (byte b : new byte[] {'\n', 0, (byte) 0xFF, (byte) 'a'}) {
        assertThat(ByteScan.indexOf(buf, from, to, b))
            .as("run %d, byte %d", run, b).isEqualTo(naiveIndexOf(buf, from, to, b));
      }
    }
  }

  @Test
  void lastIndexOfCountAndRunEndAgreeWithByteLoops() {
    Random random = new Random(14);
    byte[] others = {',', '"', '\r', '\n', 0x2D, (byte) (0x0D + 0x80), (byte) 0xAC, 0x01, 0};
    for (int run = 0; run < 20_000; run++) {
      byte[] buf = sparse(random, random.nextInt(40), (byte) 'q', others);
      int from = buf.length == 0 ? 0 : random.nextInt(buf.length + 1);
      int to = from + random.nextInt(buf.length - from + 1);
      int last = -1;
      int count = 0;
      int runEnd = to;
      for (int p = from; p < to; p++) {
        if (buf[p] == ',') {
          last = p;
          count++;
        }
        if (runEnd == to && (buf[p] == '\r' || buf[p] == '\n' || buf[p] == '"' || buf[p] < 0)) {
          runEnd = p;
        }
      }
      assertThat(ByteScan.lastIndexOf(buf, from, to, (byte) ',')).as("run %d", run).isEqualTo(last);
      assertThat(ByteScan.count(buf, from, to, (byte) ',')).as("run %d", run).isEqualTo(count);
      assertThat(ByteScan.runEnd(buf, from, to, (byte) '\r', (byte) '\n', (byte) '"'))
          .as("run %d", run).isEqualTo(runEnd);
    }
  }

  @Test
  void asciiEndStopsAtTheFirstHighByteLikeAByteLoop() {
    Random random = new Random(12);
    byte[] others = {(byte) 0x80, (byte) 0xC3, (byte) 0xFF, 0x7F, 0};
    for (int run = 0; run < 20_000; run++) {
      byte[] buf = sparse(random, random.nextInt(40), (byte) 'x', others);
      int from = buf.length == 0 ? 0 : random.nextInt(buf.length + 1);
      int to = from + random.nextInt(buf.length - from + 1);
      assertThat(ByteScan.asciiEnd(buf, from, to)).as("run %d", run)
          .isEqualTo(naiveAsciiEnd(buf, from, to));
    }
  }

  @Test
  void theLineCheckAgreesWithTheJdkWhereAsciiRunsAreSkipped() {
    Random random = new Random(13);
    byte[][] pieces = {"plain ascii text".getBytes(StandardCharsets.UTF_8),
        "é".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
        "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, {(byte) 0xF4, (byte) 0x90}};
    for (int run = 0; run < 5_000; run++) {
      ByteBuffer out = ByteBuffer.allocate(400);
      for (int k = random.nextInt(12); k > 0; k--) {
        out.put(pieces[random.nextInt(pieces.length)]);
      }
      byte[] line = java.util.Arrays.copyOf(out.array(), out.position());
      assertThat(JsonRecords.utf8Problem(line, 0, line.length) == null).as("run %d", run)
          .isEqualTo(Utf8ValidatorTest.jdkAccepts(line));
    }
  }
}
