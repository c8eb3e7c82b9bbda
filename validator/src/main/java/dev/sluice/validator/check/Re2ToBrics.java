package dev.sluice.validator.check;

import java.util.Optional;

/**
 * Translates the plain subset of RE2 syntax (see {@link RegexDfa}) into dk.brics automaton
 * syntax, wrapped for find semantics: an unanchored side gets {@code .*} (any text) so that a
 * whole-value match of the result means the pattern occurs in the value. Empty when the
 * pattern uses anything outside the subset.
 */
final class Re2ToBrics {
  /** Any text, including line breaks: brics' any-string operator (flag ANYSTRING). */
  static final String ANY = "@";

  private final String p;
  private int pos;

  private Re2ToBrics(String pattern) {
    this.p = pattern;
  }

  static Optional<String> translate(String pattern) {
    try {
      return Optional.of(new Re2ToBrics(pattern).whole());
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  private String whole() throws Unsupported {
    boolean start = p.startsWith("^");
    if (start) {
      pos = 1;
    }
    String body = alternation(true);
    boolean end = false;
    if (pos < p.length() && p.charAt(pos) == '$' && pos == p.length() - 1) {
      end = true;
      pos++;
    }
    if (pos != p.length()) {
      throw new Unsupported();
    }
    return (start ? "" : ANY) + "(" + body + ")" + (end ? "" : ANY);
  }

  private String alternation(boolean top) throws Unsupported {
    StringBuilder out = new StringBuilder(concatenation(top));
    while (pos < p.length() && p.charAt(pos) == '|') {
      if (top) {
        throw new Unsupported(); // anchors would bind to one branch only; keep RE2J
      }
      pos++;
      out.append('|').append(concatenation(false));
    }
    return out.toString();
  }

  private String concatenation(boolean top) throws Unsupported {
    StringBuilder out = new StringBuilder();
    while (pos < p.length()) {
      char c = p.charAt(pos);
      if (c == '|' || c == ')' || (c == '$' && top && pos == p.length() - 1)) {
        break;
      }
      out.append(quantified(atom()));
    }
    return out.length() == 0 ? "()" : out.toString();
  }

  private String quantified(String atom) throws Unsupported {
    if (pos >= p.length()) {
      return atom;
    }
    char c = p.charAt(pos);
    String q;
    if (c == '*' || c == '+' || c == '?') {
      pos++;
      q = String.valueOf(c);
    } else if (c == '{' && p.indexOf('}', pos) > pos) {
      String inside = p.substring(pos + 1, p.indexOf('}', pos));
      if (!inside.matches("\\d{1,4}(,\\d{0,4})?")) {
        return atom; // RE2 reads a malformed brace as literal text: keep it simple, keep RE2J
      }
      pos = p.indexOf('}', pos) + 1;
      q = "{" + inside + "}";
    } else {
      return atom;
    }
    if (pos < p.length() && p.charAt(pos) == '?') {
      pos++; // lazy: the same language without captures
    }
    if (pos < p.length() && "*+?{".indexOf(p.charAt(pos)) >= 0) {
      throw new Unsupported();
    }
    return "(" + atom + ")" + q;
  }

  private String atom() throws Unsupported {
    char c = p.charAt(pos);
    switch (c) {
      case '(':
        return group();
      case '[':
        return charClass();
      case '.':
        pos++;
        return "[^" + literal('\n') + "]";
      case '\\':
        return escapeOutside();
      case '^':
      case '$':
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported();
      default:
        if (Character.isSurrogate(c)) {
          throw new Unsupported();
        }
        pos++;
        return literal(c);
    }
  }

  private String group() throws Unsupported {
    pos++;
    if (p.startsWith("?:", pos)) {
      pos += 2;
    } else if (pos < p.length() && p.charAt(pos) == '?') {
      throw new Unsupported(); // flags, named groups
    }
    String inner = alternation(false);
    if (pos >= p.length() || p.charAt(pos) != ')') {
      throw new Unsupported();
    }
    pos++;
    return "(" + inner + ")";
  }

  private String escapeOutside() throws Unsupported {
    String shorthand = shorthand();
    if (shorthand != null) {
      return "[" + shorthand + "]";
    }
    return literal(escapedLiteral());
  }

  /** {@code \d}, {@code \w}, {@code \s} as class contents (brics syntax), or null. */
  private String shorthand() {
    if (pos + 1 >= p.length()) {
      return null;
    }
    switch (p.charAt(pos + 1)) {
      case 'd': pos += 2; return "0-9";
      case 'w': pos += 2; return "0-9A-Za-z_";
      case 's': pos += 2; return literal('\t') + literal('\n') + literal('\f') + literal('\r') + literal(' ');
      default: return null;
    }
  }

  /** An escaped punctuation character or {@code \t \n \r \f}; anything else is unsupported. */
  private char escapedLiteral() throws Unsupported {
    if (pos + 1 >= p.length()) {
      throw new Unsupported();
    }
    char c = p.charAt(pos + 1);
    pos += 2;
    switch (c) {
      case 't': return '\t';
      case 'n': return '\n';
      case 'r': return '\r';
      case 'f': return '\f';
      default:
        if (Character.isLetterOrDigit(c)) {
          throw new Unsupported(); // \b, \p{..}, \x.., backreferences and the like
        }
        return c;
    }
  }

  private String charClass() throws Unsupported {
    pos++;
    StringBuilder out = new StringBuilder("[");
    if (pos < p.length() && p.charAt(pos) == '^') {
      out.append('^');
      pos++;
    }
    boolean first = true;
    while (pos < p.length() && (p.charAt(pos) != ']' || first)) {
      first = false;
      if (p.startsWith("[:", pos)) {
        throw new Unsupported(); // POSIX classes
      }
      String shorthand = p.charAt(pos) == '\\' ? shorthand() : null;
      if (shorthand != null) {
        out.append(shorthand);
        continue;
      }
      char lo = classChar();
      if (pos + 1 < p.length() && p.charAt(pos) == '-' && p.charAt(pos + 1) != ']') {
        pos++;
        char hi = classChar();
        if (hi < lo) {
          throw new Unsupported();
        }
        out.append(literal(lo)).append('-').append(literal(hi));
      } else {
        out.append(literal(lo));
      }
    }
    if (pos >= p.length()) {
      throw new Unsupported();
    }
    pos++;
    return out.append(']').toString();
  }

  private char classChar() throws Unsupported {
    char c = p.charAt(pos);
    if (c == '\\') {
      return escapedLiteral();
    }
    if (Character.isSurrogate(c)) {
      throw new Unsupported();
    }
    pos++;
    return c;
  }

  /** One character as a brics literal: escaped (backslash + the raw character) unless alphanumeric. */
  private static String literal(char c) {
    return Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "\\" + c;
  }

  /** The pattern leaves the supported subset. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }
}
