package dev.sluice.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <validation>} of the plugin's configuration: a contract and the data to check
 * against it. Maven fills the fields from the POM; relative paths are relative to the project.
 */
public final class Validation {
  /** The contract (ODCS YAML or JSON). */
  private @Nullable File contract;

  /**
   * Data files, folders or globs ({@code <file>} elements), read as one dataset; empty means the
   * path of the contract's first {@code type: local} server, relative to the contract.
   */
  private List<String> data = new ArrayList<>();

  /** The schema object to validate, when the contract has several. */
  private @Nullable String object;

  /** The base name of the report files (default: the contract's file name without extension). */
  private @Nullable String name;

  /** For Maven, which sets the fields from the configuration. */
  public Validation() {}

  /** A validation of {@code data} (none: the contract's local server) against {@code contract}. */
  static Validation of(File contract, List<String> data) {
    Validation v = new Validation();
    v.contract = contract;
    v.data = new ArrayList<>(data);
    return v;
  }

  Validation withObject(String objectName) {
    this.object = objectName;
    return this;
  }

  Validation withName(String reportName) {
    this.name = reportName;
    return this;
  }

  @Nullable File contract() {
    return contract;
  }

  List<String> data() {
    return data == null ? List.of() : List.copyOf(data);
  }

  @Nullable String object() {
    return object;
  }

  @Nullable String name() {
    return name;
  }
}
