package dev.sluice.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Initialises, on a daemon thread, what every subcommand soon needs and whose one-time set-up is
 * slow, while the main thread is still building the command line: Jackson's ObjectMapper, whose
 * default date format loads the JDK's calendar and locale data (some 45 ms). The main thread
 * then finds it ready, or waits for the rest of it; nothing here is printed or kept.
 */
final class Warmup {
  private Warmup() {}

  static void start() {
    Thread thread = new Thread(Warmup::run, "sluice-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    new ObjectMapper();
  }
}
