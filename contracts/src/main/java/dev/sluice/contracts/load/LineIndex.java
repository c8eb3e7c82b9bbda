package dev.sluice.contracts.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks a document with a streaming parser and records the line where each node starts, so a
 * finding about {@code schema[0].properties[3]} can name the line a person sees.
 */
final class LineIndex {
  private final Map<String, Integer> lines = new HashMap<>();
  /** One frame per open container: its path and, for arrays, the next element index. */
  private final Deque<Frame> stack = new ArrayDeque<>();

  private LineIndex() {}

  static Map<String, Integer> of(JsonFactory factory, String text) throws IOException {
    LineIndex index = new LineIndex();
    try (JsonParser parser = factory.createParser(text)) {
      index.walk(parser);
    }
    return index.lines;
  }

  private void walk(JsonParser parser) throws IOException {
    String pendingField = null;
    for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
      if (t == JsonToken.FIELD_NAME) {
        pendingField = parser.currentName();
        lines.putIfAbsent(Paths.child(top().path, pendingField), line(parser));
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        stack.pop();
        continue;
      }
      String path = valuePath(pendingField);
      pendingField = null;
      lines.putIfAbsent(path, line(parser));
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        stack.push(new Frame(path));
      }
    }
  }

  private String valuePath(String field) {
    if (stack.isEmpty()) {
      return "";
    }
    Frame frame = top();
    return field != null ? Paths.child(frame.path, field) : Paths.index(frame.path, frame.next++);
  }

  private Frame top() {
    return stack.isEmpty() ? new Frame("") : stack.peek();
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static final class Frame {
    final String path;
    int next;

    Frame(String path) {
      this.path = path;
    }
  }
}
