package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbRunTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @Test
  void printsOneJsonLineOfCountsByColumnLabel() throws Exception {
    Path sql = Files.writeString(dir.resolve("q.sql"),
        "SELECT count(*) AS \"a.required\", 7 AS \"b.unique\" FROM read_parquet(?)");
    Path data = parquet(dir.resolve("t.parquet"));
    assertThat(run("--threads", "1", "--sql", sql.toString(), "--data", data.toString())).isZero();
    assertThat(out.toString().strip()).isEqualTo("{\"a.required\": 3, \"b.unique\": 7}");
  }

  @Test
  void copiesAFileWithDuckDbsWriter() throws Exception {
    Path in = parquet(dir.resolve("in.parquet"));
    Path copy = dir.resolve("copy.parquet");
    assertThat(run("--threads", "1", "--copy", in.toString(), copy.toString())).isZero();
    assertThat(copy).exists();
    assertThat(dir.resolve(".copy.parquet.part")).doesNotExist();
  }

  @Test
  void rejectsAMixOfModesAsAUsageError() {
    assertThat(run("--sql", "q.sql", "--copy", "a", "b")).isEqualTo(2);
    assertThat(err.toString()).contains("usage: DuckDbRun");
  }

  @Test
  void reportsAMissingFileAsExit3() {
    assertThat(run("--sql", dir.resolve("none.sql").toString(), "--data", "x.parquet")).isEqualTo(3);
  }

  private int run(String... args) {
    return DuckDbRun.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static Path parquet(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("COPY (SELECT * FROM range(3) t(x)) TO '" + file + "' (FORMAT parquet)");
    }
    return file;
  }
}
