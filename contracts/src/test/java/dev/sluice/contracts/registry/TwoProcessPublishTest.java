package dev.sluice.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes publishing 50 versions each to one registry at once: all 100 versions end up
 * stored and indexed, and no temporary or partial file is left.
 */
class TwoProcessPublishTest {
  private static final int VERSIONS = 50;

  @TempDir Path dir;

  @Test
  void twoProcessesPublishingAtOnceLoseNothing() throws Exception {
    Path registry = dir.resolve("registry");
    Process first = publisher(registry, 1);
    Process second = publisher(registry, 2);
    for (Process p : List.of(first, second)) {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(out).isZero();
      assertThat(out).contains("published " + VERSIONS);
    }
    List<IndexEntry> versions = ContractRegistry.open(registry).versions("orders");
    assertThat(versions).hasSize(2 * VERSIONS);
    assertThat(versions).extracting(IndexEntry::version).doesNotHaveDuplicates()
        .contains("1.0.0", "1.49.0", "2.0.0", "2.49.0");
    for (IndexEntry e : versions) {
      assertThat(registry.resolve("orders").resolve(e.file())).isRegularFile();
    }
    try (Stream<Path> files = Files.list(registry.resolve("orders"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("only versions, the index and the lock file")
          .allMatch(n -> n.endsWith(".odcs.yaml") || n.equals("index.json") || n.equals(".lock"));
    }
  }

  private Process publisher(Path registry, int major) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Publisher.class.getName(), registry.toString(), dir.resolve("work-" + major).toString(),
        Integer.toString(major), Integer.toString(VERSIONS))
        .redirectErrorStream(true).start();
  }
}
