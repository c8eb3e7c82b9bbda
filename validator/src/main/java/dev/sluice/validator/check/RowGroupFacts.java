package dev.sluice.validator.check;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.data.RowGroupInfo;
import java.util.List;
import java.util.Optional;

/**
 * What may settle a check for one row group without decoding its values: the row group's exact
 * statistics and, read on demand, the dictionaries of chunks proven to be wholly
 * dictionary-encoded and the page index of a chunk (CONTRACT-SEMANTICS.md, "Metadata
 * shortcuts").
 */
public interface RowGroupFacts {

  RowGroupInfo info();

  default ChunkStats stats(String column) {
    return info().stats(column);
  }

  /** The dictionary holding every non-null value of the column's chunk, if proven so. */
  Optional<ColumnDictionary> dictionaryOnly(String column) throws DataProblem;

  /** The pages of the column's chunk with their exact statistics, if the file indexes them. */
  Optional<List<PageFacts>> pageIndex(String column) throws DataProblem;
}
