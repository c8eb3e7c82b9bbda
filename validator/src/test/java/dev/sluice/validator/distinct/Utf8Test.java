package dev.sluice.validator.distinct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void agreesWithTheJdkOnWellFormedText() {
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        int[] bounds = {0x80, 0x800, 0xD800, 0x110000};
        int cp = random.nextInt(bounds[random.nextInt(bounds.length)]);
        text.appendCodePoint(Character.isSurrogate((char) cp) && cp < 0x10000 ? 'x' : cp);
      }
      String s = text.toString();
      assertThat(encode(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void writesLoneSurrogatesAsThreeBytesOfTheirOwn() {
    assertThat(encode("\uD800")).containsExactly(0xED, 0xA0, 0x80);
    assertThat(encode("\uDC00\uD800")).containsExactly(0xED, 0xB0, 0x80, 0xED, 0xA0, 0x80);
    assertThat(encode("a\uD83D")).isNotEqualTo(encode("a?"));
  }

  private static byte[] encode(String s) {
    byte[] buffer = new byte[Utf8.MAX_BYTES_PER_CHAR * s.length() + 4];
    return Arrays.copyOf(buffer, Utf8.encode(s, buffer, 0));
  }
}
