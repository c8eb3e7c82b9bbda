package dev.sluice.validator.report;

import dev.sluice.contracts.model.Threshold;

/**
 * What a check expects of its metric, as structure rather than text ({@link
 * CheckResult#threshold()} is its text): the threshold, and whether the metric is a percentage of
 * the rows. For renderings that draw the metric against it.
 */
public record Expected(Threshold threshold, boolean percent) {

  /** The text the report shows: {@code mustBeLessThan 5 (percent)}. */
  public String text() {
    return threshold + (percent ? " (percent)" : "");
  }
}
