/** File writing shared by the registry and the CLI: whole files or nothing ({@link dev.sluice.contracts.files.AtomicFiles}). */
@NullMarked
package dev.sluice.contracts.files;

import org.jspecify.annotations.NullMarked;
