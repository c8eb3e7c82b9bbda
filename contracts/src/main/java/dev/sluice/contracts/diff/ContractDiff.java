package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.Contract;
import java.util.List;

/**
 * The changes between two versions of a contract, each classified as breaking forward and/or
 * backward compatibility ({@link ChangeKind} holds the rules).
 *
 * <pre>{@code
 * ContractDiff diff = ContractDiff.between(oldContract, newContract);
 * if (!diff.isCompatible(CompatibilityMode.FORWARD)) { ... diff.breaking(CompatibilityMode.FORWARD) ... }
 * }</pre>
 *
 * @param changes every change, in document order (objects, their properties, then root rules)
 */
public record ContractDiff(List<Change> changes) {

  public ContractDiff {
    changes = List.copyOf(changes);
  }

  /** Compares two contracts; a contract compared with itself has no changes. */
  public static ContractDiff between(Contract oldContract, Contract newContract) {
    ChangeList out = new ChangeList();
    MetadataDiff.compare(oldContract, newContract, out);
    new ObjectDiff(out).compare(oldContract.schema(), newContract.schema());
    QualityDiff.compare("quality", oldContract.quality(), newContract.quality(), out);
    LineageDiff.compare("customProperties[lineageTags]", oldContract.customProperty(
        LineageDiff.PROPERTY).orElse(null), newContract.customProperty(LineageDiff.PROPERTY)
        .orElse(null), out);
    SlaDiff.compare(oldContract, newContract, out);
    MetadataDiff.servers(oldContract.servers(), newContract.servers(), out);
    return new ContractDiff(out.toList());
  }

  /** The changes that break this mode. */
  public List<Change> breaking(CompatibilityMode mode) {
    return changes.stream().filter(c -> c.breaks(mode)).toList();
  }

  /** Whether no change breaks this mode. */
  public boolean isCompatible(CompatibilityMode mode) {
    return changes.stream().noneMatch(c -> c.breaks(mode));
  }
}
