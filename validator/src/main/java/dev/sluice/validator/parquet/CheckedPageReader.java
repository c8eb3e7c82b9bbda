package dev.sluice.validator.parquet;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;

/**
 * A {@link PageReader} that checks what parquet-java takes on trust before it allocates or
 * decodes: a dictionary cannot have more entries than its page has bytes, nor a negative count.
 */
final class CheckedPageReader implements PageReader {
  private final PageReader delegate;
  private final ColumnDescriptor column;

  CheckedPageReader(PageReader delegate, ColumnDescriptor column) {
    this.delegate = delegate;
    this.column = column;
  }

  @Override
  public DictionaryPage readDictionaryPage() {
    DictionaryPage page = delegate.readDictionaryPage();
    if (page != null) {
      long bytes = page.getUncompressedSize();
      int entries = page.getDictionarySize();
      if (entries < 0 || entries > Math.max(bytes, 0) * 8) {
        throw new CorruptPageException("dictionary page claims " + entries + " entries in "
            + bytes + " bytes");
      }
    }
    return page;
  }

  @Override
  public long getTotalValueCount() {
    return delegate.getTotalValueCount();
  }

  @Override
  public DataPage readPage() {
    DataPage page = delegate.readPage();
    if (page != null && page.getValueCount() < 0) {
      throw new CorruptPageException("data page claims " + page.getValueCount() + " values");
    }
    return page;
  }

  ColumnDescriptor column() {
    return column;
  }

  /** A page header or body contradicts itself. */
  static final class CorruptPageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CorruptPageException(String message) {
      super(message);
    }
  }
}
