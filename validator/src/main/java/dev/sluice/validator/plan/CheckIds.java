package dev.sluice.validator.plan;

import java.util.HashSet;
import java.util.Set;

/** Hands out stable, unique check ids: {@code object.property.kind}, suffixed {@code #2} on repeats. */
final class CheckIds {
  private final Set<String> used = new HashSet<>();

  String claim(String wanted) {
    String id = wanted;
    for (int n = 2; !used.add(id); n++) {
      id = wanted + "#" + n;
    }
    return id;
  }
}
