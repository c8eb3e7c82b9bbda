package dev.sluice.cli;

import dev.sluice.contracts.lint.schema.SchemaRegistry;
import dev.sluice.validator.report.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the Sluice version and the ODCS versions it reads. */
final class VersionInfo implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "sluice " + ToolVersion.get(),
      "ODCS " + String.join(", ", SchemaRegistry.VERSIONS),
      "Java " + System.getProperty("java.version")
    };
  }
}
