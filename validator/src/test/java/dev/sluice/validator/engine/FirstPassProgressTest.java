package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.validator.Progress;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text file's first reading is told to the progress, to its last byte, before its rows. */
class FirstPassProgressTest {
  private static final Path CONTRACT = Path.of("src/test/resources/session/orders.odcs.yaml");

  @TempDir Path dir;

  /** Bytes of the first reading, and whether any came after the file's rows started. */
  private static final class Recorder implements Progress {
    final AtomicLong read = new AtomicLong();
    volatile boolean started;
    volatile boolean lateRead;

    @Override
    public void firstPassRead(String path, long bytes, long fileBytes) {
      assertThat(bytes).isPositive();
      read.addAndGet(bytes);
      lateRead |= started;
    }

    @Override
    public void fileStarted(String path, long rows, long bytes) {
      started = true;
    }
  }

  @Test
  void csvAndJsonLinesAreReadOnceToTheirLastByteBeforeTheirRows() throws Exception {
    StringBuilder csv = new StringBuilder("id,email,qty,amount\n");
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      csv.append(i).append(",a").append(i).append("@b.com,").append(1 + i % 9).append(",1.5\n");
      json.append("{\"id\":").append(i).append(",\"qty\":").append(1 + i % 9).append("}\n");
    }
    for (Path file : List.of(Files.writeString(dir.resolve("orders.csv"), csv),
        Files.writeString(dir.resolve("orders.jsonl"), json))) {
      Recorder progress = new Recorder();
      ValidationOptions options = ValidationOptions.DEFAULTS.withProgress(progress)
          .withSource(ValidationOptions.DEFAULTS.source().withPartBytes(4_096)).withThreads(3);
      Validator.of(Contracts.load(CONTRACT), options).validate(List.of(file));
      assertThat(progress.read.get()).as(file.toString()).isEqualTo(Files.size(file));
      assertThat(progress.lateRead).as("read after the rows started").isFalse();
    }
  }
}
