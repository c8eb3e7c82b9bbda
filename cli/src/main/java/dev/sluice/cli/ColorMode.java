package dev.sluice.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --color}: when the text report colours its statuses. */
enum ColorMode {
  /** When standard output is a terminal, {@code NO_COLOR} is unset and {@code TERM} is not dumb. */
  AUTO,
  ALWAYS,
  NEVER;

  /** Whether to colour, given whether this process writes to a real terminal. */
  boolean colors(boolean terminal) {
    switch (this) {
      case ALWAYS: return true;
      case NEVER: return false;
      default:
        return terminal && System.getenv("NO_COLOR") == null
            && !"dumb".equals(System.getenv("TERM"));
    }
  }

  /** Parses {@code auto}, {@code always}, {@code never}. */
  static final class Converter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      try {
        return ColorMode.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected auto, always or never, not '" + value + "'");
      }
    }
  }
}
