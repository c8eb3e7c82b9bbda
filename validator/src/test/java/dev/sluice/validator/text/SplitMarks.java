package dev.sluice.validator.text;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.check.RowRejects;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.plan.PlanCompiler;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.quarantine.SplitTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Quarantine marks for one text file, built as the engine builds them (slots from a real plan's
 * checks that judge rows), and the target files of a split.
 */
final class SplitMarks {
  private static final Path CONTRACT = Path.of("src/test/resources/session/orders.odcs.yaml");

  private final QuarantineMarks marks;

  SplitMarks() throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    Plan plan =
        PlanCompiler.compile(contract, contract.schema().get(0), ValidationOptions.DEFAULTS);
    marks = new QuarantineMarks(plan.checks());
    if (marks.slotIds().size() < 2) {
      throw new IllegalStateException("the test contract needs two checks that judge rows");
    }
  }

  /** The check id of a slot. */
  String id(int slot) {
    return marks.slotIds().get(slot);
  }

  /**
   * Marks for a file of {@code rows} rows (no row group when 0); each pair of {@code rejects} is
   * a row and a slot that rejects it.
   */
  FileMarks file(String display, String format, long rows, int... rejects) {
    FileMarks file = marks.startFile(display, format, Map.of(), rows == 0 ? 0 : 1,
        new boolean[marks.slotIds().size()], 0);
    if (rows > 0) {
      RowRejects marked = new RowRejects(0, rows, marks.slotIds().size());
      for (int k = 0; k < rejects.length; k += 2) {
        marked.reject(rejects[k + 1], rejects[k]);
      }
      file.put(0, RejectedRows.of(marked, marks.slotIds()));
    }
    return file;
  }

  static SplitTarget target(Path dir, String ext) {
    return new SplitTarget(dir.resolve("accepted." + ext), dir.resolve("rejected." + ext),
        Map.of(), Map.of());
  }

  static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
