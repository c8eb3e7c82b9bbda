package dev.sluice.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DuckDB side of the benchmark, in-process: an in-memory database limited to some threads
 * that runs the checks query over one file (Parquet; CSV and JSON Lines by their extension), or
 * rewrites a file with DuckDB's writer.
 */
public final class DuckDbQuery implements AutoCloseable {
  private final Connection connection;

  private DuckDbQuery(Connection connection) {
    this.connection = connection;
  }

  /** Opens an in-memory DuckDB that uses at most {@code threads} threads. */
  public static DuckDbQuery open(int threads) throws SQLException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
    }
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return new DuckDbQuery(c);
  }

  /**
   * Runs a one-row query whose only parameter is the data file; returns its columns by label,
   * in query order. The query reads {@code read_parquet(?)}: a {@code .csv} file is read with
   * {@code read_csv} (a header, types detected) and a {@code .jsonl} file with {@code read_json}
   * (newline-delimited) instead.
   */
  public Map<String, Long> counts(String sql, Path data) throws SQLException {
    return counts(sql.replace("read_parquet(?)", reader(data)), new Path[] {data});
  }

  /** DuckDB's reader of {@code data}, by its {@link #format}. */
  static String reader(Path data) {
    switch (format(data)) {
      case "csv": return "read_csv(?, header = true)";
      case "json": return "read_json(?, format = 'newline_delimited')";
      default: return "read_parquet(?)";
    }
  }

  /** A file's format by its extension: {@code csv}, {@code json} (.jsonl) or {@code parquet}. */
  static String format(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".csv") ? "csv" : name.endsWith(".jsonl") ? "json" : "parquet";
  }

  /** Like {@link #counts(String, Path)}, with one parameter per file, in order. */
  public Map<String, Long> counts(String sql, Path... files) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < files.length; i++) {
        s.setString(i + 1, files[i].toString());
      }
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the checks query returned no row");
        }
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          counts.put(meta.getColumnLabel(i), rs.getLong(i));
        }
        return counts;
      }
    }
  }

  /** Writes {@code in} again with DuckDB's Parquet writer: snappy, 1,048,576-row groups. */
  public void copy(Path in, Path out) throws SQLException {
    copy(in, out, "parquet");
  }

  /**
   * Writes the rows of the Parquet file {@code in} to {@code out} as {@code parquet} (snappy,
   * 1,048,576-row groups), {@code csv} (a header) or {@code json} (JSON Lines).
   */
  public void copy(Path in, Path out, String format) throws SQLException {
    String options;
    switch (format) {
      case "parquet": options = "FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 1048576"; break;
      case "csv": options = "FORMAT csv, HEADER"; break;
      case "json": options = "FORMAT json"; break;
      default: throw new IllegalArgumentException("no such format: " + format);
    }
    String sql = "COPY (SELECT * FROM read_parquet(" + literal(in) + ")) TO " + literal(out)
        + " (" + options + ")";
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private static String literal(Path file) {
    return "'" + file.toString().replace("'", "''") + "'";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
