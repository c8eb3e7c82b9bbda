package dev.sluice.bench.jmh;

import com.google.re2j.Pattern;
import dev.sluice.validator.check.TextTests;
import dev.sluice.validator.check.ValueTest;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.parquet.page.HybridRle;
import dev.sluice.validator.parquet.page.PlainReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot loops under a validation, per value: dictionary ids out of an RLE/bit-packed run
 * (17-bit ids, as a 100k-entry dictionary has), PLAIN int64 values, and a plain contract
 * pattern judged by its DFA on e-mail-like text, as strings and as UTF-8 bytes in place.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmark {
  static final int VALUES = 1 << 20;

  private byte[] ids = new byte[0];
  private byte[] longs = new byte[0];
  private final int[] idOut = new int[VALUES];
  private final long[] longOut = new long[VALUES];
  private final HybridRle rle = new HybridRle();
  private final PlainReader plain = new PlainReader();
  private String[] emails = new String[0];
  private byte[] emailBytes = new byte[0];
  private final int[] emailStarts = new int[4096];
  private final int[] emailLengths = new int[4096];
  private ValueTest pattern;

  @Setup(Level.Trial)
  public void encode() throws IOException {
    SplittableRandom random = new SplittableRandom(1);
    try (RunLengthBitPackingHybridEncoder encoder = new RunLengthBitPackingHybridEncoder(
        17, 64 * 1024, 16 << 20, new HeapByteBufferAllocator())) {
      for (int i = 0; i < VALUES; i++) {
        encoder.writeInt(random.nextInt(100_000));
      }
      ids = encoder.toBytes().toByteArray();
    }
    ByteBuffer b = ByteBuffer.allocate(VALUES * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < VALUES; i++) {
      b.putLong(1_000_000L + i);
    }
    longs = b.array();
    emails = new String[4096];
    for (int i = 0; i < emails.length; i++) {
      emails[i] = "first.last" + random.nextInt(50_000) + "@example.org";
    }
    java.io.ByteArrayOutputStream utf8 = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < emails.length; i++) {
      byte[] e = emails[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
      emailStarts[i] = utf8.size();
      emailLengths[i] = e.length;
      utf8.write(e);
    }
    emailBytes = utf8.toByteArray();
    pattern = TextTests.pattern(Pattern.compile("^[^A-Z]*$"))
        .forType(ValueType.of(ValueType.Kind.STRING)).orElseThrow();
  }

  @Benchmark
  @OperationsPerInvocation(VALUES)
  public int dictionaryIds() throws IOException {
    rle.reset(ids, 0, ids.length, 17).read(idOut, 0, VALUES);
    return idOut[VALUES - 1];
  }

  @Benchmark
  @OperationsPerInvocation(VALUES)
  public long plainInt64() throws IOException {
    plain.reset(longs, 0, longs.length).int64s(longOut, 0, VALUES);
    return longOut[VALUES - 1];
  }

  @Benchmark
  @OperationsPerInvocation(4096)
  public int patternDfa() {
    int failed = 0;
    for (String email : emails) {
      failed += pattern.failsObject(email) ? 1 : 0;
    }
    return failed;
  }

  @Benchmark
  @OperationsPerInvocation(4096)
  public int patternUtf8() {
    int failed = 0;
    for (int i = 0; i < emailStarts.length; i++) {
      failed += pattern.failsUtf8(emailBytes, emailStarts[i], emailLengths[i]) ? 1 : 0;
    }
    return failed;
  }
}
