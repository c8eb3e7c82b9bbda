package dev.sluice.contracts.registry;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link TwoProcessPublishTest}: publishes versions {@code MAJOR.0.0} to
 * {@code MAJOR.(N-1).0} of one contract to a registry, one after another.
 */
public final class Publisher {
  private Publisher() {}

  public static void main(String[] args) throws Exception {
    Path registry = Path.of(args[0]);
    Path work = Files.createDirectories(Path.of(args[1]));
    int major = Integer.parseInt(args[2]);
    int count = Integer.parseInt(args[3]);
    ContractRegistry open = ContractRegistry.open(registry);
    for (int minor = 0; minor < count; minor++) {
      Path file = ContractRegistryTest.contract(work, "orders", major + "." + minor + ".0", "100");
      open.publish(file, PublishOptions.DEFAULTS);
    }
    System.out.println("published " + count);
  }
}
