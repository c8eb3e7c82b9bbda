package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {
  @Test
  void readsPeakRssFromTheLastLineOfGnuTime() throws IOException {
    assertThat(GnuTimeOutput.peakKib("12.34 456789\n")).isEqualTo(456789);
    assertThat(GnuTimeOutput.peakKib("Command exited with non-zero status 1\n0.51 81234\n"))
        .isEqualTo(81234);
    assertThatThrownBy(() -> GnuTimeOutput.peakKib("Command terminated by signal 9\n"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void readsTheHighWaterMarkOfThisProcess() {
    Path self = Path.of("/proc/self/status");
    if (self.toFile().exists()) {
      assertThat(ProcStatus.highWaterKib(self)).isPositive();
    }
    assertThat(ProcStatus.highWaterKib(Path.of("/proc/no-such-pid/status"))).isZero();
  }

  @Test
  void measuresAShortProcess() throws Exception {
    Measured m = ProcessMeter.detect().run(List.of("sh", "-c", "echo hi; exit 1"));
    assertThat(m.exitCode()).isEqualTo(1);
    assertThat(m.stdout()).isEqualTo("hi\n");
    assertThat(m.peakRssKib()).isPositive();
    assertThat(m.wallSeconds()).isPositive();
  }

  @Test
  void pollsProcWhenGnuTimeIsAbsent() throws Exception {
    Measured m = ProcessMeter.polling().run(List.of("sh", "-c", "sleep 0.2; echo polled"));
    assertThat(m.exitCode()).isZero();
    assertThat(m.stdout()).isEqualTo("polled\n");
    assertThat(m.peakRssKib()).isPositive();
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    List<Measured> runs = List.of(run(3), run(1), run(2), run(10));
    assertThat(FileResult.median(runs, Measured::wallSeconds)).isEqualTo(2.5);
    assertThat(FileResult.median(runs.subList(0, 3), Measured::wallSeconds)).isEqualTo(2.0);
  }

  private static Measured run(double seconds) {
    return new Measured(seconds, 1024, 0, "", "");
  }
}
