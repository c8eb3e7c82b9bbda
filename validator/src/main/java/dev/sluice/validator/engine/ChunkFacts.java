package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.check.RowGroupFacts;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of one row group for one task: statistics from the footer, and dictionaries read at
 * most once per column however many checks ask for them.
 */
final class ChunkFacts implements RowGroupFacts {
  private final DataFile file;
  private final RowGroupInfo info;
  private final Map<String, Optional<ColumnDictionary>> dictionaries = new HashMap<>();

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
}
