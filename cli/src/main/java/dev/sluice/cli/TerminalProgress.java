package dev.sluice.cli;

import dev.sluice.validator.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error (rows, bytes, speed and ETA), shown only when standard error
 * is a terminal and the run lasts longer than {@link #DELAY_NANOS}: short runs and pipelines
 * see nothing.
 */
final class TerminalProgress implements Progress {
  private static final long DELAY_NANOS = 700_000_000L;

  private final PrintStream err;
  private final long start;
  // every method is synchronized: the counts are plain fields
  private long totalRows;
  private long doneRows;
  private long totalBytes;
  private long doneBytes;
  private @Nullable ProgressBar bar;
  private boolean closed;
  private String task = "validate";
  /** Whether {@link #bar} shows a text file's first reading (in bytes). */
  private boolean reading;
  private long readBytes;

  /** A bar on {@code err} for a run that began at {@code startNanos} ({@link System#nanoTime}). */
  TerminalProgress(PrintStream err, long startNanos) {
    this.err = err;
    this.start = startNanos;
  }

  /**
   * A bar on {@code err} (the process's standard error, or null when not run as a program) when
   * it is a terminal and not {@code quiet}; else nothing.
   */
  static Progress forStandardError(@Nullable PrintStream err, boolean quiet) {
    return quiet || err == null || !standardErrorIsTerminal() ? Progress.NONE
        : new TerminalProgress(err, System.nanoTime());
  }

  private static boolean standardErrorIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  @Override
  public synchronized void fileStarted(String path, long rows, long bytes) {
    readBytes = 0;
    if (reading) {
      closeBar(); // the first reading is over: the validation's bar follows
    }
    totalRows += rows;
    totalBytes += bytes;
  }

  /**
   * A text file's first reading (its rows are counted before any is validated): a bar in bytes,
   * or a note beside the validation's bar when earlier files are being validated.
   */
  @Override
  public synchronized void firstPassRead(String path, long bytes, long fileBytes) {
    readBytes += bytes;
    if (hidden()) {
      return;
    }
    if (bar != null && !reading) {
      bar.setExtraMessage(" reading " + path + ": " + Sizes.human(readBytes) + " of "
          + Sizes.human(fileBytes));
      return;
    }
    if (bar == null) {
      bar = newBar("read", " MiB", 1 << 20, fileBytes);
      reading = true;
    }
    bar.stepTo(readBytes);
  }

  @Override
  public synchronized void advanced(long rows, long bytes) {
    doneRows += rows;
    doneBytes += bytes;
    if (hidden()) {
      return;
    }
    if (bar == null) {
      bar = newBar(task, " rows", 1, totalRows);
    }
    bar.maxHint(totalRows);
    bar.stepTo(doneRows);
    // the bar puts its extra message right after the speed: the space is ours
    bar.setExtraMessage(" " + Sizes.human(doneBytes) + " of " + Sizes.human(totalBytes));
  }

  /** Nothing is shown after the end, nor before a run has lasted {@link #DELAY_NANOS}. */
  private boolean hidden() {
    return closed || (bar == null && System.nanoTime() - start < DELAY_NANOS);
  }

  private ProgressBar newBar(String name, String unit, long unitSize, long max) {
    return new ProgressBarBuilder().setTaskName(name).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(err)).setUnit(unit, unitSize)
        .setInitialMax(max).showSpeed().setUpdateIntervalMillis(250).build();
  }

  /** The quarantine split: the validation's bar ends, a second one shows its progress. */
  @Override
  public synchronized void stageStarted(String stage, long rows, long bytes) {
    closeBar();
    task = stage;
    totalRows = rows;
    doneRows = 0;
    totalBytes = bytes;
    doneBytes = 0;
    closed = false;
  }

  @Override
  public synchronized void finished() {
    closed = true;
    closeBar();
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    reading = false;
  }
}
