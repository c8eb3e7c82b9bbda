package dev.sluice.validator.infer;

import java.util.List;

/**
 * What {@link ContractInference} produced.
 *
 * @param contractYaml the ODCS v3.1.0 contract, as YAML
 * @param profileJson per-column statistics as JSON (see {@link ProfileReport}); never part of
 *     the contract
 * @param rows rows read
 * @param notes what the inference left out and why (columns with no ODCS form, type conflicts
 *     between files, JSON columns of mixed types), one line each
 */
public record InferResult(String contractYaml, String profileJson, long rows, List<String> notes) {
  public InferResult {
    notes = List.copyOf(notes);
  }
}
