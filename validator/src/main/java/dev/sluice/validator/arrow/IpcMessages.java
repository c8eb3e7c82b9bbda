package dev.sluice.validator.arrow;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.jspecify.annotations.Nullable;

/**
 * Reads encapsulated IPC messages at known offsets of a file: the length prefix (with or without
 * the {@code 0xFFFFFFFF} continuation marker), the flatbuffer metadata and, on demand, the body.
 * Every declared length is checked against the end of the data before anything is allocated, so
 * a corrupt length fails at once instead of exhausting memory.
 */
final class IpcMessages {
  /** Larger metadata is not a real schema or batch header but a corrupt length. */
  static final int MAX_METADATA = 64 << 20;

  private static final int CONTINUATION = -1;

  private static final int CHUNK = 1 << 20;

  private IpcMessages() {}

  /**
   * One message: its header and where its body lies in the file.
   *
   * @param offset where the message (its length prefix) starts
   */
  record Meta(long offset, Message message, long bodyOffset, long bodyLength) {
    long end() {
      return bodyOffset + bodyLength;
    }

    byte headerType() {
      return message.headerType();
    }
  }

  /**
   * The message at {@code offset}, or null at an end-of-stream marker or at {@code limit} (the end
   * of the messages).
   */
  static @Nullable Meta read(FileChannel channel, long offset, long limit) throws IOException {
    if (offset + 4 > limit) {
      return null;
    }
    long at = offset + 4;
    int length = readInt(channel, offset);
    if (length == CONTINUATION) {
      if (at + 4 > limit) {
        throw new BadArrowException("truncated message at byte " + offset);
      }
      length = readInt(channel, at);
      at += 4;
    }
    if (length == 0) {
      return null;
    }
    if (length < 0 || length > MAX_METADATA || length > limit - at) {
      throw new BadArrowException("message at byte " + offset + " declares "
          + Integer.toUnsignedString(length) + " bytes of metadata, beyond the end of the data");
    }
    ByteBuffer bytes = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    readFully(channel, bytes, at);
    bytes.flip();
    Message message = Message.getRootAsMessage(bytes);
    long bodyOffset = at + length;
    long bodyLength = message.bodyLength();
    if (bodyLength < 0 || bodyLength > limit - bodyOffset) {
      throw new BadArrowException("message at byte " + offset + " declares a body of "
          + bodyLength + " bytes, beyond the end of the data");
    }
    return new Meta(offset, message, bodyOffset, bodyLength);
  }

  /** Reads the body of a message into a new buffer of {@code allocator} (within its limit). */
  static ArrowBuf body(FileChannel channel, Meta meta, BufferAllocator allocator)
      throws IOException {
    long length = meta.bodyLength();
    ArrowBuf body = allocator.buffer(length);
    try {
      // through a heap buffer: ArrowBuf.nioBuffer needs --add-opens for java.nio on Java 17
      ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(length, CHUNK));
      for (long done = 0; done < length; done += chunk.limit()) {
        chunk.clear().limit((int) Math.min(length - done, CHUNK));
        readFully(channel, chunk, meta.bodyOffset() + done);
        body.setBytes(done, chunk.array(), 0, chunk.limit());
      }
      body.writerIndex(length);
      return body;
    } catch (IOException | RuntimeException e) {
      body.close();
      throw e;
    }
  }

  private static int readInt(FileChannel channel, long position) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    readFully(channel, b, position);
    return b.getInt(0);
  }

  static void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
    long at = position;
    while (into.hasRemaining()) {
      int n = channel.read(into, at);
      if (n < 0) {
        throw new EOFException();
      }
      at += n;
    }
  }
}
