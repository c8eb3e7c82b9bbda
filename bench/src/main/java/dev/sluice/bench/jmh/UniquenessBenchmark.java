package dev.sluice.bench.jmh;

import dev.sluice.validator.distinct.BytesKeySet;
import dev.sluice.validator.distinct.LongKeySet;
import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.distinct.Occurrences;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot loop of a uniqueness check: one row group's keys (1,048,576) added to a fresh exact
 * set. {@code sequential} keys take the dense bitset, {@code random} ones the open-addressing
 * table; {@code strings} are 24-byte e-mail-like keys in the byte arena. Time per key.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UniquenessBenchmark {
  static final int KEYS = 1_048_576;

  @Param({"sequential", "random"})
  public String keys = "sequential";

  private long[] longs = new long[0];
  private String[] strings = new String[0];

  @Setup(Level.Trial)
  public void makeKeys() {
    SplittableRandom random = new SplittableRandom(42);
    longs = new long[KEYS];
    strings = new String[KEYS];
    for (int i = 0; i < KEYS; i++) {
      longs[i] = keys.equals("sequential") ? 1_000_000L + i : random.nextLong();
      strings[i] = "customer" + (keys.equals("sequential") ? i : random.nextInt()) + "@example.com";
    }
  }

  @Benchmark
  @OperationsPerInvocation(KEYS)
  public long longKeys() {
    LongKeySet set = keys.equals("sequential")
        ? LongKeySet.create(MemoryBudget.unlimited(), 1_000_000L, 1_000_000L + KEYS, KEYS)
        : LongKeySet.create(MemoryBudget.unlimited());
    Occurrences occurrences = new Occurrences(5);
    set.addAll(longs, 0, KEYS, occurrences);
    return set.size() + occurrences.repeats();
  }

  @Benchmark
  @OperationsPerInvocation(KEYS)
  public long stringKeys() {
    BytesKeySet set = BytesKeySet.create(MemoryBudget.unlimited());
    long repeats = 0;
    for (String s : strings) {
      repeats += set.add(s) > 0 ? 1 : 0;
    }
    return set.size() + repeats;
  }
}
