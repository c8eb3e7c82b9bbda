package dev.sluice.validator.distinct;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XxHash64Test {
  /** XXH64 (seed 0) of the bytes 0, 1, 2, ... of each length, from the reference algorithm. */
  private static final long[][] VECTORS = {
    {0, 0xEF46DB3751D8E999L}, {1, 0xE934A84ADB052768L}, {3, 0xE5C7BB4533BC65DDL},
    {4, 0xFFCED8604453CC1EL}, {7, 0x14CC643F630C72D2L}, {8, 0x884A173614B81B8DL},
    {15, 0xA948F5F0F6ABAC2DL}, {31, 0xC346D2B59B4D8EE1L}, {32, 0xCBF59C5116FF32B4L},
    {33, 0x0C535D1ACAFB8EADL}, {63, 0xE26AA9E2A95F8E4FL}, {64, 0xF7C67301DB6713F0L},
    {100, 0x6AC1E58032166597L},
  };

  @Test
  void matchesTheReferenceAtEveryTailLength() {
    byte[] bytes = new byte[110];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    for (long[] vector : VECTORS) {
      assertThat(XxHash64.hash(bytes, 0, (int) vector[0]))
          .as("length %d", vector[0])
          .isEqualTo(vector[1]);
    }
  }

  @Test
  void hashesOnlyTheGivenRange() {
    byte[] shifted = new byte[110];
    for (int i = 0; i < 100; i++) {
      shifted[i + 5] = (byte) i;
    }
    shifted[0] = 99;
    shifted[109] = 99;
    assertThat(XxHash64.hash(shifted, 5, 100)).isEqualTo(0x6AC1E58032166597L);
  }
}
