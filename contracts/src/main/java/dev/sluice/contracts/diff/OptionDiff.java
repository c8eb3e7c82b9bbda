package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.LogicalTypeOptions;
import dev.sluice.contracts.model.LogicalTypeOptions.Bound;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Compares {@code logicalTypeOptions}: ranges, lengths, multipleOf, pattern, format, the rest. */
final class OptionDiff {
  private OptionDiff() {}

  static void compare(String path, LogicalTypeOptions o, LogicalTypeOptions n, ChangeList out) {
    bound(path + ".minimum", o.lower(), n.lower(), true, out);
    bound(path + ".maximum", o.upper(), n.upper(), false, out);
    length(path + ".minLength", o.minLength(), n.minLength(), true, out);
    length(path + ".maxLength", o.maxLength(), n.maxLength(), false, out);
    multipleOf(path + ".multipleOf", o.multipleOf(), n.multipleOf(), out);
    out.facet(path + ".pattern", o.pattern(), n.pattern(), ChangeKind.PATTERN_ADDED,
        ChangeKind.PATTERN_REMOVED, ChangeKind.PATTERN_CHANGED);
    out.facet(path + ".format", o.format(), n.format(), ChangeKind.FORMAT_ADDED,
        ChangeKind.FORMAT_REMOVED, ChangeKind.FORMAT_CHANGED);
    other(path + ".timezone", o.timezone(), n.timezone(), out);
    TreeSet<String> keys = new TreeSet<>(o.other().keySet());
    keys.addAll(n.other().keySet());
    keys.forEach(k -> other(path + "." + k, o.other().get(k), n.other().get(k), out));
  }

  private static void other(String path, @Nullable Object o, @Nullable Object n, ChangeList out) {
    if (!Objects.equals(o, n)) {
      out.add(path, ChangeKind.OPTION_CHANGED, o, n);
    }
  }

  /** A lower bound narrows when it rises or becomes exclusive; an upper one when it falls. */
  private static void bound(String path, @Nullable Bound o, @Nullable Bound n, boolean lower,
      ChangeList out) {
    if (o == null || n == null) {
      out.appeared(path, o, n, ChangeKind.RANGE_NARROWED, ChangeKind.RANGE_WIDENED);
      return;
    }
    Optional<Integer> order = Bounds.compare(n.value(), o.value());
    if (order.isEmpty()) {
      out.add(path, ChangeKind.RANGE_CHANGED, o, n);
      return;
    }
    int narrower = lower ? order.get() : -order.get();
    if (narrower == 0) {
      narrower = Boolean.compare(n.exclusive(), o.exclusive());
    }
    if (narrower != 0) {
      out.add(path, narrower > 0 ? ChangeKind.RANGE_NARROWED : ChangeKind.RANGE_WIDENED, o, n);
    }
  }

  private static void length(String path, @Nullable Integer o, @Nullable Integer n, boolean min,
      ChangeList out) {
    if (o == null || n == null) {
      out.appeared(path, o, n, ChangeKind.LENGTH_NARROWED, ChangeKind.LENGTH_WIDENED);
    } else if (!o.equals(n)) {
      boolean narrower = min ? n > o : n < o;
      out.add(path, narrower ? ChangeKind.LENGTH_NARROWED : ChangeKind.LENGTH_WIDENED, o, n);
    }
  }

  /** Every multiple of {@code n} is a multiple of {@code o} exactly when {@code n % o == 0}. */
  private static void multipleOf(String path, @Nullable Object o, @Nullable Object n,
      ChangeList out) {
    if (o == null || n == null || !(o instanceof BigDecimal) || !(n instanceof BigDecimal)) {
      out.facet(path, o, n, ChangeKind.MULTIPLE_OF_NARROWED, ChangeKind.MULTIPLE_OF_WIDENED,
          ChangeKind.MULTIPLE_OF_CHANGED);
      return;
    }
    BigDecimal oldStep = (BigDecimal) o;
    BigDecimal newStep = (BigDecimal) n;
    if (oldStep.compareTo(newStep) == 0) {
      return;
    }
    ChangeKind kind = divides(oldStep, newStep) ? ChangeKind.MULTIPLE_OF_NARROWED
        : divides(newStep, oldStep) ? ChangeKind.MULTIPLE_OF_WIDENED
        : ChangeKind.MULTIPLE_OF_CHANGED;
    out.add(path, kind, o, n);
  }

  private static boolean divides(BigDecimal divisor, BigDecimal value) {
    return divisor.signum() != 0 && value.remainder(divisor).signum() == 0;
  }
}
