package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnInfo;
import org.apache.parquet.column.ColumnDescriptor;

/**
 * One Parquet leaf column with what a scan needs to turn its levels into values.
 *
 * @param info the engine's view of the column
 * @param descriptor parquet-java's descriptor (physical path, levels, primitive type)
 * @param emptyListLevels {@code emptyListLevels[d]} is true when definition level {@code d} means
 *     "a list (or map) on the path is present but empty": such a row contributes no value
 * @param decoder reads one non-null value into a vector
 */
record ParquetLeaf(
    ColumnInfo info, ColumnDescriptor descriptor, boolean[] emptyListLevels, ValueDecoder decoder) {

  String path() {
    return info.path();
  }

  int maxDefinitionLevel() {
    return descriptor.getMaxDefinitionLevel();
  }

  boolean repeated() {
    return descriptor.getMaxRepetitionLevel() > 0;
  }

  String physicalPath() {
    return String.join(".", descriptor.getPath());
  }
}
