package dev.sluice.validator.parquet;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A Parquet {@link InputFile} over a {@link FileChannel} with positional, buffered reads.
 * parquet-java's {@code LocalInputFile} reads one byte per system call in some paths (page and
 * dictionary headers); here small reads are served from an 8 KiB buffer. Immutable: every stream
 * and channel is opened anew, so one instance serves any number of threads.
 */
public final class ChannelInputFile implements InputFile {
  private final Path path;
  private final long length;

  private ChannelInputFile(Path path, long length) {
    this.path = path;
    this.length = length;
  }

  /** Opens {@code path} for reading; the length is fixed at this moment. */
  public static ChannelInputFile of(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return new ChannelInputFile(path, channel.size());
    }
  }

  @Override
  public long getLength() {
    return length;
  }

  @Override
  public SeekableInputStream newStream() throws IOException {
    return newStream(ChannelStream.BUFFER_SIZE);
  }

  /**
   * A stream whose reads smaller than {@code bufferBytes} are served from a buffer of that size:
   * a large one for long sequential copies (parquet-java copies row groups 8 KiB at a time).
   */
  public SeekableInputStream newStream(int bufferBytes) throws IOException {
    return new ChannelStream(channel(), length, bufferBytes);
  }

  /**
   * A new channel of its own for positional reads (the caller closes it). Channels are never
   * shared, so scans of one file may run on several threads at once.
   */
  FileChannel channel() throws IOException {
    return FileChannel.open(path, StandardOpenOption.READ);
  }

  @Override
  public String toString() {
    return path.toString();
  }

  /** A seekable stream; {@code buffer} holds bytes {@code [bufferStart, bufferStart+limit)}. */
  private static final class ChannelStream extends SeekableInputStream {
    private static final int BUFFER_SIZE = 8192;

    private final FileChannel channel;
    private final long length;
    private final ByteBuffer buffer;
    private long bufferStart;
    private long pos;

    ChannelStream(FileChannel channel, long length, int bufferBytes) {
      this.channel = channel;
      this.length = length;
      this.buffer = ByteBuffer.allocate(bufferBytes).limit(0);
    }

    @Override
    public long getPos() {
      return pos;
    }

    @Override
    public void seek(long newPos) throws IOException {
      if (newPos < 0) {
        throw new EOFException("seek to negative position " + newPos);
      }
      pos = newPos;
    }

    @Override
    public int read() throws IOException {
      if (!buffered() && !fill()) {
        return -1;
      }
      int b = buffer.get((int) (pos - bufferStart)) & 0xff;
      pos++;
      return b;
    }

    @Override
    public int read(byte[] bytes, int off, int len) throws IOException {
      return read(ByteBuffer.wrap(bytes, off, len));
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (!dst.hasRemaining()) {
        return 0;
      }
      if (pos >= length) {
        return -1;
      }
      if (dst.remaining() < buffer.capacity() && (buffered() || fill())) {
        return copyFromBuffer(dst);
      }
      int n = channel.read(dst, pos);
      if (n > 0) {
        pos += n;
      }
      return n;
    }

    private int copyFromBuffer(ByteBuffer dst) {
      int at = (int) (pos - bufferStart);
      int n = Math.min(dst.remaining(), buffer.limit() - at);
      dst.put(buffer.duplicate().position(at).limit(at + n));
      pos += n;
      return n;
    }

    @Override
    public void readFully(byte[] bytes) throws IOException {
      readFully(ByteBuffer.wrap(bytes));
    }

    @Override
    public void readFully(byte[] bytes, int off, int len) throws IOException {
      readFully(ByteBuffer.wrap(bytes, off, len));
    }

    @Override
    public void readFully(ByteBuffer dst) throws IOException {
      if (dst.remaining() > length - pos) {
        throw new EOFException(
            "reached end of file: " + dst.remaining() + " bytes wanted at offset " + pos);
      }
      while (dst.hasRemaining()) {
        if (read(dst) < 0) {
          throw new EOFException("reached end of file at offset " + pos);
        }
      }
    }

    @Override
    public long skip(long n) {
      long step = Math.max(0, Math.min(n, length - pos));
      pos += step;
      return step;
    }

    @Override
    public int available() {
      return (int) Math.min(Integer.MAX_VALUE, Math.max(0, length - pos));
    }

    private boolean buffered() {
      return pos >= bufferStart && pos < bufferStart + buffer.limit();
    }

    private boolean fill() throws IOException {
      buffer.clear();
      bufferStart = pos;
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, bufferStart + buffer.position());
        if (n < 0) {
          break;
        }
      }
      buffer.flip();
      return buffer.hasRemaining();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
