package dev.sluice.validator.quarantine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where one input file's rows go: the two (temporary) output files and the metadata each
 * carries (the input's lineage tags plus the contract id and version and the validation time).
 *
 * @param metadata the accepted file's metadata
 * @param rejectedMetadata the rejected file's: the same without keys that describe the input's
 *     schema (the rejected file has one more column)
 * @param progress hears the rows written, a row group or batch at a time
 */
public record SplitTarget(Path accepted, Path rejected, Map<String, String> metadata,
    Map<String, String> rejectedMetadata, SplitProgress progress) {

  public SplitTarget {
    Objects.requireNonNull(progress, "progress");
  }

  /** A target whose progress nobody hears. */
  public SplitTarget(Path accepted, Path rejected, Map<String, String> metadata,
      Map<String, String> rejectedMetadata) {
    this(accepted, rejected, metadata, rejectedMetadata, SplitProgress.NONE);
  }

  /** The column added to rejected rows: the ids of the checks the row failed. */
  public static final String VIOLATIONS = "_sluice_violations";

  /** Rows written to each side. */
  public record Counts(long accepted, long rejected) {}
}
