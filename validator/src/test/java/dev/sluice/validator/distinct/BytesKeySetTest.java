package dev.sluice.validator.distinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BytesKeySetTest {

  @Test
  void agreesWithAReferenceModelOnRandomKeys() {
    MemoryBudget budget = MemoryBudget.unlimited();
    BytesKeySet set = BytesKeySet.create(budget);
    checkAgainstModel(set, new SplittableRandom(5), 200_000);
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes());
  }

  @Test
  void staysExactWhenEveryHashCollides() {
    BytesKeySet set = new BytesKeySet(MemoryBudget.unlimited(), 0x7, BytesKeySet.FRAGMENT_BITS);
    checkAgainstModel(set, new SplittableRandom(6), 5_000);
  }

  @Test
  void rehashesFromTheKeysOnceTheTableOutgrowsTheFragment() {
    BytesKeySet set = new BytesKeySet(MemoryBudget.unlimited(), -1L, 0xFF);
    checkAgainstModel(set, new SplittableRandom(8), 50_000);
  }

  @Test
  void storesKeysLongerThanAChunkAndKeysAcrossManyChunks() {
    MemoryBudget budget = MemoryBudget.unlimited();
    BytesKeySet set = BytesKeySet.create(budget);
    byte[] huge = new byte[ByteArena.CHUNK * 2 + 17];
    new SplittableRandom(1).nextBytes(huge);
    Model model = new Model();
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 6000; i++) {
      byte[] key = i % 1000 == 500 ? huge : randomKey(random, 1500, 2000);
      assertThat(set.add(key)).isEqualTo(model.add(key));
    }
    model.assertSame(set);
    assertThat(set.occurrences(huge, 0, huge.length)).isEqualTo(2);
    assertThat(set.memoryBytes()).isGreaterThan(3L * ByteArena.CHUNK);
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes());
  }

  @Test
  void encodesStringsAsUtf8AndKeepsLoneSurrogatesApart() {
    BytesKeySet set = BytesKeySet.create(MemoryBudget.unlimited());
    String[] strings = {
      "",
      "a",
      "é",
      "日本語",
      "😀 emoji",
      "Ünïcödé",
      "\uD800",
      "\uDC00",
      "\uD800\uDC00",
      "?",
      "\uDBFF",
      "a\uD83D"
    };
    for (String s : strings) {
      assertThat(set.add(s)).as(s).isZero();
    }
    for (String s : strings) {
      assertThat(set.add(s)).as(s).isEqualTo(1);
    }
    assertThat(set.size()).isEqualTo(strings.length);
    byte[] utf8 = "日本語".getBytes(StandardCharsets.UTF_8);
    assertThat(set.add(utf8)).isEqualTo(2);
    assertThat(set.occurrences("😀 emoji")).isEqualTo(2);
    assertThat(set.occurrences("😀")).isZero();
  }

  @Test
  void growsItsStringBufferForLongStrings() {
    MemoryBudget budget = MemoryBudget.unlimited();
    BytesKeySet set = BytesKeySet.create(budget);
    String longText = "ü".repeat(100_000);
    assertThat(set.add(longText)).isZero();
    assertThat(set.add(longText.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes());
  }

  @Test
  void takesTheKeyLengthPlusAboutSeventeenBytesPerDistinctKey() {
    BytesKeySet set = BytesKeySet.create(MemoryBudget.unlimited());
    assertThat(set.memoryBytes()).isEqualTo(16 * 8);
    byte[] key = new byte[20];
    for (int i = 0; i < 200_000; i++) {
      ByteBuffer.wrap(key).putInt(i).putInt(i * 31);
      set.add(key);
    }
    double overhead = (double) set.memoryBytes() / set.size() - key.length;
    assertThat(overhead).isBetween(1 + 8 / 0.7, 1 + 8 / 0.35 + 8);
  }

  @Test
  void refusedGrowthLeavesTheSetReadableAndAccounted() {
    MemoryBudget budget = MemoryBudget.of(64 * 1024);
    BytesKeySet set = BytesKeySet.create(budget);
    assertThatThrownBy(
            () -> {
              for (int i = 0; ; i++) {
                set.add("key-" + i);
                set.add("key-" + i);
              }
            })
        .isInstanceOf(BudgetExceededException.class)
        .hasMessageContaining("over the budget of 64 KiB (raise --unique-memory)");
    int added = (int) set.size();
    assertThat(added).isGreaterThan(1000);
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes()).isLessThanOrEqualTo(64 * 1024);
    for (int i = 0; i < added; i++) {
      assertThat(set.occurrences("key-" + i)).isEqualTo(2);
      assertThat(set.add("key-" + i)).isEqualTo(2);
    }
    assertThat(set.occurrences("key-" + added)).isZero();
    assertThat(set.duplicatedKeys()).isEqualTo(added);
  }

  @Test
  void mergeCountsAKeySeenOnceOnEachSideAsADuplicate() {
    BytesKeySet left = BytesKeySet.create(MemoryBudget.unlimited());
    BytesKeySet right = BytesKeySet.create(MemoryBudget.unlimited());
    Model model = new Model();
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 0; i < 5000; i++) {
      byte[] a = randomKey(random, 0, 3);
      byte[] b = randomKey(random, 0, 3);
      left.add(a);
      right.add(b);
      model.add(a);
      model.add(b);
    }
    left.merge(right);
    model.assertSame(left);
  }

  @Test
  void freeReturnsTheMemory() {
    MemoryBudget budget = MemoryBudget.unlimited();
    BytesKeySet set = BytesKeySet.create(budget);
    for (int i = 0; i < 10_000; i++) {
      set.add("value " + i);
    }
    set.free();
    assertThat(budget.reserved()).isZero();
    assertThat(set.memoryBytes()).isZero();
  }

  private static void checkAgainstModel(BytesKeySet set, SplittableRandom random, int adds) {
    Model model = new Model();
    for (int i = 0; i < adds; i++) {
      byte[] key = randomKey(random, 0, random.nextInt(10) == 0 ? 300 : 6);
      byte[] padded = new byte[key.length + 7];
      System.arraycopy(key, 0, padded, 3, key.length);
      assertThat(set.add(padded, 3, key.length)).isEqualTo(model.add(key));
    }
    model.assertSame(set);
  }

  /** Short keys over a small alphabet, so that many repeat. */
  private static byte[] randomKey(SplittableRandom random, int minLength, int maxLength) {
    byte[] key = new byte[random.nextInt(minLength, maxLength + 1)];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) random.nextInt(key.length > 3 ? 256 : 4);
    }
    return key;
  }

  private static final class Model {
    final Map<ByteBuffer, Integer> counts = new HashMap<>();

    int add(byte[] key) {
      ByteBuffer k = ByteBuffer.wrap(key.clone());
      int before = counts.getOrDefault(k, 0);
      counts.put(k, before + 1);
      return Math.min(before, 2);
    }

    void assertSame(BytesKeySet set) {
      assertThat(set.size()).isEqualTo(counts.size());
      assertThat(set.duplicatedKeys())
          .isEqualTo(counts.values().stream().filter(c -> c > 1).count());
      counts.forEach(
          (key, count) -> {
            byte[] bytes = Arrays.copyOfRange(key.array(), 0, key.limit());
            assertThat(set.occurrences(bytes, 0, bytes.length)).isEqualTo(Math.min(count, 2));
          });
    }
  }
}
