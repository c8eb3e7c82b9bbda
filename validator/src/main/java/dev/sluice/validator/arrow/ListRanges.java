package dev.sluice.validator.arrow;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.LargeListVector;
import org.apache.arrow.vector.complex.LargeListViewVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.ListViewVector;

/**
 * Where the elements of list {@code i} lie in the element vector, for every list layout: offsets
 * (List, Map), 64-bit offsets (LargeList), a fixed size, or offsets and sizes (list views).
 */
abstract class ListRanges {
  final ValueVector elements;

  private ListRanges(ValueVector elements) {
    this.elements = elements;
  }

  abstract long start(int i);

  abstract long end(int i);

  static ListRanges of(ValueVector list) throws BadArrowException {
    if (list instanceof ListVector) { // MapVector too
      ArrowBuf offsets = ((ListVector) list).getOffsetBuffer();
      return of(((ListVector) list).getDataVector(), offsets, 4, null);
    }
    if (list instanceof LargeListVector) {
      ArrowBuf offsets = ((LargeListVector) list).getOffsetBuffer();
      return of(((LargeListVector) list).getDataVector(), offsets, 8, null);
    }
    if (list instanceof ListViewVector) {
      ListViewVector view = (ListViewVector) list;
      return of(view.getDataVector(), view.getOffsetBuffer(), 4, view.getSizeBuffer());
    }
    if (list instanceof LargeListViewVector) {
      LargeListViewVector view = (LargeListViewVector) list;
      return of(view.getDataVector(), view.getOffsetBuffer(), 8, view.getSizeBuffer());
    }
    if (list instanceof FixedSizeListVector) {
      return fixed((FixedSizeListVector) list);
    }
    throw new BadArrowException("expected a list, found " + list.getClass().getSimpleName());
  }

  private static ListRanges fixed(FixedSizeListVector list) {
    long size = list.getListSize();
    return new ListRanges(list.getDataVector()) {
      @Override
      long start(int i) {
        return size * i;
      }

      @Override
      long end(int i) {
        return size * (i + 1L);
      }
    };
  }

  private static ListRanges of(ValueVector elements, ArrowBuf offsets, int width,
      ArrowBuf sizes) {
    return new ListRanges(elements) {
      @Override
      long start(int i) {
        return width == 4 ? offsets.getInt(4L * i) : offsets.getLong(8L * i);
      }

      @Override
      long end(int i) {
        if (sizes != null) {
          return start(i) + (width == 4 ? sizes.getInt(4L * i) : sizes.getLong(8L * i));
        }
        return width == 4 ? offsets.getInt(4L * i + 4) : offsets.getLong(8L * i + 8);
      }
    };
  }
}
