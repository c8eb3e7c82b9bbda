package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON Lines half of {@link JsonSplitter}. Rows are found exactly as the validation's
 * reader ({@link LineSplitter}) finds them: lines end at LF, a CR right before it is dropped,
 * lines of only spaces, tabs and CRs are skipped, and a line too long to hold ({@link
 * TextFiles#MAX_LINE} + 2 bytes or more) is a row nonetheless. Accepted lines are copied byte for
 * byte, each followed by LF; rejected ones are written by {@link JsonRecordWriter}. A line too
 * long to hold is streamed to its side, never held whole.
 */
final class JsonLinesSplitter {
  /** As {@link LineSplitter}'s largest buffer: a line that fills it is never held. */
  private static final int MAX_HELD = TextFiles.MAX_LINE + 2;

  private final InputStream in;
  private final RowVerdicts verdicts;
  private final OutputStream accepted;
  private final JsonGenerator rejected;
  private final JsonRecordWriter writer;
  private byte[] buf = new byte[1 << 16];
  private int start;
  private int end;
  private long line = 1;
  private final PlainJson plain = PlainJson.checker();

  private JsonLinesSplitter(InputStream in, RowVerdicts verdicts, OutputStream accepted,
      JsonGenerator rejected, JsonRecordWriter writer) {
    this.in = in;
    this.verdicts = verdicts;
    this.accepted = accepted;
    this.rejected = rejected;
    this.writer = writer;
  }

  static void split(InputStream in, RowVerdicts verdicts, SplitTarget target,
      JsonRecordWriter writer) throws IOException, DataProblem {
    try (OutputStream accepted =
            new BufferedOutputStream(Files.newOutputStream(target.accepted()), 1 << 16);
        JsonGenerator rejected = JsonRecordWriter.open(target.rejected())) {
      new JsonLinesSplitter(in, verdicts, accepted, rejected, writer).run();
    }
  }

  private void run() throws IOException, DataProblem {
    int scan = 0;
    while (true) {
      int nl = indexOfLf(scan);
      if (nl >= 0) {
        held(start, nl);
        line++;
        start = nl + 1;
        scan = start;
      } else if (!makeRoom()) {
        streamed();
        scan = start;
      } else {
        scan = end;
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
          break;
        }
        end += n;
      }
    }
    if (start < end) {
      held(start, end);
    }
  }

  /** Drops what is written and grows the buffer; false when a line fills the largest one. */
  private boolean makeRoom() {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end < buf.length) {
      return true;
    }
    if (buf.length == MAX_HELD) {
      return false;
    }
    buf = Arrays.copyOf(buf, (int) Math.min(MAX_HELD, 2L * buf.length));
    return true;
  }

  private int indexOfLf(int from) {
    return ByteScan.indexOf(buf, from, end, (byte) '\n');
  }

  /** A line held in {@code buf[from, to)}, its LF excluded. */
  private void held(int from, int to) throws IOException, DataProblem {
    int last = to > from && buf[to - 1] == '\r' ? to - 1 : to;
    if (LineSplitter.isBlank(buf, from, last)) {
      return;
    }
    List<String> failed = verdicts.next();
    if (failed == null) {
      accepted.write(buf, from, last - from);
      accepted.write('\n');
      return;
    }
    if (isOneValue(from, last)) {
      try (JsonParser p = JsonRecords.FACTORY.createParser(buf, from, last - from)) {
        p.nextToken();
        writer.rejected(p, rejected, failed, line);
      }
    } else {
      InputStream text = new ByteArrayInputStream(buf, from, last - from);
      JsonRecordWriter.rejectedText(new InputStreamReader(text, StandardCharsets.UTF_8), rejected,
          failed);
    }
    rejected.writeRaw('\n');
  }

  /** Whether the line is one JSON value by the rules of the validation's reader. */
  private boolean isOneValue(int from, int to) throws IOException {
    if (to - from > TextFiles.MAX_LINE) {
      return false;
    }
    if (plain.read(buf, from, to)) {
      return true; // a plain object, checked without a parser
    }
    if (JsonRecords.utf8Problem(buf, from, to) != null || JsonRecords.hasNulInHead(buf, from, to)) {
      return false;
    }
    try (JsonParser p = JsonRecords.FACTORY.createParser(buf, from, to - from)) {
      p.nextToken();
      p.skipChildren();
      return p.nextToken() == null;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** A line too long to hold (a malformed row), streamed to its side. */
  private void streamed() throws IOException, DataProblem {
    List<String> failed = verdicts.next();
    LineRest rest = new LineRest();
    if (failed == null) {
      rest.transferTo(accepted);
      accepted.write('\n');
    } else {
      JsonRecordWriter.rejectedText(new InputStreamReader(rest, StandardCharsets.UTF_8), rejected,
          failed);
      rejected.writeRaw('\n');
    }
    rest.transferTo(OutputStream.nullOutputStream()); // the reader may stop early; finish the line
  }

  /**
   * The rest of the current line, from {@code buf} then the input: bytes up to its LF, less a CR
   * right before the LF or the end of the input (held lines lose theirs too). Leaves {@code
   * start} after the LF. Each byte is looked at once: the line may be gigabytes long.
   */
  private final class LineRest extends InputStream {
    /** Where the line's bytes in {@code buf} end: at its LF when {@link #atLf}, else at end. */
    private int stop = end;
    private boolean atLf;
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!done) {
        int ready = stop - start - (stop > start && buf[stop - 1] == '\r' ? 1 : 0);
        if (ready > 0) {
          int n = Math.min(ready, len);
          System.arraycopy(buf, start, b, off, n);
          start += n;
          return n;
        }
        if (atLf) {
          start = stop + 1;
          line++;
          done = true;
        } else {
          fill();
        }
      }
      return -1;
    }

    /** Reads more after what is left (at most a CR, held back until the next byte is known). */
    private void fill() throws IOException {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        end = 0;
        done = true;
        return;
      }
      int from = end;
      end += n;
      int nl = indexOfLf(from);
      atLf = nl >= 0;
      stop = atLf ? nl : end;
    }
  }
}
