/**
 * Exact, compact sets for uniqueness checks: {@link dev.sluice.validator.distinct.LongKeySet} for
 * integers, dates, timestamps, booleans and doubles (via {@link
 * dev.sluice.validator.distinct.KeyEncoder#doubleKey}), {@link
 * dev.sluice.validator.distinct.BytesKeySet} for strings, binary values and tuples encoded by
 * {@link dev.sluice.validator.distinct.KeyEncoder}. Each add tells whether the key is new (0), just
 * became a duplicate (1) or already was one (2), so a check counts duplicate rows (every non-0) and
 * duplicate groups (every 1) without boxing; batch adds report the same through {@link
 * dev.sluice.validator.distinct.Occurrences}.
 *
 * <p>All sets of one validation share a {@link dev.sluice.validator.distinct.MemoryBudget}; a set
 * reserves before it grows, and a refusal is a one-line {@link
 * dev.sluice.validator.distinct.BudgetExceededException} that leaves the set intact.
 *
 * <table>
 *   <caption>Memory per distinct value</caption>
 *   <tr><th>set</th><th>bytes (documented)</th><th>measured</th><th>note</th></tr>
 *   <tr><td>{@code LongKeySet}, hash</td><td>8.125 / load: 11.6 to 23.2 (about 16)</td>
 *       <td>13.6 for 10M random longs</td>
 *       <td>load 35-70%; the old table is also held while doubling</td></tr>
 *   <tr><td>{@code LongKeySet}, dense</td><td>2 bits per possible key in [min, max]</td>
 *       <td>0.25 for 10M sequential longs</td>
 *       <td>chosen when max - min &lt; 16 x expected rows (and &lt; 2^31)</td></tr>
 *   <tr><td>{@code BytesKeySet}</td><td>length + header (1 byte below 64) + 8 / load:
 *       length + 12.4 to length + 24 (about length + 17)</td>
 *       <td>38.8 for 1M 20-byte strings</td>
 *       <td>keys in 1 MiB chunks, never copied on growth</td></tr>
 * </table>
 *
 * <p>The sets are not thread-safe; the budget is.
 */
@NullMarked
package dev.sluice.validator.distinct;

import org.jspecify.annotations.NullMarked;
