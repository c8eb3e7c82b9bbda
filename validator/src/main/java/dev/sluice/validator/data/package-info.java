/**
 * The engine's view of data: columns ({@link dev.sluice.validator.data.ColumnInfo}), batches of
 * values in primitive arrays ({@link dev.sluice.validator.data.ColumnVector}) and exact metadata
 * ({@link dev.sluice.validator.data.ChunkStats}). No file format appears here.
 */
@NullMarked
package dev.sluice.validator.data;

import org.jspecify.annotations.NullMarked;
