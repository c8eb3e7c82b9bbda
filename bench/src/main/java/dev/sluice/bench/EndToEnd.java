package dev.sluice.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The end-to-end benchmark: {@code sluice validate} against one DuckDB query on clean and dirty
 * orders files and on their DuckDB-written copies, one process per run; medians, ratios against
 * the targets, and an exact comparison of every count. Run it with {@code bench/run.sh}; see
 * {@link EndToEndArgs#USAGE} and bench/README.md.
 */
public final class EndToEnd {
  private EndToEnd() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Returns 0 when every count agrees, 1 on a mismatch, 2 on a usage error, 3 if a run failed. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    if (List.of(args).contains("--help")) {
      out.println(EndToEndArgs.USAGE);
      return 0;
    }
    EndToEndOptions options;
    try {
      options = EndToEndArgs.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      err.println("EndToEnd: " + e.getMessage());
      err.println(EndToEndArgs.USAGE);
      return 2;
    }
    try {
      Set<String> mismatches = bench(options, out);
      mismatches.forEach(m -> err.println("MISMATCH " + m));
      out.println(mismatches.isEmpty() ? "counts: all equal" : "counts: " + mismatches.size() + " mismatch(es)");
      return mismatches.isEmpty() ? 0 : 1;
    } catch (IOException e) {
      err.println("EndToEnd: " + e.getMessage());
      return 3;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("EndToEnd: interrupted");
      return 3;
    }
  }

  private static Set<String> bench(EndToEndOptions options, PrintWriter out)
      throws IOException, InterruptedException {
    requireFile(options.sluiceJar(), "build it: mvn -q -B -DskipTests package");
    requireFile(options.contract(), "run from the repository root, or give --repo");
    ProcessMeter meter = ProcessMeter.detect();
    List<String> sluiceArgs = SluiceCli.extraArgs(options, new Commands(options, List.of()), meter);
    Commands commands = new Commands(options, sluiceArgs);
    BenchData data = new BenchData(commands, options.dataDir(), out);
    out.printf("sluice args: %s; peak RSS: %s; java %s%n", String.join(" ", sluiceArgs),
        meter.method(), System.getProperty("java.version"));
    Set<String> mismatches = new LinkedHashSet<>();
    if (options.scale()) {
      new ScaleRun(commands, meter, options.runs(), out).run(options.scaleRows(), data, mismatches);
      return mismatches;
    }
    if (options.quarantine()) {
      List<Path> inputs = new ArrayList<>();
      for (BenchFile file : files(options, data)) {
        inputs.add(file.path());
      }
      new QuarantineRun(commands, meter, options, out).run(inputs, mismatches);
      return mismatches;
    }
    List<FileResult> results = new ArrayList<>();
    FileBench bench = new FileBench(commands, meter, options.runs(), out);
    for (BenchFile file : files(options, data)) {
      results.add(bench.run(file, mismatches));
    }
    out.println();
    ResultTable.print(results, out);
    return mismatches;
  }

  /** Clean, dirty, then their DuckDB-written copies (with --text: as CSV, then JSON Lines). */
  private static List<BenchFile> files(EndToEndOptions options, BenchData data)
      throws IOException, InterruptedException {
    long rows = options.rows();
    Path clean = data.generated(rows, false);
    Path dirty = data.generated(rows, true);
    if (options.text()) {
      List<BenchFile> text = new ArrayList<>();
      for (String extension : List.of("csv", "jsonl")) {
        text.add(new BenchFile(data.textCopy(clean, extension), false, ExpectedCounts.of(rows, false)));
        text.add(new BenchFile(data.textCopy(dirty, extension), true, ExpectedCounts.of(rows, true)));
      }
      return text;
    }
    return List.of(
        new BenchFile(clean, false, ExpectedCounts.of(rows, false)),
        new BenchFile(dirty, true, ExpectedCounts.of(rows, true)),
        new BenchFile(data.duckDbCopy(clean), false, ExpectedCounts.of(rows, false)),
        new BenchFile(data.duckDbCopy(dirty), true, ExpectedCounts.of(rows, true)));
  }

  private static void requireFile(Path file, String hint) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is missing; " + hint);
    }
  }
}
