package dev.sluice.validator.text;

import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON Lines record straight from its bytes when it is plain JSON, for the fast paths
 * of the first pass ({@link PlainRecordSkim}) and of the scan ({@link PlainRecordScan}). Plain
 * means: ASCII; string escapes other than backslash-u (none in keys); numbers of at most {@value
 * #MAX_NUMBER} characters; strings of at most {@value #MAX_STRING} bytes; at most {@value
 * #MAX_DEPTH} levels; objects of at most {@value PlainKeys#MAX_KEYS} keys, none repeated; valid
 * JSON by RFC 8259 throughout, one object on the line. On anything else a subclass throws
 * {@link Doubt} and the record goes to Jackson, which reads all of JSON (and says what is wrong).
 *
 * <p>Subclasses read the members of the top-level object; this class gives them the tokens and
 * passes over values nobody reads, checking them all the same.
 */
abstract class PlainJson {
  static final int MAX_DEPTH = 64;
  static final int MAX_NUMBER = 100;
  static final int MAX_STRING = 1 << 16;

  protected byte[] buf = new byte[0];
  protected int pos;
  protected int end;
  private int depth;
  private final PlainKeys keys = new PlainKeys();
  private final KeyGuesses guesses = new KeyGuesses();
  /** The last string read: content {@code buf[tokenStart, tokenEnd)}; with escapes or not. */
  protected int tokenStart;
  protected int tokenEnd;
  protected boolean escaped;

  /** Thrown to leave a record to Jackson; one instance, no stack trace. */
  static final class Doubt extends Exception {
    private static final long serialVersionUID = 1L;
    static final Doubt INSTANCE = new Doubt();

    private Doubt() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads the record {@code buf[from, to)}: its {@code {}, then {@link #members} up to and with
   * its {@code }}, then nothing but spaces. False when it is not plain (see the class).
   */
  final boolean read(byte[] buf, int from, int to) {
    this.buf = buf;
    this.pos = from;
    this.end = to;
    this.depth = 0;
    keys.clear();
    try {
      skipSpace();
      if (next() != '{') {
        return false;
      }
      descend(true);
      if (peek() == '}') {
        pos++;
      } else {
        members();
      }
      ascend(true);
      skipSpace();
      return pos == end;
    } catch (Doubt d) {
      return false;
    }
  }

  /** A reader that only checks: true for a plain record, whatever its keys. */
  static PlainJson checker() {
    return new PlainJson() {
      @Override
      protected void members() throws Doubt {
        do {
          key();
          skipValue();
        } while (!memberEnds());
      }
    };
  }

  /** The top-level members, the first at the position, through the closing {@code }}. */
  protected abstract void members() throws Doubt;

  /**
   * Reads a member's key and its colon; the key is {@code buf[tokenStart, tokenEnd)} (plain, no
   * escapes), refused when the innermost object has it already.
   */
  protected final void key() throws Doubt {
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
    tokenStart = start;
    tokenEnd = stop;
    skipSpace();
    if (next() != ':') {
      throw Doubt.INSTANCE;
    }
    skipSpace();
  }

  /**
   * Reads a member's key and colon ({@link #key}) and returns the child of {@code node} under it,
   * or null; {@code member}: the member's position in the top-level object, whose keys are
   * compared first with the last record's ({@link KeyGuesses}).
   */
  protected final @Nullable PathNode keyIn(PathNode node, int member) throws Doubt {
    key();
    return guesses.child(node, buf, tokenStart, tokenEnd - tokenStart, member);
  }

  /** As above, for a member of a nested object. */
  protected final @Nullable PathNode keyIn(PathNode node) throws Doubt {
    key();
    return node.child(buf, tokenStart, tokenEnd - tokenStart);
  }

  /** After a member's value: true at the object's {@code }}, false after a comma. */
  protected final boolean memberEnds() throws Doubt {
    return ends('}');
  }

  /** After a list element: true at the list's {@code ]}, false after a comma. */
  protected final boolean elementEnds() throws Doubt {
    return ends(']');
  }

  private boolean ends(int close) throws Doubt {
    skipSpace();
    int c = next();
    if (c == close) {
      return true;
    }
    if (c != ',') {
      throw Doubt.INSTANCE;
    }
    skipSpace();
    return false;
  }

  /** Enters an object or list, its opening bracket read; too deep is a doubt. */
  protected final void descend(boolean object) throws Doubt {
    if (++depth > MAX_DEPTH) {
      throw Doubt.INSTANCE;
    }
    if (object) {
      keys.open();
    }
    skipSpace();
  }

  /** Leaves what {@link #descend} entered, its closing bracket read. */
  protected final void ascend(boolean object) {
    depth--;
    if (object) {
      keys.close();
    }
  }

  /** Any value, checked and passed over. */
  protected final void skipValue() throws Doubt {
    int c = next();
    switch (c) {
      case '{' -> skipObject();
      case '[' -> skipList();
      case '"' -> string();
      case 't' -> literal("rue");
      case 'f' -> literal("alse");
      case 'n' -> literal("ull");
      default -> number(c);
    }
  }

  private void skipObject() throws Doubt {
    descend(true);
    if (peek() == '}') {
      pos++;
    } else {
      do {
        key();
        skipValue();
      } while (!memberEnds());
    }
    ascend(true);
  }

  private void skipList() throws Doubt {
    descend(false);
    if (peek() == ']') {
      pos++;
    } else {
      do {
        skipValue();
      } while (!elementEnds());
    }
    ascend(false);
  }

  /**
   * A string value, its opening quote read: plain bytes and the simple escapes; sets {@link
   * #tokenStart}, {@link #tokenEnd} and {@link #escaped}.
   */
  protected final void string() throws Doubt {
    int start = pos;
    boolean escapes = false;
    while (true) {
      int stop = ByteScan.stringEnd(buf, pos, end);
      if (stop >= end || stop - start > MAX_STRING) {
        throw Doubt.INSTANCE;
      }
      byte b = buf[stop];
      if (b == '"') {
        pos = stop + 1;
        tokenStart = start;
        tokenEnd = stop;
        escaped = escapes;
        return;
      }
      if (b != '\\' || stop + 1 >= end || unescape(buf[stop + 1]) < 0) {
        throw Doubt.INSTANCE; // a control character, not ASCII, or an escape left to Jackson
      }
      escapes = true;
      pos = stop + 2;
    }
  }

  /** The character a simple escape {@code \\b} stands for, or -1 for any other. */
  static int unescape(byte b) {
    return switch (b) {
      case '"', '\\', '/' -> b;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      default -> -1;
    };
  }

  /** The rest of {@code true}, {@code false} or {@code null}, then the end of the value. */
  protected final void literal(String rest) throws Doubt {
    if (end - pos < rest.length()) {
      throw Doubt.INSTANCE;
    }
    for (int k = 0; k < rest.length(); k++) {
      if (buf[pos + k] != rest.charAt(k)) {
        throw Doubt.INSTANCE;
      }
    }
    pos += rest.length();
    valueEnds();
  }

  /**
   * A number by RFC 8259, its first character {@code c} read; its text is {@code
   * buf[tokenStart, tokenEnd)}. Returns whether it is integral (no fraction, no exponent).
   */
  protected final boolean number(int c) throws Doubt {
    int start = pos - 1;
    boolean integral = true;
    if (c == '-') {
      c = next();
    }
    if (c >= '1' && c <= '9') {
      digits();
    } else if (c != '0') {
      throw Doubt.INSTANCE; // a leading zero stands alone: valueEnds refuses a digit after it
    }
    if (peek() == '.') {
      pos++;
      requireDigit();
      digits();
      integral = false;
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
      integral = false;
    }
    if (pos - start > MAX_NUMBER) {
      throw Doubt.INSTANCE;
    }
    tokenStart = start;
    tokenEnd = pos;
    valueEnds();
    return integral;
  }

  /** A scalar must be followed by a space, a comma, a closing bracket or the end. */
  private void valueEnds() throws Doubt {
    int c = peek();
    if (c != -1 && c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\r'
        && c != '\n') {
      throw Doubt.INSTANCE;
    }
  }

  private void requireDigit() throws Doubt {
    int c = peek();
    if (c < '0' || c > '9') {
      throw Doubt.INSTANCE;
    }
  }

  private void digits() {
    while (pos < end && buf[pos] >= '0' && buf[pos] <= '9') {
      pos++;
    }
  }

  protected final void skipSpace() {
    while (pos < end) {
      byte b = buf[pos];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return;
      }
      pos++;
    }
  }

  /** The byte at the position, or -1 at the end. */
  protected final int peek() {
    return pos < end ? buf[pos] : -1;
  }

  protected final int next() {
    return pos < end ? buf[pos++] : -1;
  }
}
