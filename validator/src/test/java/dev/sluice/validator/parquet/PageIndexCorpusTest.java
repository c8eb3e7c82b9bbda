package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.testing.DataFileScans;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole parquet-testing corpus: wherever a chunk has a page index, (1) its
 * trusted page facts hold for the decoded values (null counts exact, every value inside a
 * trusted range), and (2) scanPages of every other page gives the very cells of a full scan.
 */
class PageIndexCorpusTest {

  static java.util.stream.Stream<String> files() throws java.io.IOException {
    return BulkEquivalenceTest.files();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void pageFactsHoldAndScanPagesEqualsTheFullScan(String resource) throws Exception {
    Path path = BulkEquivalenceTest.folder(resource);
    ParquetDataFile file;
    try {
      file = ParquetDataFile.open(path, path.getFileName().toString());
    } catch (Exception e) {
      return;
    }
    try (file) {
      for (RowGroupInfo group : file.rowGroups()) {
        for (Map.Entry<String, ColumnInfo> column : file.columns().entrySet()) {
          String name = column.getKey();
          Optional<List<PageFacts>> index;
          try {
            index = file.pageIndex(group.index(), name);
          } catch (Exception e) {
            continue; // unreadable index: reported separately
          }
          if (index.isEmpty()) {
            continue;
          }
          Map<Long, Object> full = new HashMap<>();
          try {
            file.scan(group.index(), java.util.Set.of(name), 0, 64, b -> {
              ColumnVector v = b.vector(name);
              for (int i = 0; i < v.size; i++) {
                full.put(v.rows[i], DataFileScans.boxed(v, i));
              }
            });
          } catch (Exception e) {
            continue; // undecodable chunk
          }
          String what = resource + " rg " + group.index() + " " + name;
          for (PageFacts page : index.get()) {
            long nulls = 0;
            for (long r = page.firstRow(); r < page.endRow(); r++) {
              Object value = full.get(group.firstRow() + r);
              if (value == null) {
                nulls++;
              } else if (page.stats().hasRange()) {
                @SuppressWarnings("unchecked")
                Comparable<Object> min = (Comparable<Object>) page.stats().min();
                @SuppressWarnings("unchecked")
                Comparable<Object> max = (Comparable<Object>) page.stats().max();
                Object v = value instanceof Number && !(value instanceof java.math.BigDecimal)
                    ? (Object) ((Number) value).longValue() : value;
                if (v instanceof Long || v instanceof java.math.BigDecimal) {
                  assertThat(min.compareTo(v) <= 0 && max.compareTo(v) >= 0)
                      .as(what + " page at " + page.firstRow() + ": " + v + " in " + min + ".."
                          + max).isTrue();
                }
              }
            }
            if (page.stats().hasNullCount()) {
              assertThat(page.stats().nullCount()).as(what + " page at " + page.firstRow())
                  .isEqualTo(nulls);
            }
          }
          for (int parity = 0; parity < 2; parity++) {
            List<PageFacts> some = new ArrayList<>();
            for (int p = parity; p < index.get().size(); p += 2) {
              some.add(index.get().get(p));
            }
            if (some.isEmpty()) {
              continue;
            }
            Map<Long, Object> part = new HashMap<>();
            file.scanPages(group.index(), name, false, 0, 7, some, b -> {
              ColumnVector v = b.vector(name);
              for (int i = 0; i < v.size; i++) {
                part.put(v.rows[i], DataFileScans.boxed(v, i));
              }
            });
            long expected = 0;
            for (PageFacts page : some) {
              expected += page.rowCount();
              for (long r = page.firstRow(); r < page.endRow(); r++) {
                long row = group.firstRow() + r;
                assertThat(part.containsKey(row)).as(what + " row " + row).isTrue();
                assertThat(part.get(row)).as(what + " row " + row).isEqualTo(full.get(row));
              }
            }
            assertThat((long) part.size()).as(what).isEqualTo(expected);
          }
        }
      }
    }
  }
}
