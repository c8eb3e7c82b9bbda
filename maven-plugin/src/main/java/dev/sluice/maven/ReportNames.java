package dev.sluice.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The base names of the validations' report files: the configured {@code <name>}, else the
 * contract's file name without its extensions; a repeated name gets {@code -2}, {@code -3}, ...
 */
final class ReportNames {
  private static final String[] EXTENSIONS = {".odcs.yaml", ".odcs.yml", ".odcs.json", ".yaml",
      ".yml", ".json"};

  private ReportNames() {}

  static List<String> of(List<Validation> validations) {
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Validation v : validations) {
      String base = v.name() != null ? safe(v.name()) : fromContract(v.contract());
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      names.add(name);
    }
    return names;
  }

  private static String fromContract(@org.jspecify.annotations.Nullable File contract) {
    if (contract == null) {
      return "validation";
    }
    String file = contract.getName();
    for (String ext : EXTENSIONS) {
      if (file.toLowerCase(Locale.ROOT).endsWith(ext) && file.length() > ext.length()) {
        return safe(file.substring(0, file.length() - ext.length()));
      }
    }
    return safe(file);
  }

  /** Keeps a name to one plain file name (no separators, no leading dot). */
  private static String safe(String name) {
    String kept = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "_");
    return kept.isEmpty() ? "validation" : kept;
  }
}
