package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parser that refuses a key met twice in one object, as Jackson's {@code
 * STRICT_DUPLICATE_DETECTION} does (same moment, same message), for a fraction of its cost:
 * Jackson builds a {@code HashSet} for every object of every record (11 % of a JSON Lines
 * validation); this compares a key with the object's earlier keys by reference and hash (Jackson
 * interns the names it reads), and takes a set only for an object of many keys. Every way of
 * moving the parser (tokens, names, values, {@link #skipChildren}, a generator copying from it)
 * passes through {@link #nextToken} or {@link #nextFieldName}. One instance reads one record and
 * is dropped after an error; the key store is reused from record to record.
 *
 * <p>One difference: Jackson checks a key before it looks at the value's first character, this
 * after; a record broken right there is named for its syntax, not its repeated key. Malformed
 * either way.
 */
final class DuplicateKeysParser extends JsonParserDelegate {
  /** Above this many keys, an object's keys are looked up in a set. */
  private static final int SCAN_LIMIT = 32;

  private final Keys keys;

  DuplicateKeysParser(JsonParser parser, Keys keys) {
    super(parser);
    this.keys = keys;
    keys.clear();
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return met(delegate.nextToken());
  }

  @Override
  public String nextFieldName() throws IOException {
    String name = delegate.nextFieldName();
    if (name != null) {
      keys.add(this, name);
    } else {
      met(delegate.currentToken());
    }
    return name;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    for (int open = 1; open > 0; ) {
      t = nextToken();
      if (t == null) {
        return this;
      }
      if (t.isStructStart()) {
        open++;
      } else if (t.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private @Nullable JsonToken met(@Nullable JsonToken t) throws IOException {
    if (t == JsonToken.FIELD_NAME) {
      keys.add(this, delegate.currentName());
    } else if (t == JsonToken.START_OBJECT) {
      keys.open();
    } else if (t == JsonToken.END_OBJECT) {
      keys.close();
    }
    return t;
  }

  /** The keys of the objects open along the current path; one per reading thread. */
  static final class Keys {
    private String[] names = new String[64];
    private int size;
    /** For each open object, where its keys begin in {@link #names}, and its set if large. */
    private int[] starts = new int[16];
    /**
     * For each open object, one bit per key hash modulo 64: a key whose bit is clear is new
     * without comparing it with any other (most keys of most records).
     */
    private long[] hashBits = new long[16];
    private @Nullable Set<String>[] sets = newSets(16);
    private int depth;

    void clear() {
      size = 0;
      Arrays.fill(sets, 0, depth, null);
      depth = 0;
    }

    void open() {
      if (depth == starts.length) {
        starts = Arrays.copyOf(starts, depth * 2);
        hashBits = Arrays.copyOf(hashBits, depth * 2);
        sets = Arrays.copyOf(sets, depth * 2);
      }
      hashBits[depth] = 0;
      starts[depth++] = size;
    }

    void close() {
      depth--;
      size = starts[depth];
      sets[depth] = null;
    }

    void add(JsonParser p, String name) throws JsonParseException {
      int start = starts[depth - 1];
      Set<String> set = sets[depth - 1];
      if (set != null) {
        if (!set.add(name)) {
          throw duplicate(p, name);
        }
        return;
      }
      int hash = name.hashCode();
      long bit = 1L << hash; // the shift takes the hash's low six bits
      long bits = hashBits[depth - 1];
      hashBits[depth - 1] = bits | bit;
      for (int k = (bits & bit) == 0 ? size : start; k < size; k++) {
        String other = names[k];
        if (other == name || (other.hashCode() == hash && other.equals(name))) {
          throw duplicate(p, name);
        }
      }
      if (size - start == SCAN_LIMIT) {
        sets[depth - 1] = new HashSet<>(Arrays.asList(names).subList(start, size));
        sets[depth - 1].add(name);
        return;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
      }
      names[size++] = name;
    }

    private static JsonParseException duplicate(JsonParser p, String name) {
      return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Set<String>[] newSets(int n) {
      return (Set<String>[]) new Set<?>[n];
    }
  }
}
