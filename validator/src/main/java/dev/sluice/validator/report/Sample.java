package dev.sluice.validator.report;

/**
 * One violating value: its 0-based row in the dataset (across files, in order) and the value as
 * text ({@code ***} when the column is sensitive).
 */
public record Sample(long row, String value) {}
