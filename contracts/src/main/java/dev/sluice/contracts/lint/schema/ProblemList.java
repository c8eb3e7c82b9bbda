package dev.sluice.contracts.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Words and rule ids for the issues that survive collapsing; one problem per place. */
final class ProblemList {
  private ProblemList() {}

  static List<SchemaProblem> of(List<Issue> issues, JsonNode root) {
    Map<String, SchemaProblem> byPointer = new LinkedHashMap<>();
    for (Issue issue : issues) {
      SchemaProblem problem = problem(issue, root);
      byPointer.merge(problem.pointer(), problem, ProblemList::moreSpecific);
    }
    List<SchemaProblem> out = new ArrayList<>(byPointer.values());
    // A combinator's "matches no alternative" says less than a problem found inside it.
    out.removeIf(p -> p.rule().equals("schema.invalid") && hasDeeper(p, out));
    return out;
  }

  private static SchemaProblem problem(Issue issue, JsonNode root) {
    switch (issue.keyword()) {
      case "unevaluatedProperties":
      case "additionalProperties":
        return new SchemaProblem("schema.unknown-key", issue.pointer() + "/" + escape(issue.key()),
            "unknown key '" + issue.key() + "'; the ODCS schema does not define it here");
      case "required":
        return new SchemaProblem("schema.required", issue.pointer(),
            "missing required key '" + issue.key() + "'");
      case "type":
        return new SchemaProblem("schema.type", issue.pointer(),
            "expected " + issue.argument(1) + ", found " + issue.argument(0));
      case "enum":
      case "const":
        return new SchemaProblem("schema.enum", issue.pointer(),
            "'" + root.at(issue.pointer()).asText() + "' is not allowed; expected one of "
                + issue.argument(0));
      default:
        return new SchemaProblem("schema.invalid", issue.pointer(), issue.text());
    }
  }

  /** Two problems at one place: keep the specific one; list every missing key together. */
  private static SchemaProblem moreSpecific(SchemaProblem a, SchemaProblem b) {
    if (a.rule().equals("schema.required") && b.rule().equals("schema.required")) {
      return new SchemaProblem(a.rule(), a.pointer(), a.message() + ", " + b.message());
    }
    return a.rule().equals("schema.invalid") ? b : a;
  }

  private static boolean hasDeeper(SchemaProblem p, List<SchemaProblem> all) {
    return all.stream().anyMatch(o -> o.pointer().startsWith(p.pointer() + "/"));
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
