package dev.sluice.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Word-at-a-time skipping stops exactly within the word holding the first byte off the run. */
class AsciiRunTest {
  @Test
  void stopsWithinTheWordOfTheFirstByteOffTheClass() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 2_000; trial++) {
      boolean[] in = randomClass(random);
      AsciiRun run = AsciiRun.of(in);
      assertThat(run).isNotNull();
      byte[] bytes = new byte[random.nextInt(40)];
      for (int k = 0; k < bytes.length; k++) {
        int pick = random.nextInt(100);
        bytes[k] = (byte) (pick < 90 ? member(in, random) : pick < 97 ? random.nextInt(128)
            : 0x80 | random.nextInt(128));
      }
      int from = random.nextInt(bytes.length + 1);
      int end = from + random.nextInt(bytes.length - from + 1); // bytes past end are not looked at
      int naive = from;
      while (naive < end && bytes[naive] >= 0 && in[bytes[naive]]) {
        naive++;
      }
      int skipped = run.skip(bytes, from, end);
      assertThat(skipped).isBetween(from, naive);
      assertThat(naive - skipped < 8 || skipped + 8 > bytes.length).as("stopped early").isTrue();
      if (naive == end && end + 8 <= bytes.length + (end - skipped)) {
        assertThat(skipped).as("a run to the end, with bytes after it").isEqualTo(end);
      }
    }
  }

  @Test
  void classesWithMoreThanTwoGapsOrNoMembersAreNotSkipped() {
    boolean[] none = new boolean[128];
    assertThat(AsciiRun.of(none)).isNull();
    boolean[] threeGaps = new boolean[128];
    java.util.Arrays.fill(threeGaps, true);
    threeGaps['A'] = false;
    threeGaps['M'] = false;
    threeGaps['Z'] = false;
    assertThat(AsciiRun.of(threeGaps)).isNull();
    threeGaps['Z'] = true;
    assertThat(AsciiRun.of(threeGaps)).isNotNull();
  }

  /** All of ASCII but at most two random ranges (edges 0 and 127 included). */
  private static boolean[] randomClass(SplittableRandom random) {
    boolean[] in = new boolean[128];
    java.util.Arrays.fill(in, true);
    int gaps = random.nextInt(3);
    for (int g = 0; g < gaps; g++) {
      int lo = random.nextInt(128);
      int hi = Math.min(127, lo + random.nextInt(30));
      for (int c = lo; c <= hi; c++) {
        in[c] = false;
      }
    }
    boolean any = false;
    for (boolean b : in) {
      any |= b;
    }
    return any ? in : randomClass(random);
  }

  private static int member(boolean[] in, SplittableRandom random) {
    while (true) {
      int c = random.nextInt(128);
      if (in[c]) {
        return c;
      }
    }
  }
}
