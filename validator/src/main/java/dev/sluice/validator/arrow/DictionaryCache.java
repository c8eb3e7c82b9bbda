package dev.sluice.validator.arrow;

import dev.sluice.validator.arrow.IpcMessages.Meta;
import dev.sluice.validator.data.ColumnDictionary;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.jspecify.annotations.Nullable;

/**
 * The dictionaries of one file, each version (a replacement and its deltas) loaded once and
 * shared, read-only, by the scans that lease it. An IPC file has one version per dictionary, so it
 * is loaded once for the whole file; a stream that replaces dictionaries keeps at most {@link
 * #KEEP_UNUSED} versions no scan is using. Each version's values are also decoded once per
 * leaf that reads them ({@link Lease#decoded}). Thread-safe; loads happen under the lock.
 */
final class DictionaryCache implements AutoCloseable {
  static final int KEEP_UNUSED = 16;

  private final Path file;
  private final BufferAllocator allocator;
  private final Map<Long, Field> fields;
  /** Access order: the first entries are the least recently leased. */
  private final Map<List<Meta>, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  DictionaryCache(Path file, BufferAllocator allocator, Map<Long, Field> fields) {
    this.file = file;
    this.allocator = allocator;
    this.fields = fields;
  }

  private static final class Entry {
    final LoadedVectors loaded;
    final Dictionary dictionary;
    /** Its values as each leaf reads them (by column path), decoded once for every batch. */
    final Map<String, Optional<ColumnDictionary>> decoded = new HashMap<>();
    int leases;

    Entry(LoadedVectors loaded, long id) {
      this.loaded = loaded;
      this.dictionary = new Dictionary(loaded.vectors().get(0),
          new DictionaryEncoding(id, false, null));
    }
  }

  /** Leases the dictionaries {@code ids} as they are in force for {@code batch}. */
  synchronized Lease lease(IpcLayout.Batch batch, Set<Long> ids) throws IOException {
    Map<Long, Entry> leased = new HashMap<>();
    try {
      for (long id : ids) {
        List<Meta> parts = batch.dictionaries().get(id);
        if (parts == null) {
          throw new BadArrowException("the batch uses dictionary " + id
              + ", which no dictionary batch before it defines");
        }
        Entry entry = entries.get(parts);
        if (entry == null) {
          entry = new Entry(load(parts, id), id);
          entries.put(parts, entry);
        }
        entry.leases++;
        leased.put(id, entry);
      }
      return new Lease(leased);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      release(leased.values());
      throw e;
    }
  }

  private LoadedVectors load(List<Meta> parts, long id) throws IOException {
    Field values = fields.get(id);
    if (values == null) {
      throw new BadArrowException("dictionary " + id + " is not defined by the schema");
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return LoadedVectors.dictionary(channel, parts, values, allocator);
    }
  }

  private synchronized void release(Collection<Entry> leased) {
    for (Entry entry : leased) {
      entry.leases--;
    }
    int unused = 0;
    for (Entry entry : entries.values()) {
      unused += entry.leases == 0 ? 1 : 0;
    }
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext() && unused > KEEP_UNUSED; ) {
      Entry entry = it.next();
      if (entry.leases == 0) {
        it.remove();
        entry.loaded.close();
        unused--;
      }
    }
  }

  @Override
  public synchronized void close() {
    for (Entry entry : entries.values()) {
      entry.loaded.close();
    }
    entries.clear();
  }

  /** Dictionaries leased for one scan; closing gives them back. */
  final class Lease implements DictionaryProvider, AutoCloseable {
    private final Map<Long, Entry> leased;

    private Lease(Map<Long, Entry> leased) {
      this.leased = leased;
    }

    @Override
    public @Nullable Dictionary lookup(long id) {
      Entry entry = leased.get(id);
      return entry == null ? null : entry.dictionary;
    }

    /**
     * The entries of {@code values} (a leased dictionary's vector) as {@code leaf} reads them,
     * or null (see {@link LeafFiller#decode}); decoded once per dictionary version and leaf, so
     * every batch of a file shares one {@link ColumnDictionary} and checks judge each entry once.
     */
    @Nullable ColumnDictionary decoded(ArrowLeaf leaf, ValueVector values, int limit) {
      int size = values.getValueCount();
      if (size == 0 || size > limit) {
        return null;
      }
      synchronized (DictionaryCache.this) {
        for (Entry entry : leased.values()) {
          if (entry.dictionary.getVector() == values) {
            return entry.decoded.computeIfAbsent(leaf.info().path(), path -> Optional.ofNullable(
                LeafFiller.decode(leaf, values, Integer.MAX_VALUE))).orElse(null);
          }
        }
      }
      return LeafFiller.decode(leaf, values, limit);
    }

    @Override
    public Set<Long> getDictionaryIds() {
      return leased.keySet();
    }

    @Override
    public void close() {
      release(new ArrayList<>(leased.values()));
    }
  }
}
