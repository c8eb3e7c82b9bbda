package dev.sluice.cli;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.session.ArrowStreams;
import dev.sluice.validator.session.ValidationSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code sluice validate CONTRACT -}: data from standard input. An Arrow IPC stream (the
 * default) is validated batch by batch as it arrives, optionally printing the running report
 * after each batch as a JSON line. JSON Lines are copied to a temporary file (deleted
 * afterwards) and validated as a file, since the JSON source reads its input twice.
 */
final class StandardInput {
  /** Off-heap memory the Arrow stream reader may hold. */
  private static final long ARROW_MEMORY = 1L << 30;

  private final InputStream in;
  private final PrintWriter out;
  private final boolean eachBatch;

  StandardInput(InputStream in, PrintWriter out, boolean eachBatch) {
    this.in = in;
    this.out = out;
    this.eachBatch = eachBatch;
  }

  ValidationReport validate(Validator validator, @Nullable String format) throws DataProblem {
    String f = format == null ? "arrow" : format;
    switch (f) {
      case "arrow": return arrow(validator);
      case "json": return jsonLines(validator);
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

  private ValidationReport jsonLines(Validator validator) throws DataProblem {
    Path spool = null;
    try {
      spool = Files.createTempFile("sluice-stdin-", ".jsonl");
      Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
      return validator.validate(List.of(spool));
    } catch (IOException e) {
      throw new DataProblem("-", "cannot read standard input: " + e.getMessage(), e);
    } finally {
      deleteQuietly(spool);
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
