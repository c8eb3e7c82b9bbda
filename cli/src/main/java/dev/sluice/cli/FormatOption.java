package dev.sluice.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the commands other than validate (a picocli mixin). */
final class FormatOption {
  @Option(names = "--format", paramLabel = "text|json", converter = OutputFormat.Converter.class,
      description = "Output format: text (default) or json.")
  OutputFormat format = OutputFormat.TEXT;

  boolean json() {
    return format == OutputFormat.JSON;
  }
}
