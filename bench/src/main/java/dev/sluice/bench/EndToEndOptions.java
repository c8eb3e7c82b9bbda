package dev.sluice.bench;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link EndToEnd} runs; see {@link EndToEndArgs#USAGE}.
 *
 * @param repo the repository root: jars, contract and query are found relative to it
 * @param rows rows of the clean and dirty files
 * @param threads threads for both tools
 * @param scaleRows the row counts of the {@code --scale} mode
 * @param quarantine the {@code --quarantine} mode: validate against validate --quarantine
 * @param text the {@code --text} mode: the clean and dirty files as CSV and JSON Lines
 * @param sluiceArgs extra {@code sluice validate} arguments; null means {@code --threads N}
 *     when the CLI has that option, else none
 */
public record EndToEndOptions(
    Path repo,
    Path dataDir,
    long rows,
    int runs,
    int threads,
    boolean scale,
    List<Long> scaleRows,
    boolean quarantine,
    boolean text,
    @Nullable List<String> sluiceArgs) {

  public static final long DEFAULT_ROWS = 10_000_000L;
  public static final List<Long> DEFAULT_SCALE_ROWS = List.of(10_000_000L, 30_000_000L, 100_000_000L);

  public EndToEndOptions {
    if (rows < 1 || runs < 1 || threads < 1) {
      throw new IllegalArgumentException("--rows, --runs and --threads must be 1 or more");
    }
    scaleRows = List.copyOf(scaleRows);
    sluiceArgs = sluiceArgs == null ? null : List.copyOf(sluiceArgs);
  }

  /** The contract both tools check. */
  public Path contract() {
    return repo.resolve("bench/contracts/orders-bench.odcs.yaml");
  }

  /** The DuckDB query. */
  public Path sql() {
    return repo.resolve("bench/sql/orders-bench.sql");
  }

  /** DuckDB's check of the quarantine outputs. */
  public Path quarantineSql() {
    return repo.resolve("bench/sql/orders-bench-quarantine.sql");
  }

  /** The {@code ./sluice} launcher at the repository root. */
  public Path launcher() {
    return repo.resolve("sluice").toAbsolutePath();
  }

  /** The Sluice CLI jar. */
  public Path sluiceJar() {
    return repo.resolve("cli/target/sluice.jar");
  }
}
