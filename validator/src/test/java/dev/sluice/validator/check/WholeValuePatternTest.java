package dev.sluice.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch's verdicts for ^C*$-like patterns equal RE2J's find(), newlines at value ends too. */
class WholeValuePatternTest {
  private static final String[] PIECES = {"a", "b", "Z", "\n", "\r", " ", "", "\u00e9", "@",
      "\t", "x\n", "\nx"};

  @ParameterizedTest
  @ValueSource(strings = {"^[^A-Z]*$", "^.*$", "^[a-z]*$", "^\\S*$", "(?m)^[a-z]*$",
      "^[^\\n]*$", "\\A[a-z\\n]*\\z", "^[a-z\\n]*\\z", "(?s)^.*$", "^(?:[a-z]|\\n)*$",
      "(?i)^[a-z]*$", "^[a-z\\n]*$", "^[^\\r]*$", "^\\D*$", "^[[:^upper:]]*$", "^\\PL*$",
      "^(?:a|b)*$", "^[a-z]*$|^$", "^(?:)$|^[a-z]*$"})
  void batchesAgreeWithRe2j(String pattern) {
    Pattern re2 = Pattern.compile(pattern);
    ThreadRegex regex = new ThreadRegex(re2);
    SplittableRandom random = new SplittableRandom(42);
    for (int trial = 0; trial < 500; trial++) {
      int n = random.nextInt(1, 20);
      List<String> values = new ArrayList<>();
      byte[] bytes = new byte[n * 200 + 16];
      int[] starts = new int[n];
      int[] lengths = new int[n];
      boolean[] nulls = new boolean[n];
      int at = 0;
      for (int i = 0; i < n; i++) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(0, 20); k > 0; k--) {
          String p = PIECES[random.nextInt(PIECES.length)];
          b.append(random.nextInt(3) == 0 ? p : "ab");
        }
        if (random.nextBoolean()) {
          b.append('\n');
        }
        String v = b.toString();
        values.add(v);
        byte[] u = v.getBytes(StandardCharsets.UTF_8);
        bytes[at++] = (byte) u.length; // a PLAIN length prefix
        at += 3;
        System.arraycopy(u, 0, bytes, at, u.length);
        starts[i] = at;
        lengths[i] = u.length;
        at += u.length;
      }
      int[] missing = new int[n];
      int k = regex.missingUtf8(bytes, starts, lengths, nulls, n, missing);
      List<Integer> got = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        got.add(missing[j]);
      }
      List<Integer> want = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!re2.matcher(values.get(i)).find()) {
          want.add(i);
        }
      }
      assertThat(got).as(pattern + " " + values).isEqualTo(want);
    }
  }
}
