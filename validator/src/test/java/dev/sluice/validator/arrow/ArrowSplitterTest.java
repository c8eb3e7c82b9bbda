package dev.sluice.validator.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.flatbuf.BodyCompression;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil.CodecType;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Arrow quarantine split: every row lands on exactly one side, in order, values (nested and
 * dictionary-encoded ones included) intact, in the input's IPC flavour, with the failed check ids
 * and the target's metadata; the split's allocator holds nothing afterwards.
 */
class ArrowSplitterTest extends ArrowSplitFixture {
  @ParameterizedTest(name = "stream={0}")
  @ValueSource(booleans = {false, true})
  void splitsEveryRowToOneSideInOrder(boolean stream) throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, stream, BATCHES);
    assertSplit(input, BATCHES, MIXED);
    // independent of Arrow Java's reading of the input: ids follow from the row numbers
    IpcRows accepted = IpcRows.read(target().accepted(), allocator);
    assertThat(accepted.rows().get(0).get(0)).isEqualTo(String.valueOf(SampleArrow.id(0)));
    assertThat(accepted.rows().get(1).get(1)).isEqualTo(String.valueOf(SampleArrow.name(2)));
    assertThat(accepted.rows().get(2).get(6)).isEqualTo(SampleArrow.status(3));
  }

  @ParameterizedTest(name = "stream={0}")
  @ValueSource(booleans = {false, true})
  void writesAnEmptyRejectedSideAsAValidOutput(boolean stream) throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, stream, BATCHES);
    assertSplit(input, BATCHES, (batch, row, slot) -> false);
    assertThat(IpcRows.read(target().rejected(), allocator).rows()).isEmpty();
  }

  @ParameterizedTest(name = "stream={0}")
  @ValueSource(booleans = {false, true})
  void writesAnEmptyAcceptedSideAsAValidOutput(boolean stream) throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, stream, BATCHES);
    assertSplit(input, BATCHES, (batch, row, slot) -> slot == 1);
    assertThat(IpcRows.read(target().accepted(), allocator).rows()).isEmpty();
  }

  @Test
  void splitsAFileWithoutBatches() throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, false);
    assertSplit(input, new int[0], MIXED);
  }

  @ParameterizedTest
  @EnumSource(value = CodecType.class, names = {"LZ4_FRAME", "ZSTD"})
  void readsCompressedInput(CodecType codec) throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, codec, BATCHES);
    assertSplit(input, BATCHES, MIXED);
    assertThat(codecOf(target().accepted())).isEqualTo(codec);
    assertThat(codecOf(target().rejected())).isEqualTo(codec);
  }

  @Test
  void writesUncompressedOutputForUncompressedInput() throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, true, BATCHES);
    split(input, marks(BATCHES, MIXED), target());
    assertThat(codecOf(target().accepted())).isEqualTo(CodecType.NO_COMPRESSION);
    assertThat(codecOf(target().rejected())).isEqualTo(CodecType.NO_COMPRESSION);
  }

  /** The body compression of an IPC output's first record batch. */
  private static CodecType codecOf(Path output) throws Exception {
    try (FileChannel channel = FileChannel.open(output, StandardOpenOption.READ)) {
      IpcLayout layout = IpcLayout.read(channel);
      RecordBatch header = (RecordBatch) layout.batches.get(0).meta().message()
          .header(new RecordBatch());
      BodyCompression compression = header.compression();
      return compression == null ? CodecType.NO_COMPRESSION
          : CodecType.fromCompressionType(compression.codec());
    }
  }

  @Test
  void splitsWithItsOwnAllocator() throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, true, BATCHES);
    SplitTarget.Counts counts = ArrowSplitter.split(input, "in", marks(BATCHES, MIXED), target());
    assertThat(counts.accepted() + counts.rejected()).isEqualTo(22);
    assertThat(IpcRows.read(target().rejected(), allocator).rows())
        .hasSize((int) counts.rejected());
  }

  @ParameterizedTest(name = "stream={0}")
  @ValueSource(booleans = {false, true})
  void copiesNestedValuesRowByRow(boolean stream) throws Exception {
    Path input = SplitInputs.nested(dir.resolve("in.arrow"), allocator, stream, BATCHES);
    assertSplit(input, BATCHES, MIXED);
    IpcRows rejected = IpcRows.read(target().rejected(), allocator);
    // row 1: one null point, pair [1, -1], attrs {k0: 100, k1: 101}, big [b1-0], amount -1.75
    assertThat(rejected.rows().get(0).subList(0, 5)).containsExactly("[null]", "[1,-1]",
        "[{\"key\":\"k0\",\"value\":100},{\"key\":\"k1\",\"value\":101}]",
        "[\"b1-0\"]", "-1.75");
  }

  @Test
  void carriesTheReplacedDictionariesOfAStream() throws Exception {
    int[] batches = {4, 5, 3, 6};
    Path input = SplitInputs.replacedDictionaries(dir.resolve("in.arrows"), allocator, batches);
    assertSplit(input, batches, MIXED);
    List<List<String>> accepted = IpcRows.read(target().accepted(), allocator).rows();
    // the last batch, all accepted, has rows 12-17 and the dictionary 3-a .. 3-e
    assertThat(accepted.get(accepted.size() - 1)).containsExactly("17", "3-c");
  }

  @Test
  void loadsTheDeltaDictionariesOfAFile() throws Exception {
    Path input = SplitInputs.deltaDictionary(dir.resolve("in.arrow"), allocator, BATCHES);
    split(input, marks(BATCHES, MIXED), target());
    List<String> accepted = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    long row = 0;
    for (int k = 0; k < BATCHES.length; k++) {
      for (long end = row + BATCHES[k]; row < end; row++) {
        (violations(k, row, MIXED) == null ? accepted : rejected)
            .add(String.valueOf(SampleArrow.status(row)));
      }
    }
    assertThat(accepted).contains("shipped"); // the delta's entry
    assertThat(statuses(target().accepted())).isEqualTo(accepted);
    assertThat(statuses(target().rejected())).isEqualTo(rejected);
  }

  private List<String> statuses(Path output) throws Exception {
    List<String> statuses = new ArrayList<>();
    for (List<String> row : IpcRows.read(output, allocator).rows()) {
      statuses.add(row.get(6));
    }
    return statuses;
  }

  @Test
  void refusesAnInputThatAlreadyHasTheViolationsColumn() throws Exception {
    Path input = dir.resolve("in.arrows");
    Schema schema = new Schema(List.of(Field.nullable(SplitTarget.VIOLATIONS,
        ArrowType.Utf8.INSTANCE)));
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
        FileChannel channel = FileChannel.open(input, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        ArrowStreamWriter writer = new ArrowStreamWriter(root, null, channel)) {
      root.allocateNew();
      ((VarCharVector) root.getVector(0)).setSafe(0, "x".getBytes(StandardCharsets.UTF_8));
      root.setRowCount(1);
      writer.writeBatch();
      writer.end();
    }
    assertThatThrownBy(() -> split(input, marks(new int[] {1}, MIXED), target()))
        .isInstanceOf(DataProblem.class)
        .hasMessageContaining("already has a column " + SplitTarget.VIOLATIONS);
  }

  @ParameterizedTest(name = "stream={0}")
  @ValueSource(booleans = {false, true})
  void failsWhenABatchChangedItsRowCount(boolean stream) throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, stream, BATCHES);
    FileMarks marks = marks(new int[] {6, 0, 7, 6, 4}, MIXED);
    assertThatThrownBy(() -> split(input, marks, target()))
        .isInstanceOf(DataProblem.class)
        .hasMessage("in: the file changed while it was read");
  }

  @Test
  void failsWhenTheFileHasAnotherNumberOfBatches() throws Exception {
    Path input = SampleArrow.write(dir.resolve("in.arrow"), allocator, true, BATCHES);
    FileMarks marks = marks(new int[] {6, 0, 7, 5}, MIXED);
    assertThatThrownBy(() -> split(input, marks, target()))
        .isInstanceOf(DataProblem.class)
        .hasMessage("in: the file changed while it was read");
  }

  @Test
  void reportsAnUnreadableInputAsADataProblem() throws Exception {
    Path input = Files.write(dir.resolve("in.arrow"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertThatThrownBy(() -> split(input, marks(BATCHES, MIXED), target()))
        .isInstanceOf(DataProblem.class)
        .hasMessageStartingWith("in: ")
        .hasMessageNotContaining("\n");
  }
}
