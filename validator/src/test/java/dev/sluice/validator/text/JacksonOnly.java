package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonParser;
import dev.sluice.validator.DataProblem;
import java.io.IOException;

/**
 * A sink that forwards every call but {@link #plainRecord}, so that every record goes to
 * Jackson: the reference the fast paths are compared with. {@link #counting} forwards that too,
 * counting the records the fast path took ({@code plain[0]}) of all offered ({@code plain[1]}).
 */
class JacksonOnly implements JsonRecords.Sink {
  final JsonRecords.Sink to;

  JacksonOnly(JsonRecords.Sink to) {
    this.to = to;
  }

  static JsonRecords.Sink counting(JsonRecords.Sink to, int[] plain) {
    return new JacksonOnly(to) {
      @Override
      public boolean plainRecord(byte[] buf, int from, int until) {
        plain[1]++;
        boolean read = to.plainRecord(buf, from, until);
        plain[0] += read ? 1 : 0;
        return read;
      }
    };
  }

  @Override
  public void record(JsonParser p, long line) throws IOException {
    to.record(p, line);
  }

  @Override
  public void complete() throws DataProblem {
    to.complete();
  }

  @Override
  public void malformed(long line, String reason) throws DataProblem {
    to.malformed(line, reason);
  }

  @Override
  public void startsAt(long offset, long line) {
    to.startsAt(offset, line);
  }
}
