/**
 * Reading contract files: YAML or JSON with safety limits (size, depth, duplicate keys; aliases
 * refused, because Jackson would read them as plain text) into a tree that remembers the line
 * of every node ({@link dev.sluice.contracts.load.ContractDocument}), then mapping the tree into
 * the model.
 */
@NullMarked
package dev.sluice.contracts.load;

import org.jspecify.annotations.NullMarked;
