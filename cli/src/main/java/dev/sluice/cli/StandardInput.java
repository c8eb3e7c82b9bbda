package dev.sluice.cli;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.session.ArrowStreams;
import dev.sluice.validator.session.ValidationSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * {@code sluice validate CONTRACT -}: data from standard input. An Arrow IPC stream (the
 * default) is validated batch by batch as it arrives, optionally printing the running report
 * after each batch as a JSON line. JSON Lines are validated chunk by chunk as they arrive: each
 * chunk is spooled to a temporary file (the JSON source reads a file twice) and validated as the
 * next batch of one session, so rows, uniqueness and the running report carry across chunks.
 */
final class StandardInput {
  /** Lines of JSON spooled and validated at a time. */
  static final int CHUNK_LINES = 65_536;
  /** Bytes after which a chunk ends at the next line end. */
  static final long CHUNK_BYTES = 64L << 20;
  /** Off-heap memory the Arrow stream reader may hold. */
  private static final long ARROW_MEMORY = 1L << 30;

  private final InputStream in;
  private final PrintWriter out;
  private final boolean eachBatch;
  private final int chunkLines;

  StandardInput(InputStream in, PrintWriter out, boolean eachBatch) {
    this(in, out, eachBatch, CHUNK_LINES);
  }

  /** With JSON Lines chunks of {@code chunkLines} lines (tests use small ones). */
  StandardInput(InputStream in, PrintWriter out, boolean eachBatch, int chunkLines) {
    this.in = in;
    this.out = out;
    this.eachBatch = eachBatch;
    this.chunkLines = chunkLines;
  }

  ValidationReport validate(Contract contract, ValidationOptions options, @Nullable String format)
      throws DataProblem {
    String f = format == null ? "arrow" : format;
    switch (f) {
      case "arrow": return arrow(Validator.of(contract, options));
      case "json": return jsonLines(Validator.of(contract, options.withSource(
          SourceOptions.DEFAULTS.withFormat("json").withJsonLayout("lines"))));
      default:
        throw new DataProblem("-", "standard input can be an Arrow IPC stream or JSON Lines, "
            + "not " + f + "; save it to a file instead");
    }
  }

  private ValidationReport arrow(Validator validator) throws DataProblem {
    try (ValidationSession session = validator.session()) {
      return ArrowStreams.validate(session, in, "-", ARROW_MEMORY, report -> {
        if (eachBatch) {
          out.println(report.toJsonLine());
          out.flush();
        }
      });
    }
  }

  /**
   * JSON Lines in chunks of {@link #CHUNK_LINES} lines (or {@link #CHUNK_BYTES} bytes), each
   * spooled to a temporary file and validated as the next batch of one session, so an endless
   * stream is judged as it arrives in bounded memory and disk.
   */
  private ValidationReport jsonLines(Validator validator) throws DataProblem {
    Path chunk = null;
    try (ValidationSession session = validator.session()) {
      chunk = Files.createTempFile("sluice-stdin-", ".jsonl");
      LineChunks chunks = new LineChunks(in, chunkLines);
      long first = 1;
      for (long taken; (taken = chunks.spool(chunk)) > 0; first += taken) {
        session.accept(chunk, "- (lines " + first + "-" + (first + taken - 1) + ")");
        if (eachBatch) {
          out.println(session.report().toJsonLine());
          out.flush();
        }
      }
      return session.report();
    } catch (IOException e) {
      throw new DataProblem("-", "cannot read standard input: " + e.getMessage(), e);
    } finally {
      deleteQuietly(chunk);
    }
  }

  /** Standard input cut at line ends into chunks, read in blocks (a chunk never splits a line). */
  private static final class LineChunks {
    private final InputStream in;
    private final int maxLines;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int length;

    LineChunks(InputStream in, int maxLines) {
      this.in = in;
      this.maxLines = maxLines;
    }

    /** Copies the next whole lines to {@code chunk}; returns how many (0 at the end). */
    long spool(Path chunk) throws IOException {
      long lines = 0;
      long bytes = 0;
      boolean midLine = false;
      try (OutputStream out = Files.newOutputStream(chunk)) {
        while (position < length || fill()) {
          int end = position;
          while (end < length && buffer[end] != '\n') {
            end++;
          }
          boolean lineEnds = end < length;
          int upTo = lineEnds ? end + 1 : end;
          out.write(buffer, position, upTo - position);
          bytes += upTo - position;
          position = upTo;
          midLine = !lineEnds;
          if (lineEnds && (++lines >= maxLines || bytes >= CHUNK_BYTES)) {
            return lines;
          }
        }
      }
      return midLine ? lines + 1 : lines; // the last line may lack its newline
    }

    private boolean fill() throws IOException {
      length = in.read(buffer);
      position = 0;
      if (length < 0) {
        length = 0;
        return false;
      }
      return true;
    }
  }

  private static void deleteQuietly(@Nullable Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a temporary file left behind changes nothing for the result
    }
  }
}
