package dev.sluice.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps what the mojo says, each line prefixed with its level. */
final class RecordingLog extends SystemStreamLog {
  final List<String> lines = new ArrayList<>();

  @Override
  public void info(CharSequence content) {
    lines.add("[INFO] " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("[WARNING] " + content);
  }

  @Override
  public void error(CharSequence content) {
    lines.add("[ERROR] " + content);
  }
}
