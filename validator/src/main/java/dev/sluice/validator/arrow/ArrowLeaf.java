package dev.sluice.validator.arrow;

import dev.sluice.validator.data.ColumnInfo;
import java.util.List;

/**
 * One leaf column of an Arrow schema: which top-level vector it starts from and the steps down to
 * its values.
 *
 * @param top index of the top-level field
 * @param steps from the top-level vector to the vector holding the values
 */
record ArrowLeaf(ColumnInfo info, int top, List<Step> steps, ValueReader reader) {

  ArrowLeaf {
    steps = List.copyOf(steps);
  }

  String path() {
    return info.path();
  }

  /** Whether the values are the entries of a dictionary (the last step decodes one). */
  boolean endsInDictionary() {
    return !steps.isEmpty() && steps.get(steps.size() - 1).kind() == StepKind.DICTIONARY;
  }

  /** How to go from one vector to the next on the way to a leaf. */
  enum StepKind {
    /** Field {@code child} of a struct (or of a map's entries): a null struct makes a null. */
    CHILD,
    /** The elements of a list, large list, fixed-size list, list view or map. */
    LIST,
    /** The entries of dictionary {@code dictionaryId}, indexed by this vector's values. */
    DICTIONARY,
    /** The storage vector of an extension vector. */
    UNWRAP,
    /** The values of a run-end encoded vector. */
    RUN_END
  }

  /** One step; {@code child} is used by CHILD, {@code dictionaryId} by DICTIONARY. */
  record Step(StepKind kind, int child, long dictionaryId) {
    static Step of(StepKind kind) {
      return new Step(kind, 0, 0);
    }

    static Step child(int ordinal) {
      return new Step(StepKind.CHILD, ordinal, 0);
    }

    static Step dictionary(long id) {
      return new Step(StepKind.DICTIONARY, 0, id);
    }
  }
}
