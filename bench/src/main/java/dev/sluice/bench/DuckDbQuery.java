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
 * that runs the checks query over one Parquet file, or rewrites a file with DuckDB's writer.
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
   * Runs a one-row query whose only parameter is the Parquet file; returns its columns by label,
   * in query order.
   */
  public Map<String, Long> counts(String sql, Path data) throws SQLException {
    return counts(sql, new Path[] {data});
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
    String sql = "COPY (SELECT * FROM read_parquet(" + literal(in) + ")) TO " + literal(out)
        + " (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 1048576)";
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
