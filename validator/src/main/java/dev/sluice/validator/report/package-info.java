/**
 * Validation reports: {@link dev.sluice.validator.report.ValidationReport} with one {@link
 * dev.sluice.validator.report.CheckResult} per check, and its stable JSON form.
 */
@NullMarked
package dev.sluice.validator.report;

import org.jspecify.annotations.NullMarked;
