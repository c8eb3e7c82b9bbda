package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the records of one JSON file to an accepted and a rejected file in the input's layout,
 * in input order, UTF-8. Rows are found as the validation found them ({@link JsonDataFile}: the
 * same layout rule, blank lines skipped, a malformed line or element still a row), so row N here
 * is row N of the marks.
 *
 * <ul>
 *   <li><b>JSON Lines</b>: an accepted line is copied byte for byte, followed by LF (a CR before
 *       the LF is dropped). A rejected record is written on one line with the field {@value
 *       SplitTarget#VIOLATIONS} (the ids of the checks it failed, an array of strings) after its
 *       own fields.
 *   <li><b>Array</b>: each output is one array, a record per line ({@code []} when empty).
 *       Accepted records keep their content; rejected ones get the added field as above.
 *   <li><b>Records that are not objects</b> (a line or element holding a number, string, array,
 *       {@code true}, {@code false} or {@code null}) are wrapped when rejected: {@code
 *       {"_sluice_record": <the value>, "_sluice_violations": [...]}} ({@value #RECORD}).
 *   <li><b>JSON Lines lines that are not one JSON value</b> (a syntax error, a duplicate key,
 *       two values, bytes that are not UTF-8, a line over 32 MiB) are wrapped when rejected as
 *       their text: {@code {"_sluice_text": "<the line>", "_sluice_violations": [...]}} ({@value
 *       #TEXT}; bytes that are not UTF-8 become U+FFFD). Accepted, they are copied as they are.
 * </ul>
 *
 * <p>Content is kept exactly: keys in order, numbers as written (no rounding through doubles),
 * strings with the same characters, though escapes may be written differently (an escaped
 * {@code é} as the character itself). A rejected object that already has a field {@value
 * SplitTarget#VIOLATIONS} is a problem, as in the other formats. Everything streams: array
 * records token by token, JSON Lines line by line (a line over 32 MiB in pieces).
 */
public final class JsonSplitter {
  /** The field that holds a rejected record that is not a JSON object. */
  public static final String RECORD = "_sluice_record";
  /** The field that holds the text of a rejected JSON Lines line that is not one JSON value. */
  public static final String TEXT = "_sluice_text";

  private JsonSplitter() {}

  /** Splits {@code input} (validated with {@code marks}) into the target's two files. */
  public static SplitTarget.Counts split(Path input, String displayPath, SourceOptions options,
      FileMarks marks, SplitTarget target) throws DataProblem {
    boolean array = JsonDataFile.isArray(input, displayPath, options);
    RowVerdicts verdicts = new RowVerdicts(marks, displayPath, target.progress());
    JsonRecordWriter writer = new JsonRecordWriter(displayPath);
    try (InputStream in = TextFiles.open(input, displayPath)) {
      if (array) {
        splitArray(in, verdicts, target, writer);
      } else {
        JsonLinesSplitter.split(in, verdicts, target, writer);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr()
          + ": ";
      throw new DataProblem(displayPath, where + "not JSON: " + JsonRecords.message(e), e);
    } catch (Utf8Validator.NotUtf8Exception e) {
      throw new DataProblem(displayPath, e.getMessage(), e);
    } catch (IOException e) {
      throw new DataProblem(displayPath, "cannot split: " + TextFiles.describe(e), e);
    }
    return verdicts.finish();
  }

  private static void splitArray(InputStream in, RowVerdicts verdicts, SplitTarget target,
      JsonRecordWriter writer) throws IOException, DataProblem {
    try (JsonParser p = JsonRecords.FACTORY.createParser(new Utf8Validator.CheckedStream(in));
        ArrayOutput accepted = new ArrayOutput(JsonRecordWriter.open(target.accepted()));
        ArrayOutput rejected = new ArrayOutput(JsonRecordWriter.open(target.rejected()))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return; // an empty file holds no records
      }
      if (t != JsonToken.START_ARRAY) {
        throw verdicts.changed();
      }
      for (t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
        long line = p.currentTokenLocation().getLineNr();
        List<String> failed = verdicts.next();
        if (failed == null) {
          JsonRecordWriter.copy(p, accepted.next());
        } else {
          writer.rejected(p, rejected.next(), failed, line);
        }
      }
      if (t == null || p.nextToken() != null) {
        throw verdicts.changed();
      }
    }
  }

  /** One output array, written a record per line. */
  private static final class ArrayOutput implements AutoCloseable {
    private final JsonGenerator g;
    private long records;

    ArrayOutput(JsonGenerator g) throws IOException {
      this.g = g;
      g.writeRaw('[');
    }

    /** The generator, ready for the next record. */
    JsonGenerator next() throws IOException {
      g.writeRaw(records++ == 0 ? "\n" : ",\n");
      return g;
    }

    @Override
    public void close() throws IOException {
      try (g) {
        g.writeRaw(records == 0 ? "]\n" : "\n]\n");
      }
    }
  }
}
