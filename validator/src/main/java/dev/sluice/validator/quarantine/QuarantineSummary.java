package dev.sluice.validator.quarantine;

import java.nio.file.Path;
import java.util.List;

/** Where a quarantine split wrote each input's rows, and how many went to each side. */
public record QuarantineSummary(Path dir, List<Output> outputs) {

  public QuarantineSummary {
    outputs = List.copyOf(outputs);
  }

  /** One input's two outputs. */
  public record Output(String input, Path accepted, Path rejected, long acceptedRows,
      long rejectedRows) {}

  public long acceptedRows() {
    return outputs.stream().mapToLong(Output::acceptedRows).sum();
  }

  public long rejectedRows() {
    return outputs.stream().mapToLong(Output::rejectedRows).sum();
  }
}
