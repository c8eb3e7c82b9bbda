package dev.sluice.cli;

import dev.sluice.contracts.model.Server;
import dev.sluice.validator.data.SourceOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * How to read the inputs, for the commands that read data ({@code validate}, {@code infer}): the
 * format and the CSV and JSON layout. Unset options fall back to the contract server's, then to
 * the file (see {@link Inputs}).
 */
final class InputOptions {
  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "parquet, arrow, csv or json (default: the contract server's format, else the "
          + "file extension, else the first bytes).")
  @Nullable String format;

  @Option(names = "--delimiter", paramLabel = "C",
      description = "CSV field separator (default: the server's delimiter, else ',' and tab for "
          + ".tsv).")
  @Nullable String delimiter;

  @Option(names = "--quote", paramLabel = "C", description = "CSV quote character (default: \").")
  @Nullable String quote;

  @Option(names = "--no-header",
      description = "CSV files have no header row: columns take the contract's names in order "
          + "(infer: column_1, column_2, ...).")
  boolean noHeader;

  @Option(names = "--json-layout", paramLabel = "lines|array",
      description = "JSON Lines or one array per file (default: the server's delimiter "
          + "new_line/array, else the first character).")
  @Nullable String jsonLayout;

  /** The source options, the server's where these leave a choice open. */
  SourceOptions source(@Nullable Server server) {
    return Inputs.options(server, format, delimiter, quote, noHeader, jsonLayout);
  }
}
