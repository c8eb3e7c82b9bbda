package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a JSON file, in either layout, and hands each to a {@link Sink}: JSON
 * Lines (one object per line; blank lines skipped; a line that is not one JSON object is a
 * malformed record and reading goes on) or one array of objects (an element that is not an
 * object is a malformed record; a syntax error ends the file). Jackson streams every record:
 * no tree of the file is built.
 */
final class JsonRecords {
  /** Strict JSON; values, nesting and duplicate keys limited so hostile input stays cheap. */
  static final JsonFactory FACTORY = factory(true);

  /**
   * As {@link #FACTORY} but leaving duplicate keys to {@link DuplicateKeysParser}, which refuses
   * them the same way for less: for JSON Lines, read line by line on every reading thread.
   */
  private static final JsonFactory LINES = factory(false);

  private static JsonFactory factory(boolean strictDuplicates) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(TextFiles.MAX_VALUE)
            .maxNestingDepth(TextFiles.MAX_DEPTH)
            .maxNumberLength(1000)
            .build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // correctly rounded as the JDK's parser, several times faster
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        // on a flood of colliding keys, stop sharing names rather than throw
        .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        .build();
  }

  private JsonRecords() {}

  /** Receives records in order; each record is one row. */
  interface Sink {
    /** Reads a record: {@code p} is at its START_OBJECT and must be left at its END_OBJECT. */
    void record(JsonParser p, long line) throws IOException;

    /** Ends the record {@link #record} read, now known to be whole. */
    void complete() throws DataProblem;

    /** A record that is not a JSON object; replaces whatever {@link #record} read of it. */
    void malformed(long line, String reason) throws DataProblem;

    /**
     * JSON Lines only: reads the record {@code buf[from, to)} without a parser when it can
     * prove it well-formed, as {@link #record} would ({@link #complete} follows); false leaves
     * it to the parser, nothing of it kept.
     */
    default boolean plainRecord(byte[] buf, int from, int to) {
      return false;
    }

    /**
     * JSON Lines only: the record read next (well-formed or not) begins {@code offset} bytes
     * into the stream, on line {@code line}. Not told of a line too long to hold.
     */
    default void startsAt(long offset, long line) {}
  }

  /** Records of a JSON array; a syntax error is thrown, with its location. */
  static void array(InputStream in, Sink sink) throws IOException, DataProblem {
    try (JsonParser p = FACTORY.createParser(new Utf8Validator.CheckedStream(in))) {
      try {
        elements(p, sink);
      } catch (JsonProcessingException e) {
        if (e.getLocation() != null) {
          throw e;
        }
        throw new JsonParseException(p, e.getOriginalMessage(), e); // a limit: say where
      }
    }
  }

  private static void elements(JsonParser p, Sink sink) throws IOException, DataProblem {
    JsonToken t = p.nextToken();
    if (t == null) {
      return; // an empty file holds no records
    }
    if (t != JsonToken.START_ARRAY) {
      throw new JsonParseException(p, "expected an array of records, found " + t.asString());
    }
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      long line = p.currentTokenLocation().getLineNr();
      if (t == JsonToken.START_OBJECT) {
        sink.record(p, line);
        sink.complete();
      } else {
        p.skipChildren();
        sink.malformed(line, "not a JSON object");
      }
    }
    if (p.nextToken() != null) {
      throw new JsonParseException(p, "content after the array");
    }
  }

  /**
   * Records of JSON Lines, the first line numbered {@code firstLine}; returns the number the
   * line after the last would have (one more than the line ends read, counting from 1).
   */
  static long lines(InputStream in, long firstLine, Sink sink) throws IOException, DataProblem {
    DuplicateKeysParser.Keys keys = new DuplicateKeysParser.Keys();
    return new LineSplitter(in, firstLine, new LineSplitter.Handler() {
      @Override
      public void line(byte[] buf, int from, int to, long line, long offset)
          throws IOException, DataProblem {
        sink.startsAt(offset, line);
        JsonRecords.line(buf, from, to, line, sink, keys);
      }

      @Override
      public void tooLong(long line) throws DataProblem {
        sink.malformed(line, "a record longer than 32 MiB");
      }
    }).run();
  }

  private static void line(byte[] buf, int from, int to, long line, Sink sink,
      DuplicateKeysParser.Keys keys) throws IOException, DataProblem {
    if (to - from > TextFiles.MAX_LINE) {
      sink.malformed(line, "a record longer than 32 MiB");
      return;
    }
    if (sink.plainRecord(buf, from, to)) {
      sink.complete();
      return;
    }
    String notUtf8 = utf8Problem(buf, from, to);
    if (notUtf8 != null) {
      sink.malformed(line, notUtf8);
      return;
    }
    if (hasNulInHead(buf, from, to)) {
      sink.malformed(line, "not JSON: a NUL byte"); // Jackson would take it for UTF-16 or -32
      return;
    }
    try (JsonParser p = new DuplicateKeysParser(LINES.createParser(buf, from, to - from), keys)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        sink.record(p, line);
        expectEnd(p);
        sink.complete();
      } else {
        p.skipChildren();
        expectEnd(p);
        sink.malformed(line, "not a JSON object");
      }
    } catch (JsonProcessingException e) {
      sink.malformed(line, "not JSON: " + message(e));
    }
  }

  /** Jackson's message without the redacted source it may quote. */
  static String message(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message == null ? e.getClass().getSimpleName()
        : message.replaceAll(" ?\\(start marker at \\[Source: [^]]*\\]\\)", "")
            .replaceAll(" ?\\[Source: [^]]*\\]", "");
  }

  static boolean hasNulInHead(byte[] buf, int from, int to) {
    for (int p = from; p < Math.min(to, from + 4); p++) {
      if (buf[p] == 0) {
        return true;
      }
    }
    return false;
  }

  private static void expectEnd(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw new JsonParseException(p, "more than one JSON value on the line");
    }
  }

  /** What makes the bytes not UTF-8, or null when they are. */
  static @Nullable String utf8Problem(byte[] buf, int from, int to) {
    int p = ByteScan.asciiEnd(buf, from, to); // ASCII, the common case
    Utf8Validator utf8 = new Utf8Validator();
    while (p < to) {
      if (!utf8.accept(buf[p] & 0xFF)) {
        return String.format("not UTF-8 (byte 0x%02X)", buf[p] & 0xFF);
      }
      p = utf8.complete() ? ByteScan.asciiEnd(buf, p + 1, to) : p + 1;
    }
    return utf8.complete() ? null : "not UTF-8 (the line ends inside a character)";
  }
}
