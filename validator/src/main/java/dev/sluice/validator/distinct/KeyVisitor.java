package dev.sluice.validator.distinct;

/** Receives the keys of a {@link LongKeySet} (for merging and migrating; never on a hot path). */
@FunctionalInterface
interface KeyVisitor {
  void visit(long key, boolean twice);
}
