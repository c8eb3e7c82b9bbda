package dev.sluice.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** One-line, user-facing descriptions of I/O failures: {@code path: reason}. */
final class IoMessages {
  private IoMessages() {}

  static String describe(Path file, IOException e) {
    return file + ": " + reason(e);
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return firstLine(stripPrefix(message));
  }

  /** The first line of a possibly multi-line message. */
  static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String stripPrefix(String message) {
    // Some readers already prefix the path ("x.yaml: is a directory"); avoid saying it twice.
    int colon = message.indexOf(": ");
    return colon > 0 && !message.substring(0, colon).contains(" ")
        ? message.substring(colon + 2) : message;
  }
}
