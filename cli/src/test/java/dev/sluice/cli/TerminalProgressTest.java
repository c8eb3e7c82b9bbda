package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);

  @Test
  void aQuarantineRunShowsTheValidationThenTheSplitEachToItsEnd() {
    TerminalProgress progress = new TerminalProgress(err, System.nanoTime() - 2_000_000_000L);
    progress.fileStarted("orders.parquet", 1_000, 4_096);
    progress.advanced(600, 2_000);
    progress.advanced(400, 2_096);
    progress.stageStarted("quarantine", 1_000, 4_096);
    progress.advanced(250, 1_024);
    progress.advanced(750, 3_072);
    progress.finished();

    String text = out.toString(StandardCharsets.UTF_8);
    int split = text.indexOf("quarantine");
    assertThat(split).as(text).isPositive();
    assertThat(text.substring(0, split)).as("the validation's bar, complete").contains("validate")
        .contains("1000/1000");
    assertThat(text.substring(split)).as("the split's bar, complete").contains("1000/1000")
        .doesNotContain("validate");
    assertThat(text).as("the bytes apart from the speed").contains("rows/s 4.0 KiB");
  }

  @Test
  void aTextFilesFirstReadingHasItsOwnBarBeforeTheValidation() {
    TerminalProgress progress = new TerminalProgress(err, System.nanoTime() - 2_000_000_000L);
    for (int k = 0; k < 4; k++) {
      progress.firstPassRead("orders.csv", 1 << 20, 4 << 20);
    }
    progress.fileStarted("orders.csv", 1_000, 4 << 20);
    progress.advanced(1_000, 4 << 20);
    progress.finished();

    String text = out.toString(StandardCharsets.UTF_8);
    int validate = text.indexOf("validate");
    assertThat(text.indexOf("read")).as(text).isGreaterThanOrEqualTo(0).isLessThan(validate);
    assertThat(text.substring(0, validate)).as("the reading, complete").contains("4/4");
    assertThat(text.substring(validate)).contains("1000/1000");
  }

  @Test
  void aShortRunShowsNoBar() {
    TerminalProgress progress = new TerminalProgress(err, System.nanoTime());
    progress.fileStarted("orders.parquet", 10, 100);
    progress.advanced(10, 100);
    progress.finished();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
