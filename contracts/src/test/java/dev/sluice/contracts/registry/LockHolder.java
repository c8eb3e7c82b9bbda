package dev.sluice.contracts.registry;

import java.nio.file.Path;

/** Run in a child JVM by {@link CrossProcessLockTest}: holds a registry lock for a while. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (RegistryLock lock = RegistryLock.acquire(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(Long.parseLong(args[1]));
    }
  }
}
