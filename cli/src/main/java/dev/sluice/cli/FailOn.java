package dev.sluice.cli;

import dev.sluice.validator.report.Verdict;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The least verdict that makes {@code validate} exit 1. */
enum FailOn {
  ERROR,
  WARNING;

  /** The exit code for a verdict under this policy. */
  ExitCode exitCode(Verdict verdict) {
    switch (verdict) {
      case ERROR: return ExitCode.CANNOT_JUDGE;
      case FAILED: return ExitCode.FAILED;
      case WARNING: return this == WARNING ? ExitCode.FAILED : ExitCode.PASSED;
      default: return ExitCode.PASSED;
    }
  }

  /** Accepts {@code error} and {@code warning} in any case. */
  static final class Converter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected error or warning but was '" + value + "'");
      }
    }
  }
}
