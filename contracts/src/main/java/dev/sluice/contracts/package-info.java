/**
 * Entry points for contracts: {@link dev.sluice.contracts.Contracts} loads and lints, {@link
 * dev.sluice.contracts.Finding} is one located lint result.
 */
@NullMarked
package dev.sluice.contracts;

import org.jspecify.annotations.NullMarked;
