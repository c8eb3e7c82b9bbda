package dev.sluice.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns; each row may carry indented note lines printed under
 * it (not aligned, not counted in widths). Numeric columns are right-aligned.
 */
final class TextTable {
  private final String[] header;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();
  private final List<List<String>> notes = new ArrayList<>();

  TextTable(String[] header, boolean[] rightAligned) {
    this.header = header.clone();
    this.rightAligned = rightAligned.clone();
  }

  void add(String[] cells, List<String> notesBelow) {
    rows.add(cells.clone());
    notes.add(List.copyOf(notesBelow));
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void render(StringBuilder text) {
    int[] widths = widths();
    line(text, header, widths);
    String indent = " ".repeat(widths[0] + 2);
    for (int r = 0; r < rows.size(); r++) {
      line(text, rows.get(r), widths);
      notes.get(r).forEach(n -> text.append(indent).append(n).append('\n'));
    }
  }

  private int[] widths() {
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    return widths;
  }

  private void line(StringBuilder text, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String pad = " ".repeat(widths[c] - cells[c].length());
      line.append(rightAligned[c] ? pad + cells[c] : cells[c] + pad).append("  ");
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }
}
