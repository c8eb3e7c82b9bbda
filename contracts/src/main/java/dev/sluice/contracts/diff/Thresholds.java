package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeSet;

/**
 * Orders two thresholds by the metric values they accept. Each accepts a union of intervals whose
 * ends are its operands, so testing every operand, a point between each two neighbours and a
 * point beyond each end decides inclusion exactly. Row-count metrics are whole and not negative;
 * for them only such numbers are tried, so {@code mustBe 0} equals {@code mustBeLessThan 1}.
 */
final class Thresholds {
  /** How the new threshold's accepted set relates to the old one's. */
  enum Relation {
    SAME,
    TIGHTER,
    LOOSER,
    OTHER
  }

  private Thresholds() {}

  static Relation relation(Threshold oldT, Threshold newT, boolean counts) {
    boolean newWithinOld = true;
    boolean oldWithinNew = true;
    for (BigDecimal p : points(oldT, newT, counts)) {
      boolean o = oldT.test(p);
      boolean n = newT.test(p);
      newWithinOld &= !n || o;
      oldWithinNew &= !o || n;
    }
    if (newWithinOld && oldWithinNew) {
      return Relation.SAME;
    }
    return newWithinOld ? Relation.TIGHTER : oldWithinNew ? Relation.LOOSER : Relation.OTHER;
  }

  private static TreeSet<BigDecimal> points(Threshold a, Threshold b, boolean counts) {
    TreeSet<BigDecimal> operands = new TreeSet<>(a.operands());
    operands.addAll(b.operands());
    TreeSet<BigDecimal> points = new TreeSet<>();
    BigDecimal previous = null;
    for (BigDecimal c : operands) {
      if (counts) {
        BigDecimal floor = c.setScale(0, RoundingMode.FLOOR);
        points.addAll(List.of(floor.subtract(BigDecimal.ONE), floor, floor.add(BigDecimal.ONE),
            c.setScale(0, RoundingMode.CEILING)));
      } else {
        points.addAll(List.of(c, c.subtract(BigDecimal.ONE), c.add(BigDecimal.ONE)));
        if (previous != null) {
          points.add(previous.add(c).divide(BigDecimal.valueOf(2)));
        }
      }
      previous = c;
    }
    if (counts) {
      points.add(BigDecimal.ZERO);
      points.removeIf(p -> p.signum() < 0);
    }
    return points;
  }
}
