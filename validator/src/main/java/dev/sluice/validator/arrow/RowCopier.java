package dev.sluice.validator.arrow;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthViewVector;
import org.apache.arrow.vector.ExtensionTypeVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.LargeListVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.NonNullableStructVector;
import org.apache.arrow.vector.complex.StructVector;
import org.jspecify.annotations.Nullable;

/**
 * Copies single rows from one vector to another of the same field (appending at the target row
 * given), nested values included. Lists, large lists, maps, fixed-size lists and structs are
 * walked here, child by child, instead of through their own {@code copyFromSafe}, which re-writes
 * every value through Arrow Java's {@code ComplexCopier} and field writers; flat vectors
 * (dictionary indices included) copy their own buffers. Unions, list views and run-end encoded
 * vectors cannot be copied row by row: building a copier for them fails.
 */
@FunctionalInterface
interface RowCopier {

  /** Copies row {@code from} of the source to row {@code to} of the target. */
  void copy(int from, int to);

  /** A copier from {@code from} to {@code to}, vectors of the same field. */
  static RowCopier of(ValueVector from, ValueVector to) throws BadArrowException {
    if (from instanceof ExtensionTypeVector && to instanceof ExtensionTypeVector) {
      return of(((ExtensionTypeVector<?>) from).getUnderlyingVector(),
          ((ExtensionTypeVector<?>) to).getUnderlyingVector());
    }
    if (from instanceof BaseFixedWidthVector || from instanceof BaseVariableWidthVector
        || from instanceof BaseLargeVariableWidthVector
        || from instanceof BaseVariableWidthViewVector) {
      return (i, j) -> to.copyFromSafe(i, j, from);
    }
    if (from instanceof NullVector) {
      return (i, j) -> { }; // no buffers: the row count is the value
    }
    if (from instanceof ListVector) { // maps too
      return list((ListVector) from, (ListVector) to);
    }
    if (from instanceof LargeListVector) {
      return largeList((LargeListVector) from, (LargeListVector) to);
    }
    if (from instanceof FixedSizeListVector) {
      return fixedSizeList((FixedSizeListVector) from, (FixedSizeListVector) to);
    }
    if (from instanceof NonNullableStructVector) { // nullable structs too
      return struct((NonNullableStructVector) from, (NonNullableStructVector) to);
    }
    throw new BadArrowException("cannot split the rows of column " + from.getField().getName()
        + " (" + from.getField().getType() + "): Arrow Java cannot copy them one by one");
  }

  /** Moves all of {@code from}'s rows to {@code to}, leaving {@code from} empty. */
  static void transfer(FieldVector from, FieldVector to) {
    if (from instanceof ExtensionTypeVector && to instanceof ExtensionTypeVector) {
      // an extension vector's transfer pair expects the target's storage vector
      ((ExtensionTypeVector<?>) from).getUnderlyingVector()
          .makeTransferPair(((ExtensionTypeVector<?>) to).getUnderlyingVector()).transfer();
    } else {
      from.makeTransferPair(to).transfer();
    }
  }

  private static RowCopier list(ListVector from, ListVector to) throws BadArrowException {
    RowCopier elements = of(from.getDataVector(), to.getDataVector());
    return (i, j) -> {
      if (from.isNull(i)) {
        to.setNull(j);
        return;
      }
      int start = from.getElementStartIndex(i);
      int size = from.getElementEndIndex(i) - start;
      int at = to.startNewValue(j);
      for (int e = 0; e < size; e++) {
        elements.copy(start + e, at + e);
      }
      to.endValue(j, size);
    };
  }

  private static RowCopier largeList(LargeListVector from, LargeListVector to)
      throws BadArrowException {
    RowCopier elements = of(from.getDataVector(), to.getDataVector());
    return (i, j) -> {
      if (from.isNull(i)) {
        to.setNull(j);
        return;
      }
      // Arrow Java keeps a large list's elements in one int-indexed vector
      int start = Math.toIntExact(from.getElementStartIndex(i));
      int size = Math.toIntExact(from.getElementEndIndex(i) - start);
      int at = Math.toIntExact(to.startNewValue(j));
      for (int e = 0; e < size; e++) {
        elements.copy(start + e, at + e);
      }
      to.endValue(j, size);
    };
  }

  private static RowCopier fixedSizeList(FixedSizeListVector from, FixedSizeListVector to)
      throws BadArrowException {
    RowCopier elements = of(from.getDataVector(), to.getDataVector());
    int size = from.getListSize();
    return (i, j) -> {
      if (from.isNull(i)) {
        to.setNull(j);
      } else {
        to.setNotNull(j);
      }
      for (int e = 0; e < size; e++) {
        elements.copy(i * size + e, j * size + e);
      }
    };
  }

  private static RowCopier struct(NonNullableStructVector from, NonNullableStructVector to)
      throws BadArrowException {
    List<RowCopier> children = new ArrayList<>();
    for (int c = 0; c < from.size(); c++) {
      children.add(of(from.getChildByOrdinal(c), to.getChildByOrdinal(c)));
    }
    @Nullable StructVector nullable = to instanceof StructVector ? (StructVector) to : null;
    return (i, j) -> {
      if (nullable != null) {
        if (from.isNull(i)) {
          nullable.setNull(j);
        } else {
          nullable.setIndexDefined(j);
        }
      }
      for (RowCopier child : children) {
        child.copy(i, j);
      }
    };
  }
}
