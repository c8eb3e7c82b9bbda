package dev.sluice.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every {@code sluice} command (CONTRACT-SEMANTICS.md, "Exit codes"). */
public enum ExitCode {
  /** Passed; warnings allowed unless {@code validate --fail-on warning}. */
  PASSED(0),
  /** The thing judged failed: violations ({@code validate}) or lint errors ({@code lint}). */
  FAILED(1),
  /** Unknown option, missing or malformed argument. */
  USAGE(2),
  /** Could not judge: contract unreadable or invalid, data missing, unreadable or corrupt. */
  CANNOT_JUDGE(3),
  /** A bug in Sluice. */
  INTERNAL(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The exit-code list for a command's {@code --help}, worded for that command. */
  public static Map<String, String> helpFor(String command) {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode e : values()) {
      list.put(rightAligned(e.code), e.meaning(command));
    }
    return list;
  }

  /**
   * {@code String.format("%2d", code)} without the Formatter: every command line built pays for
   * this list, and the formatter's locale data cost start-up time.
   */
  private static String rightAligned(int code) {
    String digits = Integer.toString(code);
    return code < 10 ? " ".concat(digits) : digits;
  }

  private String meaning(String command) {
    boolean lint = "lint".equals(command);
    boolean validate = "validate".equals(command);
    if ("changelog".equals(command)) {
      return this == PASSED ? "the history was printed" : this == CANNOT_JUDGE
          ? "could not read: registry or contract id missing, a stored version invalid"
          : this == USAGE ? "usage error (unknown option, missing or bad argument)"
          : this == INTERNAL ? "internal error (a bug; rerun with --verbose and report it)"
          : "not used";
    }
    if ("diff".equals(command) || "publish".equals(command)) {
      return registryMeaning(command);
    }
    if ("infer".equals(command)) {
      return inferMeaning();
    }
    if ("completion".equals(command)) {
      return this == PASSED ? "the script was printed" : this == INTERNAL
          ? "internal error (a bug; rerun with --verbose and report it)" : "not used";
    }
    switch (this) {
      case PASSED:
        return lint ? "passed: no errors (warnings allowed)"
            : "passed (warnings allowed unless validate --fail-on warning)";
      case FAILED:
        return "failed: " + (lint ? "a contract has lint errors (YAML syntax errors included)"
            : validate ? "the data violates the contract"
            : "the data violates the contract (validate), lint errors (lint)");
      case USAGE:
        return "usage error (unknown option, missing or bad argument)";
      case CANNOT_JUDGE:
        return "could not judge: " + (lint ? "a contract file is missing or unreadable"
            : validate ? "contract invalid, data missing/unreadable/corrupt, a check errored"
            : "an input is missing, unreadable, invalid or corrupt");
      default:
        return "internal error (a bug; rerun with --verbose and report it)";
    }
  }

  private String inferMeaning() {
    switch (this) {
      case PASSED: return "the contract (and the profile) was written";
      case FAILED: return "not used";
      case USAGE: return "usage error (unknown option, missing or bad argument)";
      case CANNOT_JUDGE: return "could not infer: data missing, unreadable, corrupt or without columns";
      default: return "internal error (a bug; rerun with --verbose and report it)";
    }
  }

  private String registryMeaning(String command) {
    boolean diff = "diff".equals(command);
    switch (this) {
      case PASSED:
        return diff ? "compatible: no change breaks the chosen mode"
            : "published (or the same content was already there)";
      case FAILED:
        return diff ? "a change breaks the chosen mode (or, with --data, bites on the data)"
            : "refused: a breaking change without a major version, a changed published version,"
                + " a bad version or id";
      case USAGE:
        return "usage error (unknown option, missing or bad argument)";
      case CANNOT_JUDGE:
        return "could not judge: a contract is missing, unreadable or invalid"
            + (diff ? ", or the data is unreadable" : ", or the registry index is corrupt");
      default:
        return "internal error (a bug; rerun with --verbose and report it)";
    }
  }
}
