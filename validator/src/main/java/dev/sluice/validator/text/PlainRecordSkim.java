package dev.sluice.validator.text;

import dev.sluice.validator.text.PathNode.Shape;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The discovery's fast path: reads one JSON Lines record straight from its bytes when it is
 * plain JSON, and notes in the {@link JsonDiscovery} what Jackson's reading would have noted
 * (keys met, columns seen, shapes that make columns null). Plain means: ASCII; string escapes
 * other than {@code \\u} (none in keys); numbers of at most {@value #MAX_NUMBER} characters;
 * strings of at most {@value #MAX_STRING} bytes; at most {@value #MAX_DEPTH} levels; objects of
 * at most 256 keys, none repeated; and valid JSON by RFC 8259 throughout, one object on the line. Anything
 * else, well-formed or not, is left to Jackson ({@link #read} answers false).
 *
 * <p>The first pass reads every record of a file once before the scan reads it again; parsing
 * plain records without Jackson's parser (made anew for every line, its names turned into
 * strings) makes that pass several times cheaper. What a record says is noted only once all of
 * it is read: a record left to Jackson has noted nothing.
 */
final class PlainRecordSkim {
  static final int MAX_DEPTH = 64;
  static final int MAX_NUMBER = 100;
  static final int MAX_STRING = 1 << 16;

  private final JsonDiscovery discovery;
  private final PathNode root;
  private final KeyRanges keys = new KeyRanges();
  private byte[] buf = new byte[0];
  private int pos;
  private int end;
  private int depth;
  private int listElements;
  /** What the record says, applied to the discovery once it is read whole. */
  private final Notes notes = new Notes();

  /** Thrown to leave a record to Jackson; one instance, no stack trace. */
  private static final class Doubt extends Exception {
    private static final long serialVersionUID = 1L;
    static final Doubt INSTANCE = new Doubt();

    private Doubt() {
      super(null, null, false, false);
    }
  }

  PlainRecordSkim(JsonDiscovery discovery, PathTree tree) {
    this.discovery = discovery;
    this.root = tree.root();
  }

  /** Reads the record {@code buf[from, to)} when it is plain JSON; false leaves it to Jackson. */
  boolean read(byte[] buf, int from, int to) {
    this.buf = buf;
    this.pos = from;
    this.end = to;
    this.depth = 0;
    this.listElements = 0;
    keys.clear();
    notes.clear();
    try {
      skipSpace();
      if (next() != '{') {
        return false;
      }
      object(root, true);
      skipSpace();
      if (pos != end) {
        return false;
      }
    } catch (Doubt d) {
      return false;
    }
    notes.applyTo(discovery);
    return true;
  }

  /** The members of an object, its {@code {} read; {@code node}: the contract's, or null. */
  private void object(@Nullable PathNode node, boolean top) throws Doubt {
    if (++depth > MAX_DEPTH) {
      throw Doubt.INSTANCE;
    }
    keys.open();
    skipSpace();
    if (peek() == '}') {
      pos++;
    } else {
      members(node, top);
    }
    keys.close();
    depth--;
  }

  private void members(@Nullable PathNode node, boolean top) throws Doubt {
    while (true) {
      if (next() != '"') {
        throw Doubt.INSTANCE;
      }
      int start = pos;
      int stop = ByteScan.stringEnd(buf, pos, end);
      if (stop >= end || buf[stop] != '"') {
        throw Doubt.INSTANCE; // an escape, a control character, not ASCII, or no end
      }
      pos = stop + 1;
      keys.add(buf, start, stop - start);
      skipSpace();
      if (next() != ':') {
        throw Doubt.INSTANCE;
      }
      skipSpace();
      PathNode child = node == null ? null : node.child(buf, start, stop - start);
      if (top) {
        notes.met(child != null ? child.path
            : new String(buf, start, stop - start, StandardCharsets.US_ASCII), child);
      }
      if (child == null) {
        skipValue();
      } else {
        value(child);
      }
      skipSpace();
      int c = next();
      if (c == '}') {
        return;
      }
      if (c != ',') {
        throw Doubt.INSTANCE;
      }
      skipSpace();
    }
  }

  /** A value where the contract has {@code node}: as {@link JsonDiscovery} reads it. */
  private void value(PathNode node) throws Doubt {
    int c = peek();
    if (node.shape == Shape.LEAF) {
      notes.saw(node);
      skipValue();
    } else if (node.shape == Shape.OBJECT && c == '{') {
      pos++;
      object(node, false);
    } else if (node.shape == Shape.ARRAY && c == '[') {
      pos++;
      array(node);
    } else {
      notes.mark(node);
      skipValue();
    }
  }

  /** The elements of a contract's list, its {@code [} read. */
  private void array(PathNode node) throws Doubt {
    PathNode element = node.element();
    if (element == null) {
      elements();
      return;
    }
    if (++depth > MAX_DEPTH) {
      throw Doubt.INSTANCE;
    }
    skipSpace();
    if (peek() == ']') {
      pos++;
      notes.mark(node);
    } else {
      while (true) {
        if (++listElements > TextFiles.MAX_LIST_ELEMENTS) {
          throw Doubt.INSTANCE;
        }
        value(element);
        skipSpace();
        int c = next();
        if (c == ']') {
          break;
        }
        if (c != ',') {
          throw Doubt.INSTANCE;
        }
        skipSpace();
      }
    }
    depth--;
  }

  /** Any value, checked and passed over. */
  private void skipValue() throws Doubt {
    int c = next();
    switch (c) {
      case '{' -> object(null, false);
      case '[' -> elements();
      case '"' -> string();
      case 't' -> literal("rue");
      case 'f' -> literal("alse");
      case 'n' -> literal("ull");
      default -> number(c);
    }
  }

  /** The elements of a list nobody reads, its {@code [} read. */
  private void elements() throws Doubt {
    if (++depth > MAX_DEPTH) {
      throw Doubt.INSTANCE;
    }
    skipSpace();
    if (peek() == ']') {
      pos++;
    } else {
      while (true) {
        skipValue();
        skipSpace();
        int c = next();
        if (c == ']') {
          break;
        }
        if (c != ',') {
          throw Doubt.INSTANCE;
        }
        skipSpace();
      }
    }
    depth--;
  }

  /** A string value, its opening quote read: plain bytes and the simple escapes. */
  private void string() throws Doubt {
    int start = pos;
    while (true) {
      int stop = ByteScan.stringEnd(buf, pos, end);
      if (stop >= end || stop - start > MAX_STRING) {
        throw Doubt.INSTANCE;
      }
      byte b = buf[stop];
      if (b == '"') {
        pos = stop + 1;
        return;
      }
      if (b != '\\' || stop + 1 >= end || !simpleEscape(buf[stop + 1])) {
        throw Doubt.INSTANCE; // a control character, not ASCII, or an escape left to Jackson
      }
      pos = stop + 2;
    }
  }

  private static boolean simpleEscape(byte b) {
    return b == '"' || b == '\\' || b == '/' || b == 'b' || b == 'f' || b == 'n' || b == 'r'
        || b == 't';
  }

  /** The rest of {@code true}, {@code false} or {@code null}. */
  private void literal(String rest) throws Doubt {
    if (end - pos < rest.length()) {
      throw Doubt.INSTANCE;
    }
    for (int k = 0; k < rest.length(); k++) {
      if (buf[pos + k] != rest.charAt(k)) {
        throw Doubt.INSTANCE;
      }
    }
    pos += rest.length();
  }

  /** A number by RFC 8259, its first character {@code c} read. */
  private void number(int c) throws Doubt {
    int start = pos - 1;
    if (c == '-') {
      c = next();
    }
    if (c == '0') {
      // no more digits: a leading zero stands alone
    } else if (c >= '1' && c <= '9') {
      digits();
    } else {
      throw Doubt.INSTANCE;
    }
    if (peek() == '.') {
      pos++;
      requireDigit();
      digits();
    }
    int e = peek();
    if (e == 'e' || e == 'E') {
      pos++;
      int sign = peek();
      if (sign == '+' || sign == '-') {
        pos++;
      }
      requireDigit();
      digits();
    }
    if (pos - start > MAX_NUMBER || isDigit(peek())) {
      throw Doubt.INSTANCE; // long, or a leading zero followed by digits
    }
  }

  private void requireDigit() throws Doubt {
    if (!isDigit(peek())) {
      throw Doubt.INSTANCE;
    }
  }

  private void digits() {
    while (pos < end && isDigit(buf[pos])) {
      pos++;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private void skipSpace() {
    while (pos < end) {
      byte b = buf[pos];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return;
      }
      pos++;
    }
  }

  /** The byte at the position, or -1 at the end. */
  private int peek() {
    return pos < end ? buf[pos] : -1;
  }

  private int next() {
    return pos < end ? buf[pos++] : -1;
  }

  /** Keys met at the top level (in order), leaves seen and nodes marked, for one record. */
  private static final class Notes {
    private String[] keys = new String[16];
    private @Nullable PathNode[] keyNodes = new PathNode[16];
    private int keyCount;
    private PathNode[] nodes = new PathNode[16];
    /** For each of {@link #nodes}: a leaf seen (true) or a node marked (false). */
    private boolean[] seen = new boolean[16];
    private int nodeCount;

    void clear() {
      keyCount = 0;
      nodeCount = 0;
    }

    void met(String key, @Nullable PathNode node) {
      if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
        keyNodes = Arrays.copyOf(keyNodes, keyCount * 2);
      }
      keys[keyCount] = key;
      keyNodes[keyCount++] = node;
    }

    void saw(PathNode leaf) {
      add(leaf, true);
    }

    void mark(PathNode node) {
      add(node, false);
    }

    private void add(PathNode node, boolean leaf) {
      if (nodeCount == nodes.length) {
        nodes = Arrays.copyOf(nodes, nodeCount * 2);
        seen = Arrays.copyOf(seen, nodeCount * 2);
      }
      seen[nodeCount] = leaf;
      nodes[nodeCount++] = node;
    }

    void applyTo(JsonDiscovery discovery) {
      for (int k = 0; k < keyCount; k++) {
        discovery.meet(keys[k], keyNodes[k]);
      }
      for (int k = 0; k < nodeCount; k++) {
        if (seen[k]) {
          discovery.sawLeaf(nodes[k]);
        } else {
          discovery.mark(nodes[k]);
        }
      }
    }
  }

  /** The keys of the objects open along the current path, as byte ranges of the record. */
  private static final class KeyRanges {
    private static final int MAX_KEYS = 256;
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private int size;
    private int[] frames = new int[8];
    /** For each open object, one bit per key length and first byte: most keys are new at once. */
    private long[] bits = new long[8];
    private int depth;

    void clear() {
      size = 0;
      depth = 0;
    }

    void open() {
      if (depth == frames.length) {
        frames = Arrays.copyOf(frames, depth * 2);
        bits = Arrays.copyOf(bits, depth * 2);
      }
      bits[depth] = 0;
      frames[depth++] = size;
    }

    void close() {
      size = frames[--depth];
    }

    /** Notes a key of the innermost object; a key met before in it is a doubt. */
    void add(byte[] buf, int from, int length) throws Doubt {
      int frame = depth - 1;
      if (size - frames[frame] == MAX_KEYS) {
        throw Doubt.INSTANCE; // a wide object: Jackson's set does better than comparing pairs
      }
      long bit = 1L << (length * 31 + (length > 0 ? buf[from] : 0));
      if ((bits[frame] & bit) != 0) {
        for (int k = frames[frame]; k < size; k++) {
          if (lengths[k] == length
              && Arrays.equals(buf, starts[k], starts[k] + length, buf, from, from + length)) {
            throw Doubt.INSTANCE;
          }
        }
      }
      bits[frame] |= bit;
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        lengths = Arrays.copyOf(lengths, size * 2);
      }
      starts[size] = from;
      lengths[size++] = length;
    }
  }
}
