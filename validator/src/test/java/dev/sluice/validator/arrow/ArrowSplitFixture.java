package dev.sluice.validator.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.check.RowRejects;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.plan.PlanCompiler;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.quarantine.SplitTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Arrow split tests share: marks built as the engine builds them (slots from a real
 * plan's checks that judge rows), a target, and {@link #assertSplit}, which checks both outputs
 * against the input read row by row. Every split runs in a child allocator that must be empty
 * afterwards; the root allocator is closed after each test (its close throws on a leak).
 */
abstract class ArrowSplitFixture {
  /** Batch sizes: mixed, empty, mixed, all accepted, all rejected. */
  static final int[] BATCHES = {6, 0, 7, 5, 4};
  private static final String CONTRACT = String.join("\n",
      "apiVersion: v3.1.0", "kind: DataContract", "id: arrow-split", "version: 1.0.0",
      "status: active", "schema:", "  - name: orders", "    properties:",
      "      - name: id", "        logicalType: integer", "        required: true",
      "      - name: name", "        logicalType: string", "        required: true", "");
  static final Map<String, String> ACCEPTED_TAGS =
      Map.of("lineage.source_system", "crm", "sluice.quarantine", "accepted");
  static final Map<String, String> REJECTED_TAGS =
      Map.of("lineage.source_system", "crm", "sluice.quarantine", "rejected");

  @TempDir Path dir;
  BufferAllocator allocator;
  QuarantineMarks quarantine;

  /** Which slots reject a row: {@code (batch, dataset row, slot)}. */
  @FunctionalInterface
  interface Rule {
    boolean rejects(int batch, long row, int slot);
  }

  /** The rule of {@link #BATCHES}: some rows fail one check, some both, batch 3 none, 4 all. */
  static final Rule MIXED = (batch, row, slot) -> batch != 3
      && (batch == 4 ? slot == 0 || row % 2 == 0 : slot == 0 ? row % 3 == 1 : row % 4 == 1);

  @BeforeEach
  void setUp() throws Exception {
    allocator = new RootAllocator();
    Path contractFile = Files.writeString(dir.resolve("contract.yaml"), CONTRACT);
    Contract contract = Contracts.load(contractFile);
    Plan plan =
        PlanCompiler.compile(contract, contract.schema().get(0), ValidationOptions.DEFAULTS);
    quarantine = new QuarantineMarks(plan.checks());
    assertThat(quarantine.slotIds()).as("checks that judge rows").hasSizeGreaterThanOrEqualTo(2);
  }

  @AfterEach
  void release() {
    allocator.close(); // throws when a buffer was leaked
  }

  FileMarks marks(int[] batches, Rule rule) {
    int slots = quarantine.slotIds().size();
    FileMarks file = quarantine.startFile("in", "arrow", Map.of(), batches.length,
        new boolean[slots], 0);
    long first = 0;
    for (int k = 0; k < batches.length; k++) {
      RowRejects rejects = new RowRejects(first, batches[k], slots);
      for (long row = first; row < first + batches[k]; row++) {
        for (int slot = 0; slot < slots; slot++) {
          if (rule.rejects(k, row, slot)) {
            rejects.reject(slot, row);
          }
        }
      }
      file.put(k, RejectedRows.of(rejects, quarantine.slotIds()));
      first += batches[k];
    }
    return file;
  }

  /** The failed check ids of a row, as the rejected side's last column prints them. */
  String violations(int batch, long row, Rule rule) {
    List<String> ids = new ArrayList<>();
    for (int slot = 0; slot < quarantine.slotIds().size(); slot++) {
      if (rule.rejects(batch, row, slot)) {
        ids.add('"' + quarantine.slotIds().get(slot) + '"');
      }
    }
    return ids.isEmpty() ? null : "[" + String.join(",", ids) + "]";
  }

  SplitTarget target() {
    return new SplitTarget(dir.resolve("accepted.out"), dir.resolve("rejected.out"),
        ACCEPTED_TAGS, REJECTED_TAGS);
  }

  /** Splits with a child allocator that must be empty afterwards, whatever the outcome. */
  SplitTarget.Counts split(Path input, FileMarks marks, SplitTarget target) throws DataProblem {
    BufferAllocator child = allocator.newChildAllocator("split", 0, Long.MAX_VALUE);
    try {
      return ArrowSplitter.split(input, "in", marks, target, child);
    } finally { // also after a failure
      long held = child.getAllocatedMemory();
      child.close();
      assertThat(held).as("bytes held after the split").isZero();
    }
  }

  /** Checks both outputs against the input read row by row, and returns the counts. */
  void assertSplit(Path input, int[] batches, Rule rule) throws Exception {
    IpcRows in = IpcRows.read(input, allocator);
    List<List<String>> accepted = new ArrayList<>();
    List<List<String>> rejected = new ArrayList<>();
    List<Integer> acceptedBatches = new ArrayList<>();
    List<Integer> rejectedBatches = new ArrayList<>();
    int row = 0;
    for (int k = 0; k < batches.length; k++) {
      int a = 0;
      int r = 0;
      for (int end = row + batches[k]; row < end; row++) {
        String failed = violations(k, row, rule);
        List<String> values = new ArrayList<>(in.rows().get(row));
        if (failed == null) {
          accepted.add(values);
          a++;
        } else {
          values.add(failed);
          rejected.add(values);
          r++;
        }
      }
      addIfPositive(acceptedBatches, a);
      addIfPositive(rejectedBatches, r);
    }
    SplitTarget.Counts counts = split(input, marks(batches, rule), target());

    assertThat(counts).isEqualTo(new SplitTarget.Counts(accepted.size(), rejected.size()));
    IpcRows a = IpcRows.read(target().accepted(), allocator);
    IpcRows r = IpcRows.read(target().rejected(), allocator);
    assertThat(a.rows()).isEqualTo(accepted);
    assertThat(r.rows()).isEqualTo(rejected);
    assertThat(a.batches()).isEqualTo(acceptedBatches);
    assertThat(r.batches()).isEqualTo(rejectedBatches);
    assertThat(List.of(a.fileFormat(), r.fileFormat())).containsOnly(in.fileFormat());
    assertThat(a.metadata()).isEqualTo(ACCEPTED_TAGS);
    assertThat(r.metadata()).isEqualTo(REJECTED_TAGS);
    assertThat(a.schema().getFields()).isEqualTo(in.schema().getFields());
    List<Field> rejectedFields = r.schema().getFields();
    assertThat(rejectedFields.subList(0, rejectedFields.size() - 1))
        .isEqualTo(in.schema().getFields());
    Field violations = rejectedFields.get(rejectedFields.size() - 1);
    assertThat(violations.getName()).isEqualTo(SplitTarget.VIOLATIONS);
    assertThat(violations.isNullable()).isFalse();
    assertThat(violations.getType()).isEqualTo(ArrowType.List.INSTANCE);
    assertThat(violations.getChildren().get(0).getType()).isEqualTo(ArrowType.Utf8.INSTANCE);
    assertReadByTheValidator(target().accepted(), accepted.size(), acceptedBatches.size());
    assertReadByTheValidator(target().rejected(), rejected.size(), rejectedBatches.size());
  }

  private static void addIfPositive(List<Integer> sizes, int size) {
    if (size > 0) {
      sizes.add(size);
    }
  }

  /** The validation's own reader opens the output: same rows, one row group per batch. */
  private static void assertReadByTheValidator(Path output, long rows, int batches)
      throws DataProblem {
    try (ArrowDataFile file = ArrowDataFile.open(output, "out")) {
      assertThat(file.rowCount()).isEqualTo(rows);
      assertThat(file.rowGroups()).hasSize(batches);
      assertThat(file.keyValueMetadata()).containsEntry("lineage.source_system", "crm");
    }
  }

}
