package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.testing.DataFileScans;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand consecutive validations in one JVM (every tenth also writing a quarantine) leave
 * no growth behind: the same retained heap, off-heap buffers and open file handles after the
 * thousandth as after the hundredth, and the same report every time.
 */
class SoakTest {
  private static final int RUNS = 1000;
  private static final int WARM_UP = 100;

  @TempDir Path dir;

  private record Usage(long heap, long direct, long files) {}

  @Test
  void aThousandValidationsLeaveNothingBehind() throws Exception {
    Contract contract = Contracts.load(DataFileScans.resource("quarantine", "orders.odcs.yaml"));
    Path data = DataFileScans.resource("quarantine", "orders-dirty.parquet");
    Validator validator = Validator.of(contract);
    String first = null;
    Usage warm = null;
    long start = System.nanoTime();
    for (int run = 1; run <= RUNS; run++) {
      ValidationReport report = run % 10 == 0
          ? validator.quarantine(List.of(data), dir.resolve("q")).report()
          : validator.validate(List.of(data));
      String counts = report.checks().stream().map(c -> c.id() + "=" + c.failedRows()).toList()
          .toString();
      if (first == null) {
        first = counts;
      }
      assertThat(counts).as("run %d", run).isEqualTo(first);
      if (run == WARM_UP) {
        warm = usage();
      }
    }
    Usage end = usage();
    double millis = (System.nanoTime() - start) / 1e6 / RUNS;
    System.out.printf("soak: %d validations, %.1f ms each; after %d: %s; after %d: %s%n", RUNS,
        millis, WARM_UP, warm, RUNS, end);
    assertThat(end.heap() - warm.heap()).as("retained heap growth").isLessThan(16L << 20);
    assertThat(end.direct()).as("off-heap buffers").isLessThanOrEqualTo(warm.direct() + (1L << 20));
    assertThat(end.files()).as("open file handles").isLessThanOrEqualTo(warm.files() + 2);
  }

  private static Usage usage() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    long direct = 0;
    for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
      direct += pool.getMemoryUsed();
    }
    long files = ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean
        ? ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getOpenFileDescriptorCount() : -1;
    return new Usage(memory.getHeapMemoryUsage().getUsed(), direct, files);
  }
}
