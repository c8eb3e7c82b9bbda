package dev.sluice.cli;

import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Sample;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inline SVG charts of the HTML report. They draw only what the report holds: the share of
 * failing rows per check, an observed metric against its threshold, and the sampled values that
 * broke a minimum or maximum (the bounds themselves live in the contract, not in the report).
 */
final class HtmlCharts {
  private static final int WIDTH = 560;
  private static final int LABEL = 190;
  private static final int ROW = 22;
  private static final double[] SCALES = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1};

  private HtmlCharts() {}

  /** Bars of failedRows / rowCount for the checks that count rows; empty when none do. */
  static String shares(List<CheckResult> checks, long rowCount) {
    List<CheckResult> counted = checks.stream().filter(c -> c.failedRows() != null).toList();
    if (counted.isEmpty() || rowCount <= 0) {
      return "";
    }
    double max = counted.stream().mapToDouble(c -> share(c, rowCount)).max().orElse(0);
    double scale = scale(max);
    int height = ROW * counted.size() + 22;
    StringBuilder svg = open(height, "Share of failing rows per check, axis 0 to "
        + Html.percent(scale));
    double plot = WIDTH - LABEL - 70;
    svg.append(axisLabel(LABEL, 12, "0")).append(axisLabel(LABEL + plot, 12, Html.percent(scale)));
    for (int i = 0; i < counted.size(); i++) {
      CheckResult c = counted.get(i);
      double s = share(c, rowCount);
      double w = s == 0 ? 0 : Math.max(1.5, plot * s / scale);
      int y = 18 + ROW * i;
      svg.append("<g class=\"s-").append(c.status().json()).append("\"><title>")
          .append(Html.text(c.id() + ": " + Html.count(c.failedRows()) + " of "
              + Html.count(rowCount) + " rows"))
          .append("</title><text class=\"lbl\" x=\"0\" y=\"").append(y + 14).append("\">")
          .append(Html.text(c.kind().json())).append("</text><rect class=\"track\" x=\"")
          .append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(Html.svg(plot))
          .append("\" height=\"14\"/><rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"")
          .append(y + 3).append("\" width=\"").append(Html.svg(w)).append("\" height=\"14\"/>")
          .append("<text class=\"val\" x=\"").append(Html.svg(LABEL + plot + 6)).append("\" y=\"")
          .append(y + 14).append("\">").append(Html.percent(s)).append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  /** The observed metric on a scale with the allowed range shaded; empty if nothing to draw. */
  static String gauge(CheckResult c) {
    if (c.observed() == null || !Double.isFinite(c.observed().doubleValue())) {
      return "";
    }
    return Optional.ofNullable(c.expected()).map(ThresholdBounds::new)
        .filter(ThresholdBounds::worthDrawing)
        .map(t -> "<p class=\"caption\"><code>" + Html.text(c.id()) + "</code>: observed "
            + Html.number(c.observed()) + (t.percent() ? " %" : "") + " against "
            + Html.text(c.threshold()) + " (allowed range shaded)</p>"
            + t.gauge(c.observed(), c.status().json(), c.id()))
        .orElse("");
  }

  /** Sampled values that broke a minimum or maximum, on one number line; empty if none. */
  static String outOfRange(List<CheckResult> checks) {
    List<double[]> points = new ArrayList<>(); // {value, 0 = below minimum, 1 = above maximum}
    for (CheckResult c : checks) {
      if (c.kind() == CheckKind.MINIMUM || c.kind() == CheckKind.MAXIMUM) {
        for (Sample s : c.samples()) {
          numeric(s.value()).ifPresent(v ->
              points.add(new double[] {v, c.kind() == CheckKind.MINIMUM ? 0 : 1}));
        }
      }
    }
    if (points.isEmpty()) {
      return "";
    }
    double lo = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
    double hi = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
    Scale x = Scale.linear(lo == hi ? lo - 1 : lo, lo == hi ? hi + 1 : hi, 20, WIDTH - 20);
    StringBuilder svg = open(58, "Sampled values outside the contract's minimum or maximum");
    svg.append("<line class=\"axis\" x1=\"20\" y1=\"30\" x2=\"").append(WIDTH - 20)
        .append("\" y2=\"30\"/>");
    for (double[] p : points) {
      svg.append("<circle class=\"").append(p[1] == 0 ? "below" : "above").append("\" cx=\"")
          .append(Html.svg(x.at(p[0]))).append("\" cy=\"30\" r=\"5\"><title>")
          .append(p[1] == 0 ? "below the minimum: " : "above the maximum: ")
          .append(Html.text(plain(p[0])))
          .append("</title></circle>");
    }
    svg.append(centred(x.at(lo), 52, plain(lo)));
    if (hi != lo) {
      svg.append(centred(x.at(hi), 52, plain(hi)));
    }
    return svg.append("</svg>").toString();
  }

  static StringBuilder open(int height, String label) {
    return new StringBuilder("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" aria-label=\"").append(Html.text(label)).append("\">");
  }

  static String axisLabel(double x, int y, String text) {
    return "<text class=\"lbl\" x=\"" + Html.svg(x) + "\" y=\"" + y + "\">" + Html.text(text)
        + "</text>";
  }

  private static String centred(double x, int y, String text) {
    return "<text class=\"lbl mid\" x=\"" + Html.svg(x) + "\" y=\"" + y + "\">" + Html.text(text)
        + "</text>";
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static int width() {
    return WIDTH;
  }

  private static double share(CheckResult c, long rowCount) {
    Long failed = c.failedRows();
    return failed == null ? 0 : Math.min(1, (double) failed / rowCount);
  }

  /** The smallest of 1, 2, 5, 10, 20, 50, 100 % that holds {@code max}. */
  private static double scale(double max) {
    for (double s : SCALES) {
      if (max <= s) {
        return s;
      }
    }
    return 1;
  }

  private static java.util.Optional<Double> numeric(String value) {
    try {
      double v = new BigDecimal(value.trim()).doubleValue();
      return Double.isFinite(v) ? java.util.Optional.of(v) : java.util.Optional.empty();
    } catch (NumberFormatException e) {
      return java.util.Optional.empty(); // masked (***), null, dates: not on a number line
    }
  }

  /** Maps values to x coordinates, linearly or on a log scale. */
  record Scale(double lo, double hi, double left, double right, boolean log) {
    static Scale linear(double lo, double hi, double left, double right) {
      return new Scale(lo, hi, left, right, false);
    }

    double at(double value) {
      double v = log ? Math.log10(Math.max(value, lo)) : value;
      double a = log ? Math.log10(lo) : lo;
      double b = log ? Math.log10(hi) : hi;
      double t = b == a ? 0.5 : (v - a) / (b - a);
      return left + Math.max(0, Math.min(1, t)) * (right - left);
    }
  }
}
