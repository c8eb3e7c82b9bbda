package dev.sluice.cli;

import dev.sluice.contracts.model.Threshold;
import dev.sluice.validator.report.Expected;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A check's threshold ({@link Expected}), drawn against the metric it judges. */
record ThresholdBounds(Threshold threshold, boolean percent) {

  ThresholdBounds(Expected expected) {
    this(expected.threshold(), expected.percent());
  }

  /** Row-level rules that tolerate no failing row ({@code mustBe 0}) are the share bars' job. */
  boolean worthDrawing() {
    return (percent || !threshold.toleratesNone())
        && threshold.operands().stream().allMatch(o -> Double.isFinite(o.doubleValue()));
  }

  /** The gauge: the allowed range shaded, the observed value marked in its status colour. */
  String gauge(BigDecimal observed, String status, String id) {
    List<Double> values = new ArrayList<>();
    threshold.operands().forEach(o -> values.add(o.doubleValue()));
    values.add(observed.doubleValue());
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    boolean log = min > 0 && max / min > 1000;
    double lo = log ? min / 2 : Math.min(0, min);
    double hi = log ? max * 2 : (max == lo ? lo + 1 : max + (max - lo) * 0.15);
    HtmlCharts.Scale x = new HtmlCharts.Scale(lo, hi, 20, HtmlCharts.width() - 20, log);
    StringBuilder svg = HtmlCharts.open(64, id + ": observed " + label(observed)
        + " against " + threshold + (log ? " (log scale)" : ""));
    allowed(svg, x, lo, hi);
    double at = x.at(observed.doubleValue());
    svg.append("<g class=\"s-").append(status).append("\"><rect class=\"bar\" x=\"")
        .append(Html.svg(at - 2)).append("\" y=\"14\" width=\"4\" height=\"30\"/>")
        .append(HtmlCharts.axisLabel(Math.min(at + 6, HtmlCharts.width() - 150), 12,
            "observed " + label(observed)))
        .append("</g>");
    for (BigDecimal o : threshold.operands()) {
      svg.append(HtmlCharts.axisLabel(Math.min(x.at(o.doubleValue()), HtmlCharts.width() - 110),
          58, label(o)));
    }
    if (log) {
      svg.append("<text class=\"lbl end\" x=\"").append(HtmlCharts.width() - 20)
          .append("\" y=\"12\">log scale</text>");
    }
    return svg.append("</svg>").toString();
  }

  private void allowed(StringBuilder svg, HtmlCharts.Scale x, double lo, double hi) {
    svg.append("<line class=\"axis\" x1=\"20\" y1=\"29\" x2=\"").append(HtmlCharts.width() - 20)
        .append("\" y2=\"29\"/>");
    List<BigDecimal> o = threshold.operands();
    double a = o.get(0).doubleValue();
    double b = o.get(o.size() - 1).doubleValue();
    switch (threshold.operator()) {
      case MUST_BE_GREATER_THAN: case MUST_BE_GREATER_OR_EQUAL_TO: region(svg, x, a, hi); break;
      case MUST_BE_LESS_THAN: case MUST_BE_LESS_OR_EQUAL_TO: region(svg, x, lo, a); break;
      case MUST_BE_BETWEEN: region(svg, x, a, b); break;
      case MUST_NOT_BE_BETWEEN: region(svg, x, lo, a); region(svg, x, b, hi); break;
      case MUST_NOT_BE: region(svg, x, lo, hi); break;
      default: region(svg, x, a, a); // mustBe: a single allowed value
    }
  }

  private static void region(StringBuilder svg, HtmlCharts.Scale x, double from, double to) {
    double left = x.at(from);
    svg.append("<rect class=\"allowed\" x=\"").append(Html.svg(left)).append("\" y=\"20\" width=\"")
        .append(Html.svg(Math.max(2, x.at(to) - left))).append("\" height=\"18\"><title>allowed")
        .append("</title></rect>");
  }

  private String label(BigDecimal value) {
    return Html.number(value) + (percent ? " %" : "");
  }
}
