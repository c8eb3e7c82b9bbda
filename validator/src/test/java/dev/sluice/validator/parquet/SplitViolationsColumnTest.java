package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.quarantine.SplitTarget;
import dev.sluice.validator.testing.InlineContract;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rejected side's {@value SplitTarget#VIOLATIONS} column under a dictionary of many check
 * ids (ids of six bits, in row groups that meet different sets of them), rows failing one to
 * three checks: parquet-java reads back each row's ids.
 */
class SplitViolationsColumnTest {
  private static final int CHECKS = 40;

  @TempDir Path dir;

  @Test
  void manyCheckIdsAndRowsFailingSeveralReadBack() throws Exception {
    List<String> lines = new ArrayList<>();
    StringBuilder schema = new StringBuilder("message m { required int64 id;");
    for (int k = 0; k < CHECKS; k++) {
      lines.add("      - name: c" + k);
      lines.add("        logicalType: integer");
      lines.add("        logicalTypeOptions: {maximum: 0}");
      schema.append(" required int32 c").append(k).append(';');
    }
    Contract contract = InlineContract.of(dir, "m", lines.toArray(new String[0]));
    List<Map<String, ?>> rows = new ArrayList<>();
    Map<Long, String> expected = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", (long) i);
      TreeSet<String> failed = new TreeSet<>();
      for (int k = 0; k < CHECKS; k++) {
        boolean fails = i % 4 != 0 && (k == i % CHECKS || (i % 3 == 0 && k == (i * 7) % CHECKS)
            || (i % 5 == 0 && k == (i / 5) % CHECKS));
        row.put("c" + k, fails ? 1 : 0);
        if (fails) {
          failed.add("m.c" + k + ".maximum");
        }
      }
      if (!failed.isEmpty()) {
        expected.put((long) i, failed.toString());
      }
      rows.add(row);
    }
    Path input = ParquetFixture.schema(schema.append(" }").toString()).rows(rows)
        .rowsPerGroup(1000).write(dir.resolve("in.parquet"));
    SplitTarget target = split(input, contract);
    Map<Long, String> read = RecordsById.read(target.rejected(), g -> {
      TreeSet<String> ids = new TreeSet<>();
      org.apache.parquet.example.data.Group list = g.getGroup(SplitTarget.VIOLATIONS, 0);
      for (int j = 0; j < list.getFieldRepetitionCount(0); j++) {
        ids.add(list.getGroup(0, j).getString(0, 0));
      }
      return ids.toString();
    });
    assertThat(read).isEqualTo(expected);
    try (ParquetFileReader r = RecordsById.open(target.rejected())) {
      assertThat(r.getFooter().getBlocks()).hasSize(5);
      for (BlockMetaData block : r.getFooter().getBlocks()) {
        ColumnChunkMetaData violations = block.getColumns().get(CHECKS + 1);
        assertThat(violations.getEncodings()).contains(Encoding.RLE_DICTIONARY);
        assertThat(violations.getStatistics().getNumNulls()).isZero();
      }
    }
  }

  private SplitTarget split(Path input, Contract contract) throws Exception {
    SplitTarget target = SplitRun.of(input, contract, dir.resolve("out")).target();
    return target;
  }
}
