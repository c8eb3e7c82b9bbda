/**
 * The ODCS v3 contract model: immutable records, JDK types only.
 *
 * <p>Absent optional scalars are {@code null} (annotated {@link org.jspecify.annotations.Nullable});
 * absent lists and maps are empty, never null. A record that exists is structurally valid;
 * whether it is a sensible contract is what {@code dev.sluice.contracts.lint} decides.
 */
@NullMarked
package dev.sluice.contracts.model;

import org.jspecify.annotations.NullMarked;
