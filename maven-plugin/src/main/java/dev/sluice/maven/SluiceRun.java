package dev.sluice.maven;

import dev.sluice.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs {@code sluice validate} in-process for one validation, so that the build selects data and
 * writes reports exactly as the command does: the text report to {@code NAME.txt}, the JSON report
 * to {@code NAME.json}, JUnit XML to {@code NAME.junit.xml} and the HTML page to {@code NAME.html}
 * in the output folder.
 */
final class SluiceRun {
  /** The report files besides the text one: {@code validate --output FORMAT=NAME.EXTENSION}. */
  static final List<String[]> REPORTS = List.of(new String[] {"json", "json"},
      new String[] {"junit", "junit.xml"}, new String[] {"html", "html"});

  private final Path basedir;
  private final Path outputDirectory;
  private final boolean verbose;

  SluiceRun(Path basedir, Path outputDirectory, boolean verbose) {
    this.basedir = basedir.toAbsolutePath().normalize();
    this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    this.verbose = verbose;
  }

  /** Validates; {@code messages} gets what the command said on stderr (lint warnings, problems). */
  Outcome run(Validation validation, String name, Consumer<String> messages) {
    File contract = validation.contract();
    if (contract == null) {
      return new Outcome.Unjudged(name, "sluice: validation '" + name + "' has no <contract>");
    }
    Path json = outputDirectory.resolve(name + ".json");
    StringWriter err = new StringWriter();
    int exit;
    try {
      Files.createDirectories(outputDirectory);
      deleteReports(name); // a build error must not leave the last run's reports looking current
      exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
          arguments(validation, resolve(contract.toPath()), name));
    } catch (IOException e) {
      return new Outcome.Unjudged(name, "sluice: cannot write reports to " + shown(outputDirectory)
          + ": " + e.getMessage());
    }
    List<String> lines = err.toString().lines().map(this::relative).toList();
    Outcome outcome = outcome(name, exit, json, lines);
    lines.stream().filter(l -> !(outcome instanceof Outcome.Unjudged
        && l.equals(((Outcome.Unjudged) outcome).message()))).forEach(messages);
    return outcome;
  }

  private Outcome outcome(String name, int exit, Path json, List<String> errLines) {
    if (Files.isRegularFile(json)) {
      try {
        return ReportSummary.read(name, json, shown(outputDirectory.resolve(name)) + ".*");
      } catch (IOException | RuntimeException e) {
        return new Outcome.Unjudged(name, "sluice: cannot read " + shown(json) + ": " + e);
      }
    }
    String problem = errLines.stream().filter(l -> l.startsWith("sluice: ")).reduce((a, b) -> b)
        .orElse("sluice: validate exited with " + exit + " and wrote no report");
    return new Outcome.Unjudged(name, problem);
  }

  private void deleteReports(String name) throws IOException {
    Files.deleteIfExists(outputDirectory.resolve(name + ".txt"));
    for (String[] report : REPORTS) {
      Files.deleteIfExists(outputDirectory.resolve(name + "." + report[1]));
    }
  }

  private String[] arguments(Validation validation, Path contract, String name) {
    List<String> args = new ArrayList<>(List.of("validate", contract.toString()));
    args.addAll(validation.data());
    if (!validation.data().isEmpty()) {
      args.addAll(List.of("--base-dir", basedir.toString()));
    }
    if (validation.object() != null) {
      args.addAll(List.of("--object", validation.object()));
    }
    args.addAll(List.of("--format", "text", "--output",
        outputDirectory.resolve(name + ".txt").toString(), "--quiet"));
    for (String[] report : REPORTS) {
      args.addAll(List.of("--output",
          report[0] + "=" + outputDirectory.resolve(name + "." + report[1])));
    }
    if (verbose) {
      args.add("--verbose");
    }
    return args.toArray(String[]::new);
  }

  private Path resolve(Path path) {
    return basedir.resolve(path).normalize();
  }

  /** A path as the log shows it: relative to the project when inside it. */
  String shown(Path path) {
    return path.startsWith(basedir) ? basedir.relativize(path).toString() : path.toString();
  }

  /** The command's messages name absolute paths; inside the project, relative ones read better. */
  private String relative(String line) {
    return line.replace(basedir + File.separator, "");
  }
}
