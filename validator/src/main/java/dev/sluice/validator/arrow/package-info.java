/**
 * The Arrow source of the validator: Arrow IPC files (Feather v2) and streams on disk ({@link
 * dev.sluice.validator.arrow.ArrowDataFile}) and record batches in memory ({@link
 * dev.sluice.validator.arrow.ArrowColumns#scan}), read with Arrow Java into the engine's {@link
 * dev.sluice.validator.data.ColumnVector}s.
 *
 * <p><b>Paths</b> follow the Parquet source: struct fields join with {@code .}; the elements of a
 * List, LargeList, FixedSizeList, ListView or LargeListView add {@code []} ({@code tags[]}, {@code
 * lines[].sku}); a Map adds {@code {}} with leaves {@code .key} and {@code .value} whatever its
 * entries are named ({@code m{}.key}). Dictionary encoding, extension types and run-end encoding
 * are transparent: a column has the type of its values. A clash of paths (duplicate field names)
 * gets a suffix {@code #2}.
 *
 * <p><b>Nulls and lists</b> as in Parquet: below a null struct a value is null; in a column inside
 * a list, a row with a null list (or a null struct above it) gives one null value, an empty list
 * none, a null element one null. {@code nullable} is true when any field on the path is nullable;
 * {@code repeated} when a list or map is on the path.
 *
 * <p><b>Types</b> ({@code formatType} is Arrow's own text, e.g. {@code Int(64, true)}, {@code
 * Timestamp(MICROSECOND, UTC)}, with {@code (dictionary-encoded)} appended where it applies):
 * Int of every width and sign → INTEGER (an unsigned 64-bit value above {@code Long.MAX_VALUE}
 * fails the scan, never wraps); FloatingPoint HALF/SINGLE/DOUBLE → FLOAT; Decimal 128/256 →
 * DECIMAL with its scale; Utf8, LargeUtf8, Utf8View → STRING (invalid UTF-8 becomes U+FFFD, as
 * the Parquet source does); Binary, LargeBinary, BinaryView, FixedSizeBinary → BINARY; the {@code
 * arrow.uuid} extension → STRING in canonical form (as Parquet's UUID); Bool → BOOLEAN; Date32 →
 * DATE, Date64 → DATE (days, floored); Time32/Time64 → TIME and Timestamp → TIMESTAMP in their
 * unit, SECOND converted exactly to MILLIS; a Timestamp is UTC when it has a time zone. Null,
 * Duration, Interval and Union are UNSUPPORTED: their nulls are read, never their values. Arrow
 * Java 19 cannot read 32- and 64-bit decimals (Arrow 18+ writers) nor big-endian data: such files
 * fail to open with a problem naming the cause.
 *
 * <p><b>Row groups</b> are record batches, with their exact row counts and no statistics (Arrow
 * has none). A batch whose values all come from one dictionary carries it in {@link
 * dev.sluice.validator.data.ColumnVector#dictionary} when the dictionary is not larger than the
 * batch, and {@code dictionaryOnly} hands it out for flat dictionary-encoded columns without
 * reading the batch.
 *
 * <p><b>Errors and memory.</b> Every declared length is checked against the file before anything
 * is allocated; buffers live in an allocator with a limit, so corrupt sizes fail fast; vectors are
 * validated (buffer sizes, offsets) before they are read, and every read of a buffer is
 * bounds-checked. Any failure is a one-line {@link dev.sluice.validator.DataProblem}; every buffer
 * is released, also after a failed load.
 *
 * <p><b>No JVM flag.</b> Reading never calls {@code ArrowBuf.nioBuffer} (bodies are copied in
 * through a heap buffer), so it works on Java 17 without {@code --add-opens}; a test starts a JVM
 * without it to keep it so. Arrow's own writers do need {@code
 * --add-opens=java.base/java.nio=ALL-UNNAMED} (tests write files with them; surefire passes it).
 *
 * <p><b>Not yet:</b> Arrow has no statistics, so row groups carry none; a scan reads the whole body
 * of its record batch even when it needs a few columns (a file of many wide columns reads more
 * than Parquet would).
 *
 * <p><b>Quarantine.</b> {@link dev.sluice.validator.arrow.ArrowSplitter} writes a validated
 * file's rows to accepted and rejected IPC files (or streams, as the input was) with Arrow
 * Java's reader and writers: batches without rejected rows move whole, others are copied row
 * by row (nested types included); dictionaries are carried, not decoded. Arrow Java's IPC needs
 * {@code --add-opens java.base/java.nio} (the CLI jar's manifest has it).
 */
@NullMarked
package dev.sluice.validator.arrow;

import org.jspecify.annotations.NullMarked;
