/**
 * Compatibility diff between two versions of a contract: {@link
 * dev.sluice.contracts.diff.ContractDiff#between} lists every {@link
 * dev.sluice.contracts.diff.Change} with its path and a stable {@link
 * dev.sluice.contracts.diff.ChangeKind}, each classified in both directions.
 *
 * <p><b>Forward compatible</b>: data valid under the new contract is still valid under the old
 * one, so consumers built on the old contract are not surprised. <b>Backward compatible</b>:
 * data valid under the old contract stays valid under the new one, so existing data and producer
 * pipelines keep passing. {@link dev.sluice.contracts.diff.CompatibilityMode#FULL} is both.
 *
 * <p>Objects and properties are matched by name (a property whose name changed but whose column
 * did not is a rename), quality rules by id, else name, else metric and position, lineage tags
 * by key, SLAs by property, servers by name. Where Sluice cannot tell whether a change widens or
 * narrows (two regexes, two unrelated types), the change breaks both directions. The table of
 * every kind is {@code docs/diff-rules.md}; {@link dev.sluice.contracts.diff.ChangeKind} holds
 * the same rules in code.
 */
@NullMarked
package dev.sluice.contracts.diff;

import org.jspecify.annotations.NullMarked;
