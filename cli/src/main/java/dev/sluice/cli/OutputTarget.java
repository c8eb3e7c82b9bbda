package dev.sluice.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One {@code validate --output}: {@code FORMAT=FILE} writes that format to FILE beside what
 * standard output shows; a bare {@code FILE} takes the {@code --format} report off standard output.
 * A value whose part before the first {@code =} is a bare word names a format (an unknown one is a
 * usage error); write {@code ./a=b.json} for a file whose name holds {@code =}.
 *
 * @param format the format written, null for the one of {@code --format}
 */
record OutputTarget(@Nullable ReportFormat format, Path file) {
  private static final Pattern FORMAT_PREFIX = Pattern.compile("([A-Za-z]+)=(.*)", Pattern.DOTALL);

  /** Parses one value; an unknown format or an empty file is an {@link IllegalArgumentException}. */
  static OutputTarget parse(String value) {
    Matcher m = FORMAT_PREFIX.matcher(value);
    if (!m.matches()) {
      return new OutputTarget(null, path(value));
    }
    ReportFormat format;
    try {
      format = ReportFormat.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--output " + value + ": unknown report format '"
          + m.group(1) + "' (text, json, junit or html; write ./" + value
          + " for a file of that name)");
    }
    return new OutputTarget(format, path(m.group(2)));
  }

  private static Path path(String file) {
    if (file.isEmpty()) {
      throw new IllegalArgumentException("--output needs a file name");
    }
    return Path.of(file);
  }

  /** Whether this output takes the report off standard output (a bare FILE). */
  boolean replacesStandardOutput() {
    return format == null;
  }

  ReportFormat formatOr(ReportFormat fallback) {
    return format == null ? fallback : format;
  }
}
