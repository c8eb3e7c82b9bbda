package dev.sluice.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.diff.DiffCases.Case;
import dev.sluice.contracts.model.Contract;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every change kind, proven by a before/after pair in {@code diff/rule-cases.yaml}. */
class DiffRulesTest {
  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> eachPairReportsItsKindOnlyAtItsPath() {
    return DiffCases.all().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
  }

  private void check(Case c) {
    String name = c.kind() + "-" + Integer.toHexString(c.hashCode());
    Contract before = DiffCases.contract(dir, name + "-old", c.oldBody());
    Contract after = DiffCases.contract(dir, name + "-new", c.newBody());
    assertOnly(ContractDiff.between(before, after), c.kind(), c.path());
    assertOnly(ContractDiff.between(after, before), c.reverse(), null);
    assertThat(ContractDiff.between(before, before).changes()).isEmpty();
    assertThat(ContractDiff.between(after, after).changes()).isEmpty();
  }

  private static void assertOnly(ContractDiff diff, String kind, String path) {
    assertThat(diff.changes()).as("changes").hasSize(1);
    Change change = diff.changes().get(0);
    assertThat(change.kind().id()).isEqualTo(kind);
    if (path != null) {
      assertThat(change.path()).isEqualTo(path);
    }
  }

  @Test
  void everyKindHasABeforeAfterPair() {
    Set<String> covered = new HashSet<>();
    for (Case c : DiffCases.all()) {
      covered.add(c.kind());
      covered.add(c.reverse());
    }
    assertThat(covered).containsAll(
        Stream.of(ChangeKind.values()).map(ChangeKind::id).toList());
  }

  /** docs/diff-rules.md has one row per kind, with the same directions and words. */
  @Test
  void documentedTableMatchesTheKinds() throws java.io.IOException {
    List<String> rows = java.nio.file.Files.readAllLines(Path.of("../docs/diff-rules.md")).stream()
        .filter(line -> line.startsWith("| `")).toList();
    List<String> expected = Stream.of(ChangeKind.values())
        .map(k -> "| `" + k.id() + "` | " + mark(k.breaksForward()) + " | "
            + mark(k.breaksBackward()) + " | " + k.rule() + " |")
        .toList();
    assertThat(rows).containsExactlyElementsOf(expected);
  }

  private static String mark(boolean breaks) {
    return breaks ? "breaks" : "-";
  }

  @Test
  void kindIdsAreUniqueAndFoundById() {
    List<String> ids = Stream.of(ChangeKind.values()).map(ChangeKind::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ChangeKind.fromId("range.widened")).contains(ChangeKind.RANGE_WIDENED);
    assertThat(ChangeKind.fromId("nope")).isEmpty();
  }
}
