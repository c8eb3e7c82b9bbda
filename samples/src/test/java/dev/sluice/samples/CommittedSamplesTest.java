package dev.sluice.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample files are what the commands in samples/README.md write. If this fails
 * after a change to the generator, rerun those commands and review the README's tables.
 */
class CommittedSamplesTest {
  static final Path CLEAN = Path.of("orders/data/orders.parquet");
  static final Path DIRTY = Path.of("orders/data/orders-dirty.parquet");
  /** The README's commands, minus {@code --out}. */
  static final String[] CLEAN_ARGS = {"--rows", "2000", "--seed", "42",
      "--produced-at", "2026-11-25T09:00:00Z", "--row-group-rows", "500", "--compression", "snappy"};
  static final String[] DIRTY_ARGS = {"--rows", "2000", "--seed", "43", "--dirty",
      "--produced-at", "2026-11-25T09:00:00Z", "--row-group-rows", "500", "--compression", "snappy"};

  @TempDir Path dir;

  @Test
  void cleanFileIsWhatTheDocumentedCommandWrites() throws IOException {
    assertSameFile(CLEAN, Generated.write(dir.resolve("clean.parquet"), CLEAN_ARGS));
  }

  @Test
  void dirtyFileIsWhatTheDocumentedCommandWrites() throws IOException {
    assertSameFile(DIRTY, Generated.write(dir.resolve("dirty.parquet"), DIRTY_ARGS));
  }

  @Test
  void committedFilesHaveTheDocumentedCountsAndStayUnderOneMegabyte() throws IOException {
    OrdersFile clean = OrdersFile.read(CLEAN);
    OrdersFile dirty = OrdersFile.read(DIRTY);
    assertThat(ContractRules.observe(clean.rows())).isEqualTo(Defects.clean(2_000).metrics());
    assertThat(ContractRules.observe(dirty.rows())).isEqualTo(Defects.dirty(2_000).metrics());
    assertThat(clean.rowGroupRows()).containsExactly(500L, 500L, 500L, 500L);
    assertThat(clean.codec()).isEqualTo(CompressionCodecName.SNAPPY);
    assertThat(Files.size(CLEAN)).isLessThan(1 << 20);
    assertThat(Files.size(DIRTY)).isLessThan(1 << 20);
  }

  /** Same rows, footer tags and layout; bytes may differ only if parquet-java's output does. */
  private static void assertSameFile(Path committed, OrdersFile regenerated) throws IOException {
    OrdersFile actual = OrdersFile.read(committed);
    assertThat(actual.rows()).isEqualTo(regenerated.rows());
    assertThat(actual.keyValues()).isEqualTo(regenerated.keyValues());
    assertThat(actual.rowGroupRows()).isEqualTo(regenerated.rowGroupRows());
    assertThat(actual.codec()).isEqualTo(regenerated.codec());
  }
}
