package dev.sluice.contracts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A contract could not be used: the file is missing or unreadable, is not YAML/JSON, or has
 * lint errors. Carries every finding, located.
 */
public final class ContractException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<Finding> findings;

  public ContractException(String source, List<Finding> findings) {
    super(summarise(source, findings));
    this.source = source;
    this.findings = List.copyOf(findings);
  }

  public ContractException(String source, String message) {
    this(source, List.of(Finding.error("contract.unreadable", "", 0, message)));
  }

  public String source() {
    return source;
  }

  public List<Finding> findings() {
    return findings;
  }

  private static String summarise(String source, List<Finding> findings) {
    return findings.stream().map(f -> f.format(source)).collect(Collectors.joining("\n"));
  }
}
