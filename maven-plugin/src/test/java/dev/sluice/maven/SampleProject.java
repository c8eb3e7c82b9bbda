package dev.sluice.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** samples/maven-project (the contract, clean and dirty data), copied where a test may write. */
final class SampleProject {
  static final Path SOURCE = Path.of("..", "samples", "maven-project");

  private SampleProject() {}

  static Path copyTo(Path dir) {
    try (Stream<Path> files = Files.walk(SOURCE)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = dir.resolve(SOURCE.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
