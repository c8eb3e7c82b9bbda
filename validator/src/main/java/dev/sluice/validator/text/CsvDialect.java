package dev.sluice.validator.text;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.SourceOptions;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How one CSV file is written: its field delimiter, quote character and whether a header
 * names the columns. A {@code .tsv} file whose options keep the default delimiter ({@code ,})
 * is tab-separated. Delimiter and quote must be distinct ASCII characters other than CR and LF.
 */
record CsvDialect(char delimiter, char quote, boolean header) {

  static CsvDialect of(Path file, SourceOptions options, String display) throws DataProblem {
    char delimiter = options.delimiter();
    Path name = file.getFileName();
    if (delimiter == ',' && name != null
        && name.toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
      delimiter = '\t';
    }
    char quote = options.quote();
    if (!usable(delimiter) || !usable(quote) || delimiter == quote) {
      throw new DataProblem(display, "CSV delimiter " + printable(delimiter) + " and quote "
          + printable(quote) + " must be distinct ASCII characters other than CR and LF");
    }
    return new CsvDialect(delimiter, quote, options.header());
  }

  /** A FastCSV reader builder for this dialect: strict quoting, no comments, no BOM logic. */
  CsvReader.CsvReaderBuilder builder() {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter(quote)
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .allowExtraFields(true) // field counts are checked by Sluice, with line numbers
        .allowMissingFields(true)
        .allowExtraCharsAfterClosingQuote(false)
        .detectBomHeader(false) // TextFiles skips a UTF-8 mark and refuses others
        .maxBufferSize(TextFiles.MAX_VALUE + (1 << 16));
  }

  private static boolean usable(char c) {
    return c < 0x80 && c != '\r' && c != '\n';
  }

  private static String printable(char c) {
    return c == '\t' ? "'\\t'" : c < 0x20 || c > 0x7E ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }
}
