package dev.sluice.contracts.lint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.TestFiles;
import dev.sluice.contracts.lint.LintMode;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Bundled schemas: one per version, compiled once, and never a network access. */
class SchemaRegistryTest {

  @Test
  void shipsASchemaForEverySupportedVersion() {
    for (String version : SchemaRegistry.VERSIONS) {
      assertThat(SchemaRegistry.shared().forVersion(version)).as(version).isPresent();
    }
    assertThat(SchemaRegistry.shared().forVersion("v2.2.2")).isEmpty();
  }

  @Test
  void compilesEachSchemaOnlyOnce() {
    BundledSchema first = SchemaRegistry.shared().forVersion("v3.1.0").orElseThrow();

    assertThat(SchemaRegistry.shared().forVersion("v3.1.0")).containsSame(first);
  }

  @Test
  void refusesARemoteSchemaInsteadOfFetchingIt() {
    long start = System.nanoTime();

    assertThatThrownBy(() -> SchemaRegistry.shared().fragment("https://example.com/odcs.json#/x"))
        .hasStackTraceContaining("never loads schemas over the network");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  /**
   * Every URL connection asks the default ProxySelector first; one that records the question
   * proves no schema was fetched while linting every example, and the run stays fast offline.
   */
  @Test
  void lintsEveryExampleOfflineWithoutTouchingTheNetwork() throws IOException {
    ProxySelector original = ProxySelector.getDefault();
    RecordingProxySelector recorder = new RecordingProxySelector();
    ProxySelector.setDefault(recorder);
    long start = System.nanoTime();
    try {
      for (Path example : TestFiles.yamlFilesUnder("odcs-examples")) {
        Contracts.lint(example, LintMode.STRICT);
      }
    } finally {
      ProxySelector.setDefault(original);
    }
    assertThat(recorder.asked).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  private static final class RecordingProxySelector extends ProxySelector {
    final List<URI> asked = new CopyOnWriteArrayList<>();

    @Override
    public List<Proxy> select(URI uri) {
      asked.add(uri);
      return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {}
  }
}
