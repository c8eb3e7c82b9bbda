package dev.sluice.contracts.load;

/** Document paths in the form {@code schema[0].properties[1].name}; the root is "". */
public final class Paths {
  private Paths() {}

  public static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  public static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }

  /** The parent path: {@code a.b[2]} gives {@code a.b}, {@code a.b} gives {@code a}. */
  public static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  /** Converts a JSON pointer ({@code /schema/0/name}) into a document path. */
  public static String fromPointer(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String raw : pointer.split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (token.chars().allMatch(Character::isDigit)) {
        out.append('[').append(token).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(token);
      }
    }
    return out.toString();
  }
}
