package dev.sluice.contracts.lint;

/** How strict lint is about keys the ODCS schema does not define. */
public enum LintMode {
  /** The official schema as written: unknown keys are errors. */
  STRICT,
  /** As datacontract-cli reads contracts: unknown keys are warnings; all else as strict. */
  COMPAT
}
