package dev.sluice.validator.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check agrees with the JDK's strict decoder. */
class Utf8ValidatorTest {

  /** Whether the JDK's strict decoder takes the bytes as UTF-8. */
  static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean accepts(byte[] bytes) {
    Utf8Validator utf8 = new Utf8Validator();
    for (byte b : bytes) {
      if (!utf8.accept(b & 0xFF)) {
        return false;
      }
    }
    return utf8.complete();
  }

  @Test
  void agreesWithTheJdkOnRandomBytes() {
    Random random = new Random(3);
    int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
        0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90};
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = new byte[random.nextInt(6)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
            : random.nextInt(256));
      }
      assertThat(accepts(bytes)).as(java.util.HexFormat.of().formatHex(bytes))
          .isEqualTo(jdkAccepts(bytes));
    }
  }

  @Test
  void acceptsEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x3000 ? 1 : 17) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      assertThat(accepts(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)))
          .as("U+%04X", cp).isTrue();
    }
  }

  @Test
  void streamNamesTheLineOfTheFirstBadByte() {
    byte[] bytes = {'[', '\n', '1', ',', '\n', (byte) 0xC3, '(', ']'};
    assertThatThrownBy(() -> new Utf8Validator.CheckedStream(new ByteArrayInputStream(bytes))
        .readAllBytes())
        .isInstanceOf(IOException.class)
        .hasMessage("line 3: not UTF-8 (byte 0x28); only UTF-8 is read");
    byte[] cut = {'a', (byte) 0xE2, (byte) 0x82};
    assertThatThrownBy(() -> new Utf8Validator.CheckedStream(new ByteArrayInputStream(cut))
        .readAllBytes()).hasMessageContaining("ends inside a character");
  }
}
