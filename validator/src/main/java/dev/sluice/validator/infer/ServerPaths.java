package dev.sluice.validator.infer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The {@code path} of the inferred contract's {@code local} server for the files read: one file's
 * own path; several in one folder sharing an extension, the glob {@code folder/*.ext} (which
 * {@code sluice validate} expands in sorted order, as the files were read); otherwise the first
 * file's path. Separators are always {@code /}.
 */
public final class ServerPaths {
  private ServerPaths() {}

  public static String of(List<Path> files) {
    Path first = files.get(0);
    if (files.size() == 1) {
      return slashes(first.toString());
    }
    Path folder = first.getParent();
    String ext = extension(first);
    boolean together = !ext.isEmpty() && files.stream().allMatch(
        f -> Objects.equals(f.getParent(), folder) && extension(f).equals(ext));
    if (!together) {
      return slashes(first.toString());
    }
    return folder == null ? "*." + ext : slashes(folder.toString()) + "/*." + ext;
  }

  private static String extension(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }
}
