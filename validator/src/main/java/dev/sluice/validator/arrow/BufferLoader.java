package dev.sluice.validator.arrow;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseVariableWidthViewVector;
import org.apache.arrow.vector.BufferLayout;
import org.apache.arrow.vector.BufferLayout.BufferType;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TypeLayout;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.compression.CompressionUtil.CodecType;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Loads the buffers of a record batch into empty vectors, as Arrow's {@code VectorLoader} does,
 * with three differences that matter for untrusted files: every buffer's size is checked against
 * the values its node declares before it is handed to a vector; no vector is ever resized (Arrow's
 * loader resizes to the batch length, making up zeros for a short buffer); and a compressed buffer
 * is decompressed within the size it declares, inside the allocator's limit.
 */
final class BufferLoader {
  private static final long NO_COMPRESSION = CompressionUtil.NO_COMPRESSION_LENGTH;

  private final Iterator<ArrowFieldNode> nodes;
  private final Iterator<ArrowBuf> buffers;
  private final Iterator<Long> variadic;
  private final @Nullable CodecType codec;
  /** Receives every buffer this loader allocates (decompressed ones), to release them. */
  private final Consumer<ArrowBuf> allocated;

  private BufferLoader(ArrowRecordBatch batch, Consumer<ArrowBuf> allocated) {
    this.nodes = batch.getNodes().iterator();
    this.buffers = batch.getBuffers().iterator();
    List<Long> counts = batch.getVariadicBufferCounts();
    this.variadic = counts == null ? List.<Long>of().iterator() : counts.iterator();
    CodecType type = CodecType.fromCompressionType(batch.getBodyCompression().getCodec());
    this.codec = type == CodecType.NO_COMPRESSION ? null : type;
    this.allocated = allocated;
  }

  /** Loads {@code batch} into {@code vectors} (one per top-level field, freshly created). */
  static void load(ArrowRecordBatch batch, List<FieldVector> vectors, Consumer<ArrowBuf> allocated)
      throws BadArrowException {
    BufferLoader loader = new BufferLoader(batch, allocated);
    for (FieldVector vector : vectors) {
      loader.load(vector, vector.getField());
    }
    if (loader.nodes.hasNext() || loader.buffers.hasNext() || loader.variadic.hasNext()) {
      throw new BadArrowException("the batch has more field nodes or buffers than its schema");
    }
  }

  private void load(FieldVector vector, Field field) throws BadArrowException {
    if (!nodes.hasNext()) {
      throw new BadArrowException("the batch has fewer field nodes than its schema");
    }
    ArrowFieldNode node = nodes.next();
    long count = TypeLayout.getTypeBufferCount(field.getType());
    if (vector instanceof BaseVariableWidthViewVector) {
      if (!variadic.hasNext()) {
        throw new BadArrowException("field " + field.getName() + " lacks its variadic count");
      }
      count += variadic.next();
    }
    List<ArrowBuf> own = new ArrayList<>();
    List<ArrowBuf> fresh = new ArrayList<>();
    for (long j = 0; j < count; j++) {
      if (!buffers.hasNext()) {
        throw new BadArrowException("the batch has fewer buffers than its schema");
      }
      ArrowBuf buffer = buffers.next();
      own.add(codec == null ? buffer : decompress(vector.getAllocator(), buffer, fresh));
    }
    checkSizes(field, node, own);
    vector.loadFieldBuffers(node, own);
    fresh.forEach(ArrowBuf::close); // the vector holds its own reference now
    List<Field> children = field.getChildren();
    List<FieldVector> childVectors = vector.getChildrenFromFields();
    if (children.size() != childVectors.size()) {
      throw new BadArrowException("field " + field.getName() + " has " + childVectors.size()
          + " child vectors for " + children.size() + " child fields");
    }
    for (int i = 0; i < children.size(); i++) {
      load(childVectors.get(i), children.get(i));
    }
  }

