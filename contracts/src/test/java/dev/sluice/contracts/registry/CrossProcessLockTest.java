package dev.sluice.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publish waits while another process holds the contract id's lock. */
class CrossProcessLockTest {
  private static final long HOLD_MS = 1500;

  @TempDir Path dir;

  @Test
  void publishWaitsForAnotherProcessHoldingTheLock() throws Exception {
    Path registryDir = dir.resolve("registry");
    Files.createDirectories(registryDir.resolve("orders"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process holder = new ProcessBuilder(java.toString(), "-cp",
        System.getProperty("java.class.path"), LockHolder.class.getName(),
        registryDir.resolve("orders/.lock").toString(), String.valueOf(HOLD_MS))
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("locked");
      long start = System.nanoTime();
      ContractRegistry.open(registryDir).publish(
          ContractRegistryTest.contract(dir, "orders", "1.0.0", "100"), PublishOptions.DEFAULTS);
      long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      // the publish could only finish after the other process let go
      assertThat(waitedMs).isGreaterThanOrEqualTo(HOLD_MS / 2);
    } finally {
      holder.destroyForcibly();
    }
  }
}
