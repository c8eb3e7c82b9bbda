package dev.sluice.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many publishes of one contract id at once: no lost index entry, one winner per version. */
class ConcurrentPublishTest {
  private static final int THREADS = 8;

  @TempDir Path dir;

  private <T> List<Object> runTogether(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          outcomes.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void differentVersionsAtOnceAreAllIndexed() throws Exception {
    Path registryDir = dir.resolve("registry");
    ContractRegistry.open(registryDir).publish(ContractRegistryTest.contract(dir, "orders", "1.0.0",
        "100"), PublishOptions.DEFAULTS);
    List<Callable<PublishResult>> tasks = new ArrayList<>();
    for (int i = 1; i <= THREADS; i++) {
      Path file = ContractRegistryTest.contract(dir, "orders", "1." + i + ".0", "100");
      tasks.add(() -> ContractRegistry.open(registryDir).publish(file, PublishOptions.DEFAULTS));
    }
    assertThat(runTogether(tasks)).allMatch(o -> o instanceof PublishResult);
    assertThat(ContractRegistry.open(registryDir).versions("orders")).hasSize(THREADS + 1);
    try (var files = Files.list(registryDir.resolve("orders"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void sameVersionWithDifferentContentHasExactlyOneWinner() throws Exception {
    Path registryDir = dir.resolve("registry");
    List<Callable<PublishResult>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Path file = ContractRegistryTest.contract(dir, "orders", "1.0.0", String.valueOf(100 + i));
      tasks.add(() -> ContractRegistry.open(registryDir).publish(file, PublishOptions.DEFAULTS));
    }
    List<Object> outcomes = runTogether(tasks);
    assertThat(outcomes).filteredOn(o -> o instanceof PublishResult).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof PublishRejected).hasSize(THREADS - 1);
    assertThat(ContractRegistry.open(registryDir).versions("orders")).hasSize(1);
  }

  @Test
  void sameContentAtOncePublishesOnceAndTheRestAreNoOps() throws Exception {
    Path registryDir = dir.resolve("registry");
    Path file = ContractRegistryTest.contract(dir, "orders", "1.0.0", "100");
    List<Callable<PublishResult>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      tasks.add(() -> ContractRegistry.open(registryDir).publish(file, PublishOptions.DEFAULTS));
    }
    List<Object> outcomes = runTogether(tasks);
    assertThat(outcomes).allMatch(o -> o instanceof PublishResult);
    assertThat(outcomes).filteredOn(o -> !((PublishResult) o).unchanged()).hasSize(1);
  }
}
