package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.check.RowGroupFacts;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.data.RowGroupInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of one row group for one task: statistics from the footer, and dictionaries and page
 * indexes read at most once per column however many checks ask for them.
 */
final class ChunkFacts implements RowGroupFacts {
  private final DataFile file;
  private final RowGroupInfo info;
  private final Map<String, Optional<ColumnDictionary>> dictionaries = new HashMap<>();
  private final Map<String, Optional<List<PageFacts>>> pageIndexes = new HashMap<>();

  ChunkFacts(DataFile file, RowGroupInfo info) {
    this.file = file;
    this.info = info;
  }

  @Override
  public RowGroupInfo info() {
    return info;
  }

  @Override
  public Optional<ColumnDictionary> dictionaryOnly(String column) throws DataProblem {
    Optional<ColumnDictionary> known = dictionaries.get(column);
    if (known == null) {
      known = file.dictionaryOnly(info.index(), column);
      dictionaries.put(column, known);
    }
    return known;
  }

  @Override
  public Optional<List<PageFacts>> pageIndex(String column) throws DataProblem {
    Optional<List<PageFacts>> known = pageIndexes.get(column);
    if (known == null) {
      known = file.pageIndex(info.index(), column);
      pageIndexes.put(column, known);
    }
    return known;
  }
}