  /** Each buffer must hold what the node's values need (variable-width data is checked on read). */
  private static void checkSizes(Field field, ArrowFieldNode node, List<ArrowBuf> own)
      throws BadArrowException {
    long n = node.getLength();
    long nulls = node.getNullCount();
    if (n < 0 || nulls < 0 || nulls > n) {
      throw new BadArrowException("field " + field.getName() + " declares " + nulls
          + " nulls among " + n + " values");
    }
    List<BufferLayout> layouts = TypeLayout.getTypeLayout(field.getType()).getBufferLayouts();
    boolean variable = false;
    boolean view = false;
    for (BufferLayout layout : layouts) {
      variable |= layout.getType() == BufferType.OFFSET || layout.getType() == BufferType.VIEWS;
      // list views and dense unions have one offset per value, not one more
      view |= layout.getType() == BufferType.SIZE || layout.getType() == BufferType.TYPE;
    }
    for (int j = 0; j < Math.min(layouts.size(), own.size()); j++) {
      BufferLayout layout = layouts.get(j);
      long have = own.get(j).writerIndex();
      long need = need(layout, n, variable, view);
      boolean absentValidity = layout.getType() == BufferType.VALIDITY && have == 0
          && (nulls == 0 || nulls == n);
      if (have < need && !absentValidity) {
        throw new BadArrowException("field " + field.getName() + ": its " + layout.getType()
            + " buffer holds " + have + " bytes, fewer than the " + need + " its " + n
            + " values need");
      }
    }
  }

  private static long need(BufferLayout layout, long n, boolean variable, boolean view) {
    long bits = layout.getTypeBitWidth();
    switch (layout.getType()) {
      case TYPE:
        return n; // int8 type ids (Arrow Java's layout says 32 bits, its vectors read bytes)
      case VALIDITY:
      case SIZE:
        return (n * bits + 7) / 8;
      case VIEWS:
        return n * 16;
      case OFFSET:
        return n == 0 ? 0 : (n + (view ? 0 : 1)) * bits / 8;
      case DATA:
        return variable ? 0 : (n * bits + 7) / 8;
      default:
        return 0;
    }
  }

  /**
   * A compressed buffer (8 bytes of uncompressed length, then the frame), decompressed into a new
   * buffer of exactly the declared length; {@code -1} means stored uncompressed.
   */
  private ArrowBuf decompress(BufferAllocator allocator, ArrowBuf buffer, List<ArrowBuf> fresh)
      throws BadArrowException {
    long size = buffer.writerIndex();
    if (size == 0) {
      return buffer;
    }
    if (size < 8) {
      throw new BadArrowException("compressed buffer of " + size + " bytes has no length");
    }
    long declared = buffer.getLong(0);
    if (declared == NO_COMPRESSION) {
      return buffer.slice(8, size - 8);
    }
    if (declared < 0) {
      throw new BadArrowException("compressed buffer declares " + declared + " bytes");
    }
    if (declared == 0) {
      return allocator.getEmpty();
    }
    ArrowBuf out = allocator.buffer(declared);
    allocated.accept(out);
    fresh.add(out);
    if (codec == CodecType.LZ4_FRAME) {
      lz4(buffer, out, declared);
    } else {
      zstd(buffer, out, declared);
    }
    out.writerIndex(declared);
    return out;
  }

  private static void lz4(ArrowBuf in, ArrowBuf out, long declared) throws BadArrowException {
    byte[] compressed = new byte[Math.toIntExact(in.writerIndex() - 8)];
    in.getBytes(8, compressed);
    byte[] chunk = new byte[64 << 10];
    long done = 0;
    try (InputStream frames = new FramedLZ4CompressorInputStream(
        new ByteArrayInputStream(compressed), true)) {
      for (int n; (n = frames.read(chunk)) >= 0; done += n) {
        if (done + n > declared) {
          throw new BadArrowException("LZ4 buffer decompresses to more than its declared "
              + declared + " bytes");
        }
        out.setBytes(done, chunk, 0, n);
      }
    } catch (IOException e) {
      throw new BadArrowException("corrupt LZ4 buffer: " + ArrowProblems.describe(e));
    }
    if (done != declared) {
      throw new BadArrowException("LZ4 buffer decompresses to " + done + " bytes, not the "
          + declared + " it declares");
    }
  }

  private static void zstd(ArrowBuf in, ArrowBuf out, long declared) throws BadArrowException {
    long result = Zstd.decompressUnsafe(out.memoryAddress(), declared, in.memoryAddress() + 8,
        in.writerIndex() - 8);
    if (Zstd.isError(result)) {
      throw new BadArrowException("corrupt ZSTD buffer: " + Zstd.getErrorName(result));
    }
    if (result != declared) {
      throw new BadArrowException("ZSTD buffer decompresses to " + result + " bytes, not the "
          + declared + " it declares");
    }
  }
}
