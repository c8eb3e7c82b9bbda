package dev.sluice.validator.report;

/** The Sluice version, from the jar manifest when packaged. */
public final class ToolVersion {
  private ToolVersion() {}

  public static String get() {
    String v = ToolVersion.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
