package dev.sluice.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of the processes the benchmark starts. The generator runs on this JVM's
 * class path; DuckDB on this module's jar plus DuckDB's only; Sluice through the {@code ./sluice}
 * launcher, exactly as users run it (with its class-data-sharing archive), JVM options passed in
 * {@code SLUICE_OPTS}.
 */
final class Commands {
  /** Fixed, so that the same options give the same bytes. */
  static final String PRODUCED_AT = "2026-11-01T00:00:00Z";
  static final int ROW_GROUP_ROWS = 1_048_576;

  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final EndToEndOptions options;
  private final List<String> sluiceArgs;

  Commands(EndToEndOptions options, List<String> sluiceArgs) {
    this.options = options;
    this.sluiceArgs = List.copyOf(sluiceArgs);
  }

  List<String> generator(long rows, boolean dirty, Path out) {
    List<String> c = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "dev.sluice.samples.OrdersGenerator", "--rows", Long.toString(rows), "--out",
        out.toString(), "--row-group-rows", Integer.toString(ROW_GROUP_ROWS), "--produced-at",
        PRODUCED_AT));
    if (dirty) {
      c.add("--dirty");
    }
    return c;
  }

  List<String> duckDbQuery(Path data) {
    return duckDb("--sql", options.sql().toString(), "--data", data.toString());
  }

  List<String> duckDbCopy(Path in, Path out) {
    return duckDb("--copy", in.toString(), out.toString());
  }

  /** {@code sluice validate CONTRACT DATA --format json} with the extra JVM options and args. */
  List<String> sluice(Path data, List<String> extraJvmOptions) {
    return sluice(data, extraJvmOptions, List.of());
  }

  /** As above, with more {@code validate} arguments after the usual ones. */
  List<String> sluice(Path data, List<String> extraJvmOptions, List<String> moreArgs) {
    List<String> jvm = new ArrayList<>(JvmOptions.fromEnv("SLUICE_JVM_OPTS"));
    jvm.addAll(extraJvmOptions);
    List<String> c = new ArrayList<>(List.of("env", "SLUICE_OPTS=" + String.join(" ", jvm),
        options.launcher().toString(), "validate", options.contract().toString(), data.toString(),
        "--format", "json", "--quiet"));
    c.addAll(sluiceArgs);
    c.addAll(moreArgs);
    return c;
  }

  /**
   * {@code sluice validate --help}, to learn which options this build of the CLI has; also lets
   * the launcher build its class-data-sharing archive before any measured run.
   */
  List<String> sluiceHelp() {
    return List.of(options.launcher().toString(), "validate", "--help");
  }

  private List<String> duckDb(String... args) {
    List<String> c = new ArrayList<>(List.of(java));
    c.addAll(JvmOptions.fromEnv("DUCKDB_JVM_OPTS"));
    c.addAll(List.of("-cp", duckDbClassPath(), DuckDbRun.class.getName(),
        "--threads", Integer.toString(options.threads())));
    c.addAll(List.of(args));
    return c;
  }

  private static String duckDbClassPath() {
    try {
      Class<?> driver = Class.forName("org.duckdb.DuckDBDriver", false, Commands.class.getClassLoader());
      return location(DuckDbRun.class) + File.pathSeparator + location(driver);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("DuckDB's JDBC driver is not on the class path", e);
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
    }
  }
}
