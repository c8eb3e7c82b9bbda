package dev.sluice.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates test resources on disk, so tests read real files as users' contracts are read. */
public final class TestFiles {
  private TestFiles() {}

  public static Path resource(String name) {
    try {
      return Path.of(TestFiles.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every {@code .yaml} file under a resource folder, sorted. */
  public static List<Path> yamlFilesUnder(String folder) {
    try (Stream<Path> files = Files.walk(resource(folder))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
