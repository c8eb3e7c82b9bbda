package dev.sluice.validator.quarantine;

import dev.sluice.validator.check.CheckSpec;
import dev.sluice.validator.check.DataCheck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rejected rows of a whole validation, file by file and row group by row group, collected by
 * the engine while it validates (see {@link CheckSpec#judgesRows()} for which checks reject).
 */
public final class QuarantineMarks {
  private final List<String> slotIds = new ArrayList<>();
  private final int[] slotOf;
  private final List<FileMarks> files = new ArrayList<>();

  /** Gives a slot to every check of the plan that judges rows. */
  public QuarantineMarks(List<DataCheck> checks) {
    slotOf = new int[checks.size()];
    for (int i = 0; i < checks.size(); i++) {
      CheckSpec spec = checks.get(i).spec();
      slotOf[i] = spec.judgesRows() ? slotIds.size() : -1;
      if (slotOf[i] >= 0) {
        slotIds.add(spec.id());
      }
    }
  }

  /** The slot of the plan's {@code check}-th check, or -1 when it does not reject rows. */
  public int slotOf(int check) {
    return slotOf[check];
  }

  /** Check ids by slot. */
  public List<String> slotIds() {
    return Collections.unmodifiableList(slotIds);
  }

  /** Starts the marks of the next file, of {@code bytes} bytes (0 when unknown; for progress). */
  public FileMarks startFile(String path, String format, Map<String, String> tags,
      int rowGroups, boolean[] everyRowSlots, long bytes) {
    FileMarks file = new FileMarks(path, format, tags, rowGroups, everyRowSlots.clone(), bytes);
    files.add(file);
    return file;
  }

  /** Removes and returns the marks of the last file (a session's batch, once judged). */
  public FileMarks takeLast() {
    if (files.isEmpty()) {
      throw new IllegalStateException("no file was marked");
    }
    return files.remove(files.size() - 1);
  }

  public List<FileMarks> files() {
    return Collections.unmodifiableList(files);
  }

  /** Rejected rows of all files. */
  public long rejectedRows() {
    long n = 0;
    for (FileMarks file : files) {
      n += file.rejectedRows();
    }
    return n;
  }

  /** The marks of one file; row groups are put from several threads. */
  public final class FileMarks {
    private final String path;
    private final String format;
    private final Map<String, String> tags;
    private final @Nullable RejectedRows[] rowGroups;
    private final boolean[] everyRowSlots;
    private final long bytes;

    private FileMarks(String path, String format, Map<String, String> tags, int rowGroups,
        boolean[] everyRowSlots, long bytes) {
      this.bytes = bytes;
      this.path = path;
      this.format = format;
      this.tags = Map.copyOf(tags);
      this.rowGroups = new RejectedRows[rowGroups];
      this.everyRowSlots = everyRowSlots;
    }

    public String path() {
      return path;
    }

    /** The input's size in bytes when it was validated (0 when unknown), for progress. */
    public long bytes() {
      return bytes;
    }

    /** The input's format ({@code parquet}, {@code arrow}, {@code csv}, {@code json}). */
    public String format() {
      return format;
    }

    /** The lineage tags of the input (its own metadata and sidecar, merged). */
    public Map<String, String> tags() {
      return tags;
    }

    /** Whether the file's metadata fails every row for the check of {@code slot}. */
    public boolean failsEveryRow(int slot) {
      return everyRowSlots[slot];
    }

    public List<String> slotIds() {
      return QuarantineMarks.this.slotIds();
    }

    /** The slot of the plan's {@code check}-th check, or -1 when it does not reject rows. */
    public int slotOf(int check) {
      return QuarantineMarks.this.slotOf(check);
    }

    public synchronized void put(int rowGroup, RejectedRows rows) {
      rowGroups[rowGroup] = rows;
    }

    /** The rejected rows of a row group; throws if it was never marked. */
    public synchronized RejectedRows rowGroup(int rowGroup) {
      RejectedRows rows = rowGroups[rowGroup];
      if (rows == null) {
        throw new IllegalStateException(path + ": row group " + rowGroup + " was not marked");
      }
      return rows;
    }

    public int rowGroupCount() {
      return rowGroups.length;
    }

    /** Rows of every row group marked (the file's rows once all are put). */
    public synchronized long rowCount() {
      long n = 0;
      for (RejectedRows rows : rowGroups) {
        n += rows == null ? 0 : rows.rowCount();
      }
      return n;
    }

    public synchronized long rejectedRows() {
      long n = 0;
      for (RejectedRows rows : rowGroups) {
        n += rows == null ? 0 : rows.count();
      }
      return n;
    }
  }
}
