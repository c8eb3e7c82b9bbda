/**
 * Text sources: CSV ({@link dev.sluice.validator.text.CsvDataFile}) and JSON, as JSON Lines or
 * one array of records ({@link dev.sluice.validator.text.JsonDataFile}). Their values are parsed
 * to the types the contract gives ({@link dev.sluice.validator.data.SourceOptions#expected()};
 * text where the contract names no type), so a value that does not parse is {@linkplain
 * dev.sluice.validator.data.ColumnVector#markInvalid invalid}: a failing row of the {@code type}
 * check, never a crash. Row groups have no statistics: CSV files and JSON Lines are cut into
 * parts of about {@link dev.sluice.validator.data.SourceOptions#partBytes} bytes (at record
 * starts), which the engine reads in parallel as it does Parquet row groups; a JSON array is
 * one row group.
 * Opening reads a file once to count its rows exactly and check its structure; each scan reads
 * its row group again, holding one batch.
 *
 * <h2>Values written as text</h2>
 *
 * CSV cells, and the JSON strings that hold dates, times, timestamps and binary, are read exactly
 * as written: nothing is trimmed, nothing is rounded.
 *
 * <ul>
 *   <li><b>integer</b>: {@code [+-]digits} within a long ({@code 1.5}, {@code 1e3}, {@code 1,000},
 *       {@code " 1"} and overflow are invalid).
 *   <li><b>number</b> (double): {@code [+-]digits[.digits][e[+-]digits]}, rounded to the nearest
 *       double; {@code NaN}, {@code Inf}, {@code Infinity} in any case (infinities signed) are
 *       accepted in CSV, where writers use them (NaN then fails every range); finite text beyond
 *       the double range is invalid.
 *   <li><b>decimal</b> (scale s): the same notation without the special values, kept only if it
 *       is exact at scale s ({@code 1.50} at scale 1 is 1.5; {@code 1.55} is invalid); values
 *       carry the column's scale.
 *   <li><b>boolean</b>: {@code true}/{@code false} in any case, and {@code 1}/{@code 0} (as
 *       Arrow's CSV reader).
 *   <li><b>date</b>: {@code yyyy-MM-dd} (years 0000-9999), as days since 1970-01-01.
 *   <li><b>time</b>: {@code HH:mm[:ss[.f]]}, 1-9 fraction digits, in the column's unit.
 *   <li><b>timestamp</b>: a date, {@code T} (or {@code t} or a space), a time, and an optional
 *       offset {@code Z}, {@code ±HH}, {@code ±HHmm} or {@code ±HH:mm}. In a UTC column a value
 *       without an offset is read as UTC (as Arrow and BigQuery do); in a local column (contract
 *       {@code timezone: false}, {@code timestamp_ntz}) a value with an offset is invalid, being
 *       an instant where a wall-clock time was promised. Fraction digits finer than the column's
 *       unit must be zeros.
 *   <li><b>string</b>: as is. <b>binary</b>: base64 (RFC 4648, padding optional).
 *   <li>An invalid value keeps its text (its first 200 characters) for samples.
 * </ul>
 *
 * <h2>CSV</h2>
 *
 * <ul>
 *   <li><b>Parser</b>: FastCSV's strict parser, fed from its buffer straight into the vectors (no
 *       {@code String} per number). Records end at CR, LF or CRLF outside quotes; a quoted field
 *       may hold delimiters, newlines and {@code ""} (one quote); a quote opens a field only at
 *       its start (elsewhere it is data); blank lines are skipped and are not rows.
 *   <li><b>Dialect</b>: delimiter, quote and header from {@link
 *       dev.sluice.validator.data.SourceOptions}; distinct ASCII characters. This package applies
 *       the {@code .tsv} rule: a {@code .tsv} file with the default delimiter is tab-separated.
 *   <li><b>Names</b>: the header's (a blank name becomes {@code column_N}, N the 1-based
 *       position; a name used twice is a problem). Without a header, the contract's flat columns
 *       in order (paths with {@code []} skipped), then {@code column_N}.
 *   <li><b>Nulls</b>: an empty field is null; a quoted empty field ({@code ""}) is the empty
 *       string in string and binary columns and null elsewhere (as PostgreSQL's COPY does).
 *       {@code NULL}, {@code NA}, {@code \N} are text like any other (invalid in an integer
 *       column; a contract's {@code missingValues} can name them).
 *   <li><b>Malformed files are problems</b> (exit 3) naming the line, found when the file is
 *       opened: a record whose field count differs from the first's ({@code line 7: expected 4
 *       fields, found 3}: as Arrow, DuckDB and pandas do by default, since such a record usually
 *       means a stray quote or delimiter after which no value can be trusted); text after a
 *       closing quote; a quote still open at the end of the file (which FastCSV would silently
 *       close); a quoted field that holds a lone CR and is followed by LF (which FastCSV 4.1.0
 *       would join with the next record); bytes that are not UTF-8.
 *   <li>{@code format()} is {@code csv}; no metadata, no writer, no dictionaries.
 * </ul>
 *
 * <h2>JSON</h2>
 *
 * <ul>
 *   <li><b>Layout</b>: {@code SourceOptions.jsonLayout} ({@code lines} or {@code array}), else an
 *       array when the first non-blank character is {@code [}. An empty file has no rows.
 *   <li><b>JSON Lines</b>: lines end at LF (a CR before it is dropped); blank lines are skipped.
 *       Each other line is a row; one that is not exactly one JSON object (a syntax error, a
 *       duplicate key, a number or array, two objects, bytes that are not UTF-8, over 32 MiB) is
 *       a malformed row: every scanned column gets one invalid value whose text names the line
 *       and the reason ({@code line 9: not JSON: Unexpected end-of-input...}), so the {@code
 *       type} checks count it with its line; reading goes on with the next line.
 *   <li><b>Array</b>: each element is a row; one that is not an object is a malformed row as
 *       above; a syntax error, a duplicate key or bytes that are not UTF-8 end the file with a
 *       problem naming line and column, as the rest of the array cannot be found.
 *   <li><b>Columns</b>: the contract's leaf paths ({@code a.b} for a key in an object, {@code
 *       tags[]} for list elements, {@code lines[].sku} for a key in list elements) that the file
 *       has, then every other top-level key, in order of appearance, as a text column holding a
 *       string's content or the JSON of any other value. Unknown keys below the top level are
 *       ignored. The file has a contract's column when some record has its key (any value,
 *       null included), or has a key on its path whose value is null, an empty list or of
 *       another shape, or when some record is malformed (so that its violation is counted).
 *       Opening reads every record to know this (and the row count) before any scan.
 *   <li><b>Nulls and lists</b> (as the Parquet source): a missing key is null; a flat column has
 *       one value per row; in a column inside a list each element gives one value, a null or
 *       missing list (or object above it) one null, an empty list none. A value of the wrong
 *       shape ({@code "x"} where an object or list belongs) makes each column below it invalid.
 *   <li><b>Types are strict</b>: numbers for integer (whole values however written: {@code 1},
 *       {@code 1.0}, {@code 1e3}), number and decimal columns; {@code true}/{@code false} for
 *       booleans; strings for text, and for dates, times, timestamps (ISO-8601) and binary
 *       (base64). {@code "12"} in an integer column and {@code 12} in a string column are
 *       invalid. JSON has no NaN: a {@code NaN} token is malformed JSON.
 *   <li>{@code format()} is {@code json}; no metadata, no writer, no dictionaries.
 * </ul>
 *
 * <h2>How JSON Lines is read</h2>
 *
 * Jackson reads all of JSON and names what is wrong with a record. Most lines of a real file
 * are plain (ASCII, no backslash-u escapes, short numbers, few levels, no repeated key): the
 * first pass ({@link dev.sluice.validator.text.PlainRecordSkim}) and the scan ({@link
 * dev.sluice.validator.text.PlainRecordScan}, for records whose scanned keys are top-level
 * columns) read those straight from their bytes ({@link dev.sluice.validator.text.PlainJson}),
 * giving exactly what Jackson's reading gives; any other line, well-formed or not, goes to
 * Jackson, and what the fast path had written of it is forgotten. Jackson's duplicate-key check
 * is done by {@link dev.sluice.validator.text.DuplicateKeysParser}, at the same moment and with
 * the same message, without a set per object. Differential tests (random files, both ways)
 * pin the equality.
 *
 * <h2>Limits (hostile input)</h2>
 *
 * A CSV field, a JSON string and a JSON Lines line hold at most 32 MiB (a longer line is skipped
 * without being held, as a malformed row; a longer CSV field, or a longer string in a column an
 * array file is read for, is a problem); a JSON record at most 1,000,000 list elements (else
 * malformed); nesting at most 500 deep; numbers at most 1000 digits; at most 100,000 CSV fields
 * or top-level JSON keys. Memory stays within one batch plus one record.
 *
 * <h2>Threads</h2>
 *
 * A file is immutable once open; each scan reads through its own stream, so several threads may
 * scan at once.
 *
 * <p><b>Quarantine.</b> {@link dev.sluice.validator.text.CsvSplitter} and {@link
 * dev.sluice.validator.text.JsonSplitter} read a validated file again with exactly the rules
 * above (header, blank lines, layout) and write each record to the accepted or rejected file:
 * CSV fields as read, with the failed check ids joined by {@code ;} in a last column; JSON
 * Lines byte for byte when accepted, rejected records with a {@code _sluice_violations} array
 * added (numbers kept as written).
 */
@NullMarked
package dev.sluice.validator.text;

import org.jspecify.annotations.NullMarked;
