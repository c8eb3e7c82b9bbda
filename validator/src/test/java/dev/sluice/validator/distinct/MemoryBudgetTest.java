package dev.sluice.validator.distinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

  @Test
  void reservesAndReleasesAndRemembersThePeak() {
    MemoryBudget budget = MemoryBudget.of(1000);
    budget.reserve(600, 1);
    budget.release(200);
    budget.reserve(600, 1);
    assertThat(budget.reserved()).isEqualTo(1000);
    budget.release(1000);
    assertThat(budget.reserved()).isZero();
    assertThat(budget.peak()).isEqualTo(1000);
  }

  @Test
  void refusesPastTheLimitWithoutReservingAnything() {
    MemoryBudget budget = MemoryBudget.of(1L << 30);
    budget.reserve(1L << 29, 10);
    assertThatThrownBy(() -> budget.reserve(751_619_277L, 48_000_000))
        .isInstanceOf(BudgetExceededException.class)
        .hasMessage(
            "uniqueness state needs 1.2 GiB for 48,000,000 distinct values,"
                + " over the budget of 1 GiB (raise --unique-memory)");
    assertThat(budget.reserved()).isEqualTo(1L << 29);
    assertThat(budget.tryReserve(1L << 29)).isTrue();
    assertThat(budget.tryReserve(1)).isFalse();
  }

  @Test
  void exceptionKeepsTheNumbers() {
    BudgetExceededException e = new BudgetExceededException(5000, 4096, 7);
    assertThat(e.neededBytes()).isEqualTo(5000);
    assertThat(e.limitBytes()).isEqualTo(4096);
    assertThat(e.distinctValues()).isEqualTo(7);
    assertThat(e.getMessage()).doesNotContain("\n").contains("4.9 KiB", "7 distinct", "4 KiB");
  }

  @Test
  void writesSizesInBinaryUnitsWithOneDecimalAtMost() {
    assertThat(BudgetExceededException.humanBytes(0)).isEqualTo("0 bytes");
    assertThat(BudgetExceededException.humanBytes(1)).isEqualTo("1 byte");
    assertThat(BudgetExceededException.humanBytes(1023)).isEqualTo("1023 bytes");
    assertThat(BudgetExceededException.humanBytes(1024)).isEqualTo("1 KiB");
    assertThat(BudgetExceededException.humanBytes(1536)).isEqualTo("1.5 KiB");
    assertThat(BudgetExceededException.humanBytes((1L << 20) - 1)).isEqualTo("1 MiB");
    assertThat(BudgetExceededException.humanBytes(3L << 40)).isEqualTo("3 TiB");
    assertThat(BudgetExceededException.humanBytes(Long.MAX_VALUE)).isEqualTo("8 EiB");
  }

  @Test
  void unlimitedNeverRefuses() {
    MemoryBudget budget = MemoryBudget.unlimited();
    budget.reserve(Long.MAX_VALUE / 2, 1);
    budget.reserve(Long.MAX_VALUE / 2, 1);
    assertThat(budget.reserved()).isEqualTo(Long.MAX_VALUE - 1);
  }

  @Test
  void rejectsNegativeAmountsAndOverRelease() {
    MemoryBudget budget = MemoryBudget.of(100);
    assertThatThrownBy(() -> MemoryBudget.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> budget.reserve(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    budget.reserve(10, 0);
    assertThatThrownBy(() -> budget.release(11)).isInstanceOf(IllegalStateException.class);
    assertThat(budget.reserved()).isEqualTo(10);
  }

  @Test
  void concurrentReservationsNeverPassTheLimit() throws Exception {
    MemoryBudget budget = MemoryBudget.of(50_000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> granted = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        granted.add(
            pool.submit(
                () -> {
                  int n = 0;
                  for (int i = 0; i < 10_000; i++) {
                    n += budget.tryReserve(1) ? 1 : 0;
                  }
                  return n;
                }));
      }
      int total = 0;
      for (Future<Integer> f : granted) {
        total += f.get();
      }
      assertThat(total).isEqualTo(50_000);
      assertThat(budget.reserved()).isEqualTo(50_000);
    } finally {
      pool.shutdownNow();
    }
  }
}
