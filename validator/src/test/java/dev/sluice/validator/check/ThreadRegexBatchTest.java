package dev.sluice.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch of UTF-8 values judged at once gives, value for value, what judging each alone gives:
 * whatever their layout (PLAIN pages with length prefixes, packed copies, gaps, any order),
 * nulls, non-ASCII text, lengths past 127 and values at the very end of the array; for patterns
 * whose whole-value run scans across values ({@code ^C*$}) and for others.
 */
class ThreadRegexBatchTest {
  private static final String ALPHABET = "abcdefXYZ019 .@-_\u00e9\u20ac\t";

  @ParameterizedTest
  @ValueSource(strings = {"^[^A-Z]*$", "^[a-z0-9._@ -]*$", "^[^@]*$", "^\\S*$", "^.*$",
      "^[a-z]+@[a-z]+$", "[A-Z]", "^$"})
  void aBatchIsJudgedAsItsValuesOneByOne(String pattern) {
    ThreadRegex regex = new ThreadRegex(Pattern.compile(pattern));
    SplittableRandom random = new SplittableRandom(pattern.hashCode());
    for (int trial = 0; trial < 300; trial++) {
      int n = random.nextInt(1, 60);
      List<byte[]> values = new ArrayList<>();
      boolean[] nulls = new boolean[n];
      for (int i = 0; i < n; i++) {
        nulls[i] = random.nextInt(8) == 0;
        values.add(text(random).getBytes(StandardCharsets.UTF_8));
      }
      int layout = trial % 4; // 0 prefixed (PLAIN), 1 packed, 2 gaps, 3 shuffled
      byte[] bytes = new byte[n * 300 + 8];
      int[] starts = new int[n];
      int[] lengths = new int[n];
      int at = 0;
      int[] order = order(n, layout == 3, random);
      for (int j = 0; j < n; j++) {
        int i = order[j];
        byte[] v = values.get(i);
        if (layout == 0) {
          bytes[at++] = (byte) v.length;
          bytes[at++] = (byte) (v.length >>> 8);
          at += 2;
        } else if (layout >= 2) {
          for (int g = random.nextInt(4); g > 0; g--) {
            bytes[at++] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length()));
          }
        }
        System.arraycopy(v, 0, bytes, at, v.length);
        starts[i] = at;
        lengths[i] = v.length;
        at += v.length;
      }
      if (trial % 5 == 0) {
        bytes = java.util.Arrays.copyOf(bytes, at); // the last value ends the array
      }
      int[] missing = new int[n];
      int k = regex.missingUtf8(bytes, starts, lengths, nulls, n, missing);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!nulls[i] && !regex.findUtf8(bytes, starts[i], lengths[i])) {
          expected.add(i);
        }
      }
      List<Integer> got = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        got.add(missing[j]);
      }
      assertThat(got).as("trial %d, layout %d", trial, layout).isEqualTo(expected);
    }
  }

  private static String text(SplittableRandom random) {
    int length = random.nextInt(10) == 0 ? random.nextInt(120, 200) : random.nextInt(0, 40);
    StringBuilder s = new StringBuilder();
    boolean plain = random.nextInt(3) > 0; // most values within [a-z0-9 .@-_]
    for (int i = 0; i < length; i++) {
      s.append(plain ? "abcdef019 .@-_".charAt(random.nextInt(14))
          : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  private static int[] order(int n, boolean shuffle, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; shuffle && i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
