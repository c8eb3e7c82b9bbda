package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes JSON records for a quarantine split without changing their content: keys in their
 * order, numbers exactly as written (copied as text, never through a double: {@code 0.1}, {@code
 * 1.10}, {@code 1e400} and 30-digit integers stay as they are), strings with the same characters
 * (escaped only where JSON needs it). Streams token by token; no tree is built.
 */
final class JsonRecordWriter {
  /** UTF-8 output; callers place the separators between records themselves. */
  private static final JsonFactory OUTPUT = new JsonFactoryBuilder()
      .rootValueSeparator((String) null)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private final String display;

  JsonRecordWriter(String display) {
    this.display = display;
  }

  /** A UTF-8 generator writing to a new file at {@code path}, buffered. */
  static JsonGenerator open(Path path) throws IOException {
    return OUTPUT.createGenerator(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
  }

  /** Copies the value at {@code p}'s current token, leaving {@code p} at its last token. */
  static void copy(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    for (JsonToken t = p.currentToken(); ; t = p.nextToken()) {
      if (t == null) {
        throw new JsonParseException(p, "unexpected end of input");
      }
      if (t.isNumeric()) {
        g.writeNumber(p.getText());
      } else {
        g.copyCurrentEvent(p);
      }
      depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
      if (depth == 0) {
        return;
      }
    }
  }

  /**
   * Writes the value at {@code p}'s current token as a rejected record: an object gets the field
   * {@value SplitTarget#VIOLATIONS} after its own; any other value is wrapped under {@value
   * JsonSplitter#RECORD}.
   *
   * @throws DataProblem when the object already has a field {@value SplitTarget#VIOLATIONS}
   */
  void rejected(JsonParser p, JsonGenerator g, List<String> ids, long line)
      throws IOException, DataProblem {
    g.writeStartObject();
    if (p.currentToken() == JsonToken.START_OBJECT) {
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        if (key.equals(SplitTarget.VIOLATIONS)) {
          throw new DataProblem(display, "line " + line + ": a rejected record already has a field "
              + SplitTarget.VIOLATIONS + "; drop it before quarantining the file again");
        }
        g.writeFieldName(key);
        p.nextToken();
        copy(p, g);
      }
    } else {
      g.writeFieldName(JsonSplitter.RECORD);
      copy(p, g);
    }
    endRejected(g, ids);
  }

  /** Writes a line that is not one JSON value as a rejected record: its text under {@value
   * JsonSplitter#TEXT}. */
  static void rejectedText(Reader text, JsonGenerator g, List<String> ids) throws IOException {
    g.writeStartObject();
    g.writeFieldName(JsonSplitter.TEXT);
    g.writeString(text, -1);
    endRejected(g, ids);
  }

  private static void endRejected(JsonGenerator g, List<String> ids) throws IOException {
    g.writeFieldName(SplitTarget.VIOLATIONS);
    g.writeStartArray();
    for (String id : ids) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
