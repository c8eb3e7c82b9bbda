/**
 * A contract registry on disk. {@link dev.sluice.contracts.registry.ContractRegistry#publish}
 * stores {@code <id>/<version>.odcs.yaml} and records it in {@code <id>/index.json}: versions are
 * semantic and immutable (the same content again is a no-op), and a version that breaks the id's
 * compatibility mode against the highest version below it needs a major bump or a recorded
 * reason. {@code registry.json} at the root sets the mode per id (default forward).
 */
@NullMarked
package dev.sluice.contracts.registry;

import org.jspecify.annotations.NullMarked;
