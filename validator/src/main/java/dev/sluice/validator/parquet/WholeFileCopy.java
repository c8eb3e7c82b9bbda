package dev.sluice.validator.parquet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.KeyValue;
import org.apache.parquet.format.Util;

/**
 * The accepted side of a file without a rejected row: the input's bytes up to its footer,
 * copied by the kernel ({@link FileChannel#transferTo}, no pass through the heap), then the
 * input's own footer with the side's key-value metadata. Every offset in the footer (column
 * chunks, page indexes, bloom filters) stays true, and {@code created_by} still names the
 * writer of the pages, which readers consult for its known bugs.
 */
final class WholeFileCopy {
  private WholeFileCopy() {}

  /** Writes {@code file} with {@code metadata} as its key-value metadata to {@code to}. */
  static void copy(ParquetDataFile file, Path to, Map<String, String> metadata)
      throws IOException {
    FileMetaData footer = file.footer().thrift().deepCopy();
    List<KeyValue> keyValues = new ArrayList<>();
    metadata.forEach((key, value) -> keyValues.add(new KeyValue(key).setValue(value)));
    footer.setKey_value_metadata(keyValues);
    try (FileChannel in = file.input().channel();
        FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      long dataEnd = dataEnd(in, file.input().getLength());
      if (dataEnd != file.footer().start()) {
        throw new IOException("the input's footer moved since it was read");
      }
      for (long at = 0; at < dataEnd; ) {
        long n = in.transferTo(at, dataEnd - at, out);
        if (n <= 0) {
          throw new IOException("the input ended at offset " + at + " while it was copied");
        }
        at += n;
      }
      ByteArrayOutputStream tail = new ByteArrayOutputStream();
      Util.writeFileMetaData(footer, tail);
      int length = tail.size();
      tail.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(length).array());
      tail.write("PAR1".getBytes(StandardCharsets.US_ASCII));
      ByteBuffer bytes = ByteBuffer.wrap(tail.toByteArray());
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    }
  }

  /** Where the input's footer starts: its data, magic included, ends there. */
  private static long dataEnd(FileChannel in, long length) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    while (last.hasRemaining()) {
      if (in.read(last, length - 8 + last.position()) < 0) {
        throw new IOException("the input is shorter than when it was opened");
      }
    }
    long footerLength = Integer.toUnsignedLong(last.getInt(0));
    long start = length - 8 - footerLength;
    if (start < 4 || last.get(4) != 'P' || last.get(5) != 'A' || last.get(6) != 'R'
        || last.get(7) != '1') {
      throw new IOException("the input's footer changed since it was read");
    }
    return start;
  }
}
