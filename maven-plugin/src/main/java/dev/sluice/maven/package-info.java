/**
 * The {@code sluice:validate} Maven goal: runs Sluice's {@code validate} command in-process on
 * each configured contract/data pair, writes its reports under {@code target/sluice/}, and turns
 * the verdicts into a build result ({@link dev.sluice.maven.ValidateMojo} is the entry point).
 */
@NullMarked
package dev.sluice.maven;

import org.jspecify.annotations.NullMarked;
