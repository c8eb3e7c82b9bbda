package dev.sluice.validator.data;

/**
 * One leaf column of a dataset as the engine sees it.
 *
 * @param path the logical path: struct fields joined by {@code .}, list elements as {@code []}
 *     (e.g. {@code customer.email}, {@code tags[]}, {@code lines[].sku})
 * @param type the meaning of its values
 * @param nullable whether the format allows nulls here (OPTIONAL somewhere on the path)
 * @param repeated whether the column is inside a list (several values per row)
 * @param formatType the type as the format writes it, for messages (e.g. {@code INT64
 *     TIMESTAMP(MICROS,true)})
 */
public record ColumnInfo(
    String path, ValueType type, boolean nullable, boolean repeated, String formatType) {}
