package dev.sluice.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The DuckDB process of the benchmark. Needs only this module's jar and DuckDB's on the
 * classpath.
 *
 * <pre>
 * DuckDbRun --threads N --sql FILE --data FILE     prints {"check": count, ...} on one line
 * DuckDbRun --threads N --copy IN OUT              rewrites IN with DuckDB's writer (Parquet;
 *                                                  CSV or JSON Lines for OUT.csv, OUT.jsonl)
 * </pre>
 */
public final class DuckDbRun {
  static final String USAGE = "usage: DuckDbRun --threads N (--sql FILE --data FILE | --copy IN OUT)";

  private DuckDbRun() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Returns 0 on success, 2 on a usage error, 3 if DuckDB or a file failed. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Request request;
    try {
      request = Request.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      err.println("DuckDbRun: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try (DuckDbQuery duck = DuckDbQuery.open(request.threads())) {
      Path copyTo = request.copyTo();
      if (copyTo != null) {
        copy(duck, request.data(), copyTo);
      } else {
        String sql = Files.readString(request.sql(), StandardCharsets.UTF_8);
        out.println(CountsJson.write(duck.counts(sql, request.data())));
      }
      return 0;
    } catch (SQLException | IOException e) {
      err.println("DuckDbRun: " + e.getMessage());
      return 3;
    }
  }

  /** Writes under a temporary name and renames, so that a present file is always complete. */
  private static void copy(DuckDbQuery duck, Path in, Path out) throws SQLException, IOException {
    Path part = out.resolveSibling("." + out.getFileName() + ".part");
    try {
      duck.copy(in, part, DuckDbQuery.format(out)); // out's name, not the temporary's
      Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The parsed command line; {@code copyTo} set means copy mode, else {@code sql} is run. */
  private record Request(int threads, Path sql, Path data, @Nullable Path copyTo) {
    static Request parse(List<String> args) {
      Deque<String> rest = new ArrayDeque<>(args);
      int threads = 1;
      @Nullable Path sql = null;
      @Nullable Path data = null;
      @Nullable Path copyTo = null;
      while (!rest.isEmpty()) {
        String flag = rest.pop();
        switch (flag) {
          case "--threads": threads = Integer.parseInt(value(flag, rest)); break;
          case "--sql": sql = Path.of(value(flag, rest)); break;
          case "--data": data = Path.of(value(flag, rest)); break;
          case "--copy":
            data = Path.of(value(flag, rest));
            copyTo = Path.of(value(flag, rest)).toAbsolutePath();
            break;
          default: throw new IllegalArgumentException("unknown option '" + flag + "'");
        }
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be 1 or more");
      }
      boolean query = sql != null;
      if (data == null || query == (copyTo != null)) {
        throw new IllegalArgumentException("give either --sql and --data, or --copy");
      }
      return new Request(threads, query ? sql : Path.of(""), data, copyTo);
    }

    private static String value(String flag, Deque<String> rest) {
      if (rest.isEmpty() || rest.peek().startsWith("--")) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return rest.pop();
    }
  }
}
