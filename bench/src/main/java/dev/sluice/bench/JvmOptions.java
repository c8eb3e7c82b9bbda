package dev.sluice.bench;

import java.util.Arrays;
import java.util.List;

/** JVM options from an environment variable, split on spaces (it holds several options). */
final class JvmOptions {
  private JvmOptions() {}

  static List<String> fromEnv(String variable) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
  }
}
