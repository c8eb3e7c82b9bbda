package dev.sluice.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The automaton answers exactly what RE2J's find() answers, on patterns it accepts. */
class RegexDfaTest {
  private static final String ALPHABET = "aAbBzZ09_-.@ \n\t|()[]{}*+?^$\\é中";

  @ParameterizedTest
  @ValueSource(strings = {
      "^[^A-Z]*$", "^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$", "^\\d{3}-\\d{4}$", "a", "^a", "a$",
      "^$", "", ".", "^.$", "^(foo|bar)baz?$", "(ab|cd)+", "a{2,3}", "a{2,}", "a{2}", "[\\w.-]+@",
      "\\.", "^[^@\\s]+@[^@\\s]+$", "[]a]", "[a-]", "[-a]", "^(?:x|yz)*$", "a+?b", "\\s", "[^\\n]+",
      "^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$", "(a|)b", "x*", "^\\$\\^$", "[\\d\\s]+", "[é-中]"})
  void agreesWithRe2jOnRandomText(String pattern) {
    RegexDfa dfa = RegexDfa.compile(pattern).orElseThrow(() -> new AssertionError("not compiled: " + pattern));
    Pattern re2 = Pattern.compile(pattern);
    ThreadRegex regex = new ThreadRegex(re2);
    SplittableRandom random = new SplittableRandom(pattern.hashCode());
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);
      int found = dfa.find(text);
      assertThat(found).as("%s on %s", pattern, text).isNotEqualTo(RegexDfa.UNSURE);
      assertThat(found == 1).as("%s on '%s'", pattern, text).isEqualTo(re2.matcher(text).find());
      byte[] utf8 = ("<" + text + ">").getBytes(StandardCharsets.UTF_8);
      int fromBytes = dfa.findUtf8(utf8, 1, utf8.length - 2);
      // a dead state met before the first non-ASCII byte is final: it may answer 0 there
      if (text.chars().allMatch(c -> c < 128) || fromBytes != RegexDfa.UNSURE) {
        assertThat(fromBytes).as("%s on UTF-8 '%s'", pattern, text).isEqualTo(found);
      }
      assertThat(regex.findUtf8(utf8, 1, utf8.length - 2)).isEqualTo(found == 1);
    }
  }

  @Test
  void leavesRe2jFeaturesToRe2j() {
    for (String pattern : List.of("(?i)abc", "\\bword\\b", "\\p{L}+", "a|^b", "a^b", "(?P<x>a)", "a**",
        "[[:alpha:]]", "\\x41", "(a", "a$b")) {
      assertThat(RegexDfa.compile(pattern)).as(pattern).isEmpty();
    }
  }

  @Test
  void textOutsideTheBasicPlaneIsLeftToRe2j() {
    RegexDfa dfa = RegexDfa.compile("^.$").orElseThrow();
    assertThat(dfa.find("\uD83D\uDE00")).isEqualTo(RegexDfa.UNSURE);
    ThreadRegex regex = new ThreadRegex(Pattern.compile("^.$"));
    assertThat(regex.find("\uD83D\uDE00")).isTrue();
    assertThat(regex.find("ab")).isFalse();
    byte[] smiley = "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
    assertThat(dfa.findUtf8(smiley, 0, smiley.length)).isEqualTo(RegexDfa.UNSURE);
    assertThat(regex.findUtf8(smiley, 0, smiley.length)).isTrue();
  }

  private static String randomText(SplittableRandom random) {
    int length = random.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(ALPHABET.length() + 6);
      if (pick < ALPHABET.length()) {
        sb.append(ALPHABET.charAt(pick));
      } else {
        sb.append("foobarcdxyzab".charAt(random.nextInt(13)));
      }
    }
    return sb.toString();
  }
}
