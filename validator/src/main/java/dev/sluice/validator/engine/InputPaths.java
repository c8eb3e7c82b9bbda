package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands what a user names as data: plain files, globs ({@code data/*.parquet}, {@code
 * data/**.parquet}) and directories (their {@code .parquet} files), relative to a base folder, in
 * sorted order so that row numbers are stable.
 */
public final class InputPaths {
  private InputPaths() {}

  public static List<Path> expand(Path base, List<String> patterns) throws DataProblem {
    List<Path> files = new ArrayList<>();
    for (String pattern : patterns) {
      files.addAll(expandOne(base, pattern));
    }
    return files;
  }

  private static List<Path> expandOne(Path base, String pattern) throws DataProblem {
    if (!isGlob(pattern)) {
      Path path = base.resolve(pattern).normalize();
      return Files.isDirectory(path) ? directory(path, pattern) : List.of(path);
    }
    int cut = staticPrefixEnd(pattern);
    Path root = base.resolve(pattern.substring(0, cut)).normalize();
    String rest = pattern.substring(cut);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    List<Path> matched = walk(root, pattern, p -> matcher.matches(root.relativize(p)));
    if (matched.isEmpty()) {
      throw new DataProblem(pattern, "the pattern matched no file (looked in " + root + ")");
    }
    return matched;
  }

  private static List<Path> directory(Path dir, String pattern) throws DataProblem {
    List<Path> files = walk(dir, pattern, p -> p.getFileName().toString().endsWith(".parquet"));
    if (files.isEmpty()) {
      throw new DataProblem(pattern, "the directory holds no .parquet file");
    }
    return files;
  }

  private static List<Path> walk(Path root, String pattern, java.util.function.Predicate<Path> keep)
      throws DataProblem {
    if (!Files.isDirectory(root)) {
      throw new DataProblem(pattern, "no such directory: " + root);
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).filter(keep).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new DataProblem(pattern, "cannot list " + root + ": " + e.getMessage());
    }
  }

  private static boolean isGlob(String pattern) {
    return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** Index after the last separator before the first glob character. */
  private static int staticPrefixEnd(String pattern) {
    int firstGlob = 0;
    while (firstGlob < pattern.length() && "*?[{".indexOf(pattern.charAt(firstGlob)) < 0) {
      firstGlob++;
    }
    return pattern.lastIndexOf('/', firstGlob) + 1;
  }
}
