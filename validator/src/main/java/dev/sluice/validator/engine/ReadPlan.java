package dev.sluice.validator.engine;

import dev.sluice.validator.check.CheckState;
import dev.sluice.validator.check.DataCheck;
import dev.sluice.validator.data.PageFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one row group's scan reads: the columns some forks read whole (as values or as UTF-8
 * bytes), and the pages of the columns whose checks the page index narrowed.
 */
final class ReadPlan {
  final List<CheckState> active = new ArrayList<>();
  final Set<String> columns = new LinkedHashSet<>();
  final Map<String, NarrowedColumn> narrowed = new LinkedHashMap<>();
  /** Per check, whether any of its values is decoded (else metadata alone settled it). */
  final boolean[] decodes;
  private final Set<String> asValues = new HashSet<>();

  ReadPlan(int checks) {
    this.decodes = new boolean[checks];
  }

  void readWhole(int check, DataCheck spec, CheckState fork) {
    active.add(fork);
    columns.addAll(spec.columns());
    for (String column : spec.columns()) {
      if (!fork.readsUtf8(column)) {
        asValues.add(column);
      }
    }
    decodes[check] = true;
  }

  void narrow(int check, CheckState fork, String column, List<PageFacts> pages) {
    narrowed.computeIfAbsent(column, NarrowedColumn::new).add(check, fork, pages);
    decodes[check] = !pages.isEmpty();
  }

  /**
   * A narrowed column that is read whole anyway (a check on it could not narrow after all) is
   * read whole for all its checks.
   */
  void readWholeWhatANarrowingMissed() {
    for (Iterator<NarrowedColumn> it = narrowed.values().iterator(); it.hasNext(); ) {
      NarrowedColumn column = it.next();
      if (columns.contains(column.path)) {
        it.remove();
        active.addAll(column.forks);
        column.checks.forEach(i -> decodes[i] = true);
        if (!column.readsUtf8()) {
          asValues.add(column.path);
        }
      }
    }
  }

  /** The columns read whole that every fork reading them takes as UTF-8 bytes. */
  Set<String> utf8Columns() {
    Set<String> utf8 = new HashSet<>(columns);
    utf8.removeAll(asValues);
    return utf8;
  }

  /**
   * A column whose checks the page index narrowed: the pages any of them may fail on are read,
   * for all of them (a page proven to pass one check passes it again when read for another).
   */
  static final class NarrowedColumn {
    final String path;
    final List<Integer> checks = new ArrayList<>();
    final List<CheckState> forks = new ArrayList<>();
    private final TreeMap<Long, PageFacts> pages = new TreeMap<>();

    NarrowedColumn(String path) {
      this.path = path;
    }

    void add(int check, CheckState fork, List<PageFacts> mayFail) {
      checks.add(check);
      forks.add(fork);
      mayFail.forEach(page -> pages.put(page.firstRow(), page));
    }

    List<PageFacts> pages() {
      return new ArrayList<>(pages.values());
    }

    boolean readsUtf8() {
      return forks.stream().allMatch(fork -> fork.readsUtf8(path));
    }
  }
}
