package dev.sluice.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Parses the command line of {@link EndToEnd}; any mistake is an {@link IllegalArgumentException}. */
final class EndToEndArgs {
  static final String USAGE = String.join(System.lineSeparator(),
      "usage: bench/run.sh [--rows N] [--runs N] [--threads N] [--data-dir DIR]",
      "                    [--sluice-args 'ARGS'] [--scale [--scale-rows N,N,...]] [--quarantine]",
      "                    [--text] [--repo DIR]",
      "  --rows N          rows of the clean and dirty files (default 10,000,000)",
      "  --runs N          timed runs per tool and file, alternating (default 5)",
      "  --threads N       threads for DuckDB and Sluice (default 2)",
      "  --data-dir DIR    where generated files live (default bench/data)",
      "  --sluice-args S   extra 'sluice validate' arguments (default '--threads N' when the CLI",
      "                    has that option)",
      "  --scale           Sluice alone, -Xmx512m, on clean files of 10M, 30M and 100M rows",
      "                    (about 5 GB of data): is time per row flat?",
      "  --scale-rows L    the row counts of --scale, comma-separated",
      "  --quarantine      validate against validate --quarantine on the four files: the cost",
      "                    ratio, and DuckDB's row-by-row check of the outputs",
      "  --text            the clean and dirty files as CSV and JSON Lines (written by DuckDB",
      "                    once), both tools reading text; no targets, ratios as measured",
      "  --repo DIR        the repository root (default: the current folder)",
      "JVM options: SLUICE_JVM_OPTS for the Sluice process, DUCKDB_JVM_OPTS for DuckDB's.",
      "Exit codes: 0 counts agree, 1 a count differs, 2 usage error, 3 a run failed.");

  private EndToEndArgs() {}

  static EndToEndOptions parse(List<String> args) {
    Deque<String> rest = new ArrayDeque<>(args);
    Path repo = Path.of("");
    @Nullable Path dataDir = null;
    long rows = EndToEndOptions.DEFAULT_ROWS;
    int runs = 5;
    int threads = 2;
    boolean scale = false;
    boolean quarantine = false;
    boolean text = false;
    List<Long> scaleRows = EndToEndOptions.DEFAULT_SCALE_ROWS;
    @Nullable List<String> sluiceArgs = null;
    while (!rest.isEmpty()) {
      String flag = rest.pop();
      switch (flag) {
        case "--rows": rows = number(flag, value(flag, rest)); break;
        case "--runs": runs = Math.toIntExact(number(flag, value(flag, rest))); break;
        case "--threads": threads = Math.toIntExact(number(flag, value(flag, rest))); break;
        case "--data-dir": dataDir = Path.of(value(flag, rest)); break;
        case "--repo": repo = Path.of(value(flag, rest)); break;
        case "--scale": scale = true; break;
        case "--quarantine": quarantine = true; break;
        case "--text": text = true; break;
        case "--scale-rows": scaleRows = numbers(flag, value(flag, rest)); break;
        case "--sluice-args": sluiceArgs = words(rest.isEmpty() ? null : rest.pop(), flag); break;
        default: throw new IllegalArgumentException("unknown option '" + flag + "'");
      }
    }
    if (text && (scale || quarantine)) {
      throw new IllegalArgumentException("--text runs alone (not with --scale or --quarantine)");
    }
    Path data = dataDir != null ? dataDir : repo.resolve("bench/data");
    return new EndToEndOptions(repo, data, rows, runs, threads, scale, scaleRows, quarantine,
        text, sluiceArgs);
  }

  private static String value(String flag, Deque<String> rest) {
    if (rest.isEmpty() || rest.peek().startsWith("--")) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return rest.pop();
  }

  /** The value of {@code --sluice-args} may itself start with {@code --}, or be empty. */
  private static List<String> words(@Nullable String text, String flag) {
    if (text == null) {
      throw new IllegalArgumentException(flag + " needs a value (quote it; '' for none)");
    }
    return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
  }

  private static long number(String flag, String text) {
    try {
      return Long.parseLong(text.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number, not '" + text + "'", e);
    }
  }

  private static List<Long> numbers(String flag, String text) {
    List<Long> out = new ArrayList<>();
    for (String part : text.split(",")) {
      out.add(number(flag, part.strip()));
    }
    return out;
  }
}
