package dev.sluice.bench.jmh;

import dev.sluice.bench.BenchChecks;
import dev.sluice.bench.BenchResources;
import dev.sluice.contracts.Contracts;
import dev.sluice.samples.GeneratorOptions;
import dev.sluice.samples.OrdersWriter;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validates a generated 1,000,000-row orders file (clean or dirty, 1,048,576-row groups)
 * against the bench contract with the library API: the engine's time without JVM start-up.
 * The file is written into a temporary folder once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ValidateFileBenchmark {
  static final long ROWS = 1_000_000;

  @Param({"clean", "dirty"})
  public String data = "clean";

  // Set by writeFile before any benchmark call, as JMH does for @State fields.
  private Path dir = Path.of("");
  private Path file = Path.of("");
  private Validator validator;

  @Setup(Level.Trial)
  public void writeFile() throws Exception {
    dir = Files.createTempDirectory("sluice-jmh-");
    file = dir.resolve("orders-" + data + ".parquet");
    GeneratorOptions options = GeneratorOptions.of(ROWS, file, Instant.parse("2026-11-01T00:00:00Z"))
        .withDirty(data.equals("dirty")).withRowGroupRows(1_048_576);
    new OrdersWriter(options).write();
    validator = Validator.of(Contracts.load(BenchResources.copyTo(BenchChecks.CONTRACT_RESOURCE, dir)));
  }

  @Benchmark
  public ValidationReport validate() throws Exception {
    return validator.validate(List.of(file));
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }
}
