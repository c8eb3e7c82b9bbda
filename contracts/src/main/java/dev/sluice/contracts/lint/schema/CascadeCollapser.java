package dev.sluice.contracts.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns networknt's raw messages into one problem per real mistake.
 *
 * <p>What networknt emits for one mistake, and what we do about it:
 *
 * <ul>
 *   <li>A failed {@code oneOf}/{@code anyOf}: the combinator's own message plus every branch's
 *       errors. We keep the branch that got furthest into the instance (deepest errors, then
 *       fewest), and drop the rest; when no branch got past the combinator's own node, one
 *       message stands for all (type errors merged into "expected string or array").
 *   <li>{@code unevaluatedProperties}: when any sub-schema of an object fails, all keys it
 *       declared come back as "not evaluated". Such keys are dropped unless the schema truly
 *       does not declare them there ({@link KnownKeys}).
 *   <li>Quality operators ({@code $defs/DataQualityOperators}): dropped here because the
 *       semantic operator rules report the same mistakes with better words.
 * </ul>
 */
final class CascadeCollapser {
  private static final Comparator<Issue> OUTERMOST_FIRST =
      Comparator.comparingInt((Issue i) -> i.evaluationPath().length());

  private final BundledSchema schema;
  private final JsonNode root;

  CascadeCollapser(BundledSchema schema, JsonNode root) {
    this.schema = schema;
    this.root = root;
  }

  List<SchemaProblem> collapse(Collection<Issue> raw) {
    List<Issue> live = new ArrayList<>(raw);
    live.removeIf(i -> i.schemaPointer().contains("/DataQualityOperators"));
    live.removeIf(i -> i.isUnknownKey() && isDeclaredNoise(i, raw));
    resolveCombinators(live);
    return ProblemList.of(live, root);
  }

  /**
   * Noise only when something else failed at or under that object (a failure elsewhere in the
   * same keyword's list does not count) and the schema declares the key there.
   */
  private boolean isDeclaredNoise(Issue unknown, Collection<Issue> raw) {
    boolean otherFailures = raw.stream().anyMatch(
        i -> i.isAtOrUnder(unknown.pointer())
            && !i.evaluationPath().equals(unknown.evaluationPath()));
    if (!otherFailures) {
      return false;
    }
    String owner = parentPointer(unknown.schemaPointer());
    return KnownKeys.of(schema, owner, root.at(unknown.pointer())).contains(unknown.key());
  }

  private void resolveCombinators(List<Issue> live) {
    List<Issue> combinators =
        live.stream().filter(Issue::isCombinator).sorted(OUTERMOST_FIRST).toList();
    for (Issue combinator : combinators) {
      if (!live.remove(combinator)) {
        continue; // dropped with a losing branch of an outer combinator
      }
      String prefix = combinator.evaluationPath() + "/";
      List<Issue> branches =
          live.stream().filter(i -> i.evaluationPath().startsWith(prefix)).toList();
      live.removeAll(branches);
      live.addAll(choose(combinator, branches));
    }
  }

  private static List<Issue> choose(Issue combinator, List<Issue> branchIssues) {
    boolean tooManyMatched = combinator.keyword().equals("oneOf")
        && !combinator.argument(0).equals("0");
    if (branchIssues.isEmpty() || tooManyMatched) {
      return List.of(combinator);
    }
    List<Issue> best = bestBranch(combinator, branchIssues);
    if (maxDepth(best) > combinator.depth()) {
      return best;
    }
    boolean allTypes = branchIssues.stream().allMatch(
        i -> i.keyword().equals("type") && i.pointer().equals(combinator.pointer()));
    return List.of(allTypes ? mergedType(combinator, branchIssues) : combinator);
  }

  private static List<Issue> bestBranch(Issue combinator, List<Issue> branchIssues) {
    int cut = combinator.evaluationPath().length() + 1;
    Map<String, List<Issue>> byBranch = branchIssues.stream().collect(Collectors.groupingBy(
        i -> i.evaluationPath().substring(cut).split("/", 2)[0],
        LinkedHashMap::new, Collectors.toList()));
    Comparator<List<Issue>> deeperThenFewer = Comparator
        .comparingInt(CascadeCollapser::maxDepth)
        .thenComparing(Comparator.comparingInt((List<Issue> l) -> l.size()).reversed());
    return byBranch.values().stream().max(deeperThenFewer).orElse(List.of());
  }

  private static Issue mergedType(Issue combinator, List<Issue> typeIssues) {
    Set<String> expected = new TreeSet<>();
    typeIssues.forEach(i -> expected.add(i.argument(1)));
    String found = typeIssues.get(0).argument(0);
    return new Issue("type", combinator.pointer(), combinator.evaluationPath(),
        combinator.schemaPointer(), "", List.of(found, String.join(" or ", expected)),
        found + " found, " + String.join(" or ", expected) + " expected");
  }

  private static int maxDepth(List<Issue> issues) {
    return issues.stream().mapToInt(Issue::depth).max().orElse(0);
  }

  private static String parentPointer(String pointer) {
    int cut = pointer.lastIndexOf('/');
    return cut < 0 ? "" : pointer.substring(0, cut);
  }
}
