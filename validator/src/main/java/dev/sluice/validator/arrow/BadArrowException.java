package dev.sluice.validator.arrow;

import java.io.IOException;

/** The bytes are not a well-formed Arrow IPC file or stream; the message says where and why. */
final class BadArrowException extends IOException {
  private static final long serialVersionUID = 1L;

  BadArrowException(String message) {
    super(message);
  }
}
