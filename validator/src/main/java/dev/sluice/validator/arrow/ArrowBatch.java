package dev.sluice.validator.arrow;

import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;

/**
 * One record batch in memory, as {@link ArrowColumns#scan} reads it.
 *
 * @param vectors the top-level vectors, in schema order
 * @param rowCount the rows of the batch (every top-level vector holds this many values)
 * @param dictionaries the dictionaries its dictionary-encoded vectors refer to
 */
public record ArrowBatch(List<FieldVector> vectors, int rowCount, DictionaryProvider dictionaries) {

  public ArrowBatch {
    vectors = List.copyOf(vectors);
  }

  /** The batch a {@link VectorSchemaRoot} holds now. */
  public static ArrowBatch of(VectorSchemaRoot root, DictionaryProvider dictionaries) {
    return new ArrowBatch(root.getFieldVectors(), root.getRowCount(), dictionaries);
  }

  /** The batch a {@link VectorSchemaRoot} without dictionary-encoded vectors holds now. */
  public static ArrowBatch of(VectorSchemaRoot root) {
    return of(root, new DictionaryProvider.MapDictionaryProvider());
  }
}
