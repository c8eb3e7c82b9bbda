package dev.sluice.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.contracts.diff.Change;
import java.util.List;

/** How the commands that report contract changes (diff, publish, changelog) show one change. */
final class ChangeOutput {
  private ChangeOutput() {}

  /** One indented line per change: {@code kind  path  old -> new}. */
  static void text(List<Change> changes, StringBuilder text) {
    for (Change c : changes) {
      text.append("  ").append(c.kind().id()).append("  ").append(c.path()).append("  ")
          .append(c.oldValue() == null ? "-" : c.oldValue()).append(" -> ")
          .append(c.newValue() == null ? "-" : c.newValue()).append('\n');
    }
  }

  /** A change's common members in a new element of {@code array}; callers add their own. */
  static ObjectNode json(ArrayNode array, Change c) {
    return array.addObject().put("path", c.path()).put("kind", c.kind().id())
        .put("oldValue", c.oldValue()).put("newValue", c.newValue());
  }
}
