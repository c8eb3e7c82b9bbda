package dev.sluice.contracts.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH[-PRERELEASE]} ordered by SemVer 2.0.0 precedence (a
 * pre-release sorts before its release; numeric identifiers compare as numbers and sort before
 * alphanumeric ones). Build metadata ({@code +...}) is refused: two versions differing only in it
 * would have the same precedence, and a registry needs one file per version.
 */
public record SemanticVersion(long major, long minor, long patch, String preRelease)
    implements Comparable<SemanticVersion> {

  private static final String IDENTIFIER = "(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)";
  private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})"
      + "\\.(0|[1-9]\\d{0,17})(?:-(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*))?");
  private static final int MAX_LENGTH = 128;

  /** Parses a version, or empty when it is not {@code MAJOR.MINOR.PATCH[-PRERELEASE]}. */
  public static Optional<SemanticVersion> parse(String text) {
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher m = SEMVER.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SemanticVersion(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)), m.group(4) == null ? "" : m.group(4)));
  }

  @Override
  public int compareTo(SemanticVersion other) {
    int c = Long.compare(major, other.major);
    c = c != 0 ? c : Long.compare(minor, other.minor);
    c = c != 0 ? c : Long.compare(patch, other.patch);
    return c != 0 ? c : comparePreRelease(preRelease, other.preRelease);
  }

  private static int comparePreRelease(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty()); // a release sorts after its pre-releases
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareIdentifier(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareIdentifier(String a, String b) {
    boolean numA = a.chars().allMatch(Character::isDigit);
    boolean numB = b.chars().allMatch(Character::isDigit);
    if (numA && numB) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return numA != numB ? (numA ? -1 : 1) : a.compareTo(b);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
  }
}
