package dev.sluice.contracts.model;

import org.jspecify.annotations.Nullable;

/**
 * One service-level promise, e.g. {@code property: freshness, value: 1, unit: d, element:
 * orders.created_at}.
 */
public record SlaProperty(
    String property,
    @Nullable Object value,
    @Nullable Object valueExt,
    @Nullable String unit,
    @Nullable String element,
    @Nullable String driver) {}
