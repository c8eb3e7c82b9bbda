package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.parquet.ParquetDataFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a data file with the source for its format (Parquet for now, chosen by content). */
public final class DataFiles {
  private DataFiles() {}

  public static DataFile open(Path file) throws DataProblem {
    String display = file.toString();
    if (!Files.exists(file)) {
      throw new DataProblem(display, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new DataProblem(display, "is a directory; name the files or a glob such as dir/*.parquet");
    }
    return ParquetDataFile.open(file, display);
  }
}
