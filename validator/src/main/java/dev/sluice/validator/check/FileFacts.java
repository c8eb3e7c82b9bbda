package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnInfo;
import java.util.Map;

/**
 * What is known about one input file before its rows are read.
 *
 * @param tags lineage tags from every place they were found, merged; {@code tagConflicts} lists
 *     keys whose places disagree
 */
public record FileFacts(
    String path,
    Map<String, ColumnInfo> columns,
    long rowCount,
    Map<String, String> tags,
    Map<String, String> tagConflicts) {

  public FileFacts {
    columns = Map.copyOf(columns);
    tags = Map.copyOf(tags);
    tagConflicts = Map.copyOf(tagConflicts);
  }
}
