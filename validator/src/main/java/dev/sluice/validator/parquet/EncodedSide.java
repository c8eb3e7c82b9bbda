package dev.sluice.validator.parquet;

import java.io.IOException;
import org.apache.parquet.hadoop.ParquetFileWriter;

/** One side of one row group of a Parquet split, encoded in memory until appended. */
interface EncodedSide {
  /** Appends the side as one row group (none when it has no row); returns its rows. */
  long append(ParquetFileWriter writer) throws IOException;

  /** A row group's two sides. */
  record Both(EncodedSide accepted, EncodedSide rejected) {}
}
