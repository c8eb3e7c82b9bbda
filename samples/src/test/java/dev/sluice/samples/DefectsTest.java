package dev.sluice.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefectsTest {
  private static final int SPAN = 50_000;

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 11, 12, 100, 2_000, 12_345})
  void countsEqualABruteForceCount(long rows) {
    for (Defect d : Defect.values()) {
      long hits = 0;
      for (long i = 0; i < rows; i++) {
        hits += d.hits(i) ? 1 : 0;
      }
      assertThat(d.count(rows)).as(d.name()).isEqualTo(hits);
    }
  }

  @Test
  void defectsOfOneColumnNeverShareARow() {
    for (long i = 0; i < SPAN; i++) {
      long row = i;
      List<String> columns = Arrays.stream(Defect.values()).filter(d -> d.hits(row))
          .map(Defect::column).toList();
      assertThat(Set.copyOf(columns)).as("row %d", i).hasSize(columns.size());
    }
  }

  @Test
  void defectsNeverHitRowsThatCleanDataLeavesNull() {
    Set<Defect> email = EnumSet.of(Defect.EMAIL_EMPTY, Defect.EMAIL_NA, Defect.EMAIL_MALFORMED,
        Defect.EMAIL_UPPERCASE);
    CleanRows clean = new CleanRows(7, SPAN, Instant.EPOCH);
    for (long i = 0; i < SPAN; i++) {
      OrderRow row = clean.row(i);
      for (Defect d : Defect.values()) {
        if (d.hits(i) && email.contains(d)) {
          assertThat(row.customerEmail()).as("row %d", i).isNotNull();
        }
        if (d.hits(i) && d.column().equals("score")) {
          assertThat(row.score()).as("row %d", i).isNotNull();
        }
      }
    }
  }

  @Test
  void duplicatesCopyARowThatNoDefectOfTheirColumnTouches() {
    for (Defect dup : EnumSet.of(Defect.ORDER_ID_DUPLICATE, Defect.CUSTOMER_INSTANT_DUPLICATE)) {
      Set<Defect> sameColumn = Arrays.stream(Defect.values())
          .filter(d -> d.period() == dup.period() && d != dup)
          .collect(Collectors.toSet());
      for (Defect other : sameColumn) {
        assertThat(other.slot()).as("%s vs %s", dup, other).isNotEqualTo(dup.slot() - 1);
      }
      assertThat(dup.slot()).isPositive();
    }
  }

  @Test
  void cleanFilesObserveOnlyToleratedNullsAndTheirRowCount() {
    Defects clean = Defects.clean(2_000);
    assertThat(clean.metrics()).containsEntry("customer_email.missingValues", 40L)
        .containsEntry("score.nullValues", 40L)
        .containsEntry("orders.rowCount", 2_000L);
    assertThat(clean.metrics().values().stream().filter(v -> v != 0)).hasSize(3);
    assertThat(clean.counts().values()).containsOnly(0L);
  }

  @Test
  void everyCheckADefectFailsIsAKnownCheck() {
    for (Defect d : Defect.values()) {
      assertThat(Defects.CHECKS).containsAll(d.checks());
    }
  }
}
