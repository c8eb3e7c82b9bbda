package dev.sluice.validator.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One input file of a validation.
 *
 * @param extraColumns top-level columns the contract does not list (reported as info)
 */
public record DatasetInfo(
    String path, String format, long rows, @Nullable String createdBy, List<String> extraColumns) {

  public DatasetInfo {
    extraColumns = List.copyOf(extraColumns);
  }
}
