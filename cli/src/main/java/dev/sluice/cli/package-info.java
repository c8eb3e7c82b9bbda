/**
 * The {@code sluice} command line: picocli commands ({@code lint}, {@code validate}, ...), the
 * renderers for validation reports (text, JUnit XML) and its OpenLineage events, exit codes, and
 * safe report files. Only this package writes
 * to the terminal, always through the writers handed to {@link dev.sluice.cli.Main#run}.
 */
@NullMarked
package dev.sluice.cli;

import org.jspecify.annotations.NullMarked;
