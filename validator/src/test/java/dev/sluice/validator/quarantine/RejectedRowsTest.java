package dev.sluice.validator.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.check.RowRejects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectedRowsTest {
  private static final List<String> IDS = List.of("a", "b");

  /** Rows of {@code rows} rejected by slot 0 ({@code a}) or both slots, as {row, slots}. */
  private static RejectedRows group(int rows, int[]... rejects) {
    RowRejects marks = new RowRejects(0, rows, IDS.size());
    for (int[] r : rejects) {
      for (int slot = 0; slot < r[1]; slot++) {
        marks.reject(slot, r[0]);
      }
    }
    return RejectedRows.of(marks, IDS);
  }

  private static List<String> listed(RejectedRows rows) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < rows.count(); k++) {
      out.add(rows.offset(k) + " " + rows.violations(k));
    }
    return out;
  }

  @Test
  void rowGroupsJoinInOrderWithTheirOffsetsMoved() {
    RejectedRows joined = RejectedRows.concat(List.of(
        group(3, new int[] {1, 1}), group(2), group(4, new int[] {0, 2}, new int[] {3, 1})));
    assertThat(joined.rowCount()).isEqualTo(9);
    assertThat(listed(joined)).containsExactly("1 [a]", "5 [a, b]", "8 [a]");
    List<List<String>> perRow = new ArrayList<>();
    RejectedRows.Cursor cursor = joined.cursor();
    for (int row = 0; row < 9; row++) {
      perRow.add(cursor.next());
    }
    assertThat(perRow).containsExactly(null, List.of("a"), null, null, null,
        List.of("a", "b"), null, null, List.of("a"));
  }
}
