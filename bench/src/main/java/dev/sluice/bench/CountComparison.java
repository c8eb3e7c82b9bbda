package dev.sluice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compares two sets of counts check by check over {@link BenchChecks#NAMES}; a check missing
 * from either side is a mismatch too.
 */
public final class CountComparison {
  private CountComparison() {}

  /** One check on which the two sides disagree ({@code null} = the side has no such check). */
  public record Mismatch(
      String check, String leftName, @Nullable Long left, String rightName, @Nullable Long right) {
    @Override
    public String toString() {
      return check + ": " + leftName + " " + text(left) + ", " + rightName + " " + text(right);
    }

    private static String text(@Nullable Long count) {
      return count == null ? "(no such check)" : String.format("%,d", count);
    }
  }

  /** Every disagreement, in check order; empty when the counts are equal. */
  public static List<Mismatch> compare(String leftName, Map<String, Long> left,
      String rightName, Map<String, Long> right) {
    List<Mismatch> mismatches = new ArrayList<>();
    for (String check : BenchChecks.NAMES) {
      Long l = left.get(check);
      Long r = right.get(check);
      if (l == null || !l.equals(r)) {
        mismatches.add(new Mismatch(check, leftName, l, rightName, r));
      }
    }
    return mismatches;
  }
}
