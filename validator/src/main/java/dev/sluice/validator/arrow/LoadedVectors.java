package dev.sluice.validator.arrow;

import dev.sluice.validator.arrow.IpcMessages.Meta;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flatbuf.DictionaryBatch;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.ReferenceManager;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.util.VectorBatchAppender;

/**
 * Vectors loaded from one record batch, or one dictionary (a replacement and its deltas), in
 * their own child allocator. Closing releases every buffer, also after a load that failed half
 * way (a vector may have retained some buffers, not others): every body and decompressed buffer
 * is tracked and released to zero once the vectors are closed.
 */
final class LoadedVectors implements AutoCloseable {
  final BufferAllocator allocator;
  private final List<ArrowBuf> owned = new ArrayList<>();
  private final List<FieldVector> vectors = new ArrayList<>();

  private LoadedVectors(BufferAllocator parent, String name) {
    this.allocator = parent.newChildAllocator(name, 0, parent.getLimit());
  }

  /** Loads the record batch {@code meta} into vectors of {@code fields} (memory format). */
  static LoadedVectors batch(FileChannel channel, Meta meta, List<Field> fields,
      BufferAllocator parent) throws IOException {
    LoadedVectors loaded = new LoadedVectors(parent, "batch@" + meta.offset());
    try {
      RecordBatch header = (RecordBatch) meta.message().header(new RecordBatch());
      loaded.load(channel, meta, header, fields);
      return loaded;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      loaded.close();
      throw e;
    }
  }

  /** Loads a dictionary from its batches (a replacement, then deltas) into one vector. */
  static LoadedVectors dictionary(FileChannel channel, List<Meta> parts, Field values,
      BufferAllocator parent) throws IOException {
    LoadedVectors loaded = new LoadedVectors(parent, "dictionary@" + parts.get(0).offset());
    try {
      for (Meta part : parts) {
        DictionaryBatch header = (DictionaryBatch) part.message().header(new DictionaryBatch());
        loaded.load(channel, part, header.data(), List.of(values));
      }
      FieldVector vector = loaded.vectors.get(0);
      for (int i = 1; i < loaded.vectors.size(); i++) {
        VectorBatchAppender.batchAppend(vector, loaded.vectors.get(i));
      }
      return loaded;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      loaded.close();
      throw e;
    }
  }

  /** The vectors of a record batch; of a dictionary, its values first. */
  List<FieldVector> vectors() {
    return vectors;
  }

  private void load(FileChannel channel, Meta meta, RecordBatch header, List<Field> fields)
      throws IOException {
    if (header == null) {
      throw new BadArrowException("message at byte " + meta.offset() + " has no batch header");
    }
    checkLengths(header, fields);
    ArrowBuf body = IpcMessages.body(channel, meta, allocator);
    owned.add(body);
    ArrowRecordBatch batch = MessageSerializer.deserializeRecordBatch(header, body);
    try {
      List<FieldVector> created = new ArrayList<>();
      for (Field field : fields) {
        created.add(field.createVector(allocator));
      }
      vectors.addAll(created);
      BufferLoader.load(batch, created, owned::add);
    } finally {
      batch.close();
    }
  }

  /** Every top-level field node must hold as many values as the batch has rows. */
  private static void checkLengths(RecordBatch header, List<Field> fields)
      throws BadArrowException {
    int node = 0;
    for (Field field : fields) {
      if (node >= header.nodesLength()) {
        throw new BadArrowException("the batch has fewer field nodes than its schema needs");
      }
      long length = header.nodes(node).length();
      if (length != header.length()) {
        throw new BadArrowException("field " + field.getName() + " holds " + length
            + " values in a batch of " + header.length() + " rows");
      }
      node += nodeCount(field);
    }
  }

  private static int nodeCount(Field field) {
    int count = 1;
    for (Field child : field.getChildren()) {
      count += nodeCount(child);
    }
    return count;
  }

  @Override
  public void close() {
    for (FieldVector vector : vectors) {
      vector.close();
    }
    for (ArrowBuf buffer : owned) {
      ReferenceManager manager = buffer.getReferenceManager();
      if (buffer.capacity() > 0 && manager.getRefCount() > 0) {
        manager.release(manager.getRefCount());
      }
    }
    try {
      allocator.close();
    } catch (IllegalStateException e) {
      // a buffer Arrow lost track of; nothing more can be released (tests check for this)
    }
  }
}
