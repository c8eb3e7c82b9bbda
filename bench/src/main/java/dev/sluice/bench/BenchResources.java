package dev.sluice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads the contract and the query that the build copies onto the classpath. */
public final class BenchResources {
  private BenchResources() {}

  /** The text of a resource next to this class, e.g. {@link BenchChecks#SQL_RESOURCE}. */
  public static String text(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a resource into {@code dir} (Sluice loads contracts from files). */
  public static Path copyTo(String name, Path dir) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = open(name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = BenchResources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource missing from the classpath: dev/sluice/bench/" + name);
    }
    return in;
  }
}
