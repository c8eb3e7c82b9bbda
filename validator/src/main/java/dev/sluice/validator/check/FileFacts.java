package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.RowGroupInfo;
import java.util.List;
import java.util.Map;

/**
 * What is known about one input file before its rows are read.
 *
 * @param tags lineage tags from every place they were found, merged; {@code tagConflicts} lists
 *     keys whose places disagree
 * @param rowGroups the file's row groups with their statistics
 * @param parsesText whether values are parsed from text (CSV, JSON) to the contract's types
 */
public record FileFacts(
    String path,
    Map<String, ColumnInfo> columns,
    long rowCount,
    Map<String, String> tags,
    Map<String, String> tagConflicts,
    List<RowGroupInfo> rowGroups,
    boolean parsesText) {

  public FileFacts {
    rowGroups = List.copyOf(rowGroups);
    columns = Map.copyOf(columns);
    tags = Map.copyOf(tags);
    tagConflicts = Map.copyOf(tagConflicts);
  }
}
