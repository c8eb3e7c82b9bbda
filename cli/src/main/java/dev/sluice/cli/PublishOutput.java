package dev.sluice.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.contracts.diff.Change;
import dev.sluice.contracts.registry.PublishRejected;
import dev.sluice.contracts.registry.PublishResult;
import java.util.List;
import java.util.Locale;

/** Prints the outcome of {@code sluice publish} as text or JSON. */
final class PublishOutput {

  private PublishOutput() {}

  static String text(PublishResult r) {
    StringBuilder text = new StringBuilder();
    ChangeOutput.text(r.breaking(), text);
    if (r.unchanged()) {
      return text.append("UNCHANGED: ").append(r.id()).append(' ').append(r.version())
          .append(" is already published with this content (").append(r.file()).append(")\n")
          .toString();
    }
    text.append("PUBLISHED: ").append(r.id()).append(' ').append(r.version()).append(" -> ")
        .append(r.file()).append(" (");
    if (r.checkedAgainst() == null) {
      text.append("first version");
    } else {
      text.append("checked against ").append(r.checkedAgainst()).append(" in ")
          .append(r.mode().id()).append(" mode: ").append(verdict(r));
    }
    return text.append(")\n").toString();
  }

  static String rejectedText(PublishRejected e) {
    StringBuilder text = new StringBuilder();
    ChangeOutput.text(e.breaking(), text);
    return text.append("REJECTED: ").append(e.getMessage()).append('\n').toString();
  }

  private static String verdict(PublishResult r) {
    if (r.breaking().isEmpty()) {
      return "compatible";
    }
    String count = LintOutput.plural(r.breaking().size(), "breaking change");
    return r.allowBreakingReason() == null ? count + ", major version bump"
        : count + " allowed: " + r.allowBreakingReason();
  }


  static String json(PublishResult r) {
    ObjectNode root = header(r.unchanged() ? "unchanged" : "published");
    root.put("id", r.id()).put("version", r.version()).put("file", r.file().toString())
        .put("checkedAgainst", r.checkedAgainst()).put("compatibility", r.mode().id())
        .put("allowBreakingReason", r.allowBreakingReason());
    changesJson(root.putArray("breakingChanges"), r.breaking());
    return CliJson.write(root);
  }

  static String rejectedJson(PublishRejected e) {
    ObjectNode root = header("rejected");
    root.put("reason", e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .put("message", e.getMessage());
    changesJson(root.putArray("breakingChanges"), e.breaking());
    return CliJson.write(root);
  }

  private static ObjectNode header(String outcome) {
    return CliJson.root().put("outcome", outcome);
  }

  private static void changesJson(ArrayNode array, List<Change> changes) {
    changes.forEach(c -> ChangeOutput.json(array, c));
  }

}
