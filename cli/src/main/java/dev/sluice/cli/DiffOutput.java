package dev.sluice.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.contracts.diff.Change;
import dev.sluice.contracts.diff.CompatibilityMode;
import dev.sluice.contracts.diff.ContractDiff;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.report.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Prints a contract diff (and, with {@code --data}, its impact on data) as text or JSON. */
final class DiffOutput {

  private final Contract oldContract;
  private final Contract newContract;
  private final ContractDiff diff;
  private final CompatibilityMode mode;
  private final Optional<DataImpact> data;

  DiffOutput(Contract oldContract, Contract newContract, CompatibilityMode mode,
      @Nullable DataImpact data) {
    this.oldContract = oldContract;
    this.newContract = newContract;
    this.diff = ContractDiff.between(oldContract, newContract);
    this.mode = mode;
    this.data = Optional.ofNullable(data);
  }

  /** Failed when a change breaks the mode, or when the data fails NEW where it passed OLD. */
  ExitCode exitCode() {
    boolean bites = data.map(DataImpact::bites).orElse(false);
    return diff.isCompatible(mode) && !bites ? ExitCode.PASSED : ExitCode.FAILED;
  }

  String text() {
    StringBuilder text = new StringBuilder();
    TextTable table = new TextTable(new String[] {"", "kind", "path", "old", "new", "breaks"},
        new boolean[6]);
    for (Change c : diff.changes()) {
      table.add(new String[] {c.breaks(mode) ? "BREAKING" : "", c.kind().id(), c.path(),
          shown(c.oldValue()), shown(c.newValue()), directions(c)}, List.of());
    }
    if (!table.isEmpty()) {
      table.render(text);
    }
    data.ifPresent(d -> dataText(d, text));
    return text.append(summary()).append('\n').toString();
  }

  private String summary() {
    String verdict = exitCode() == ExitCode.PASSED ? "PASSED" : "FAILED";
    long forward = diff.changes().stream().filter(Change::breaksForward).count();
    long backward = diff.changes().stream().filter(Change::breaksBackward).count();
    return verdict + ": " + LintOutput.plural(diff.changes().size(), "change") + ", "
        + forward + " breaking forward, " + backward + " breaking backward (" + mode.id()
        + " mode)";
  }

  private static void dataText(DataImpact d, StringBuilder text) {
    text.append("data: ").append(LintOutput.plural(d.underNew().rowCount(), "row"))
        .append(" of ").append(d.underNew().object()).append(": ")
        .append(d.underOld().verdict().json()).append(" under OLD, ")
        .append(d.underNew().verdict().json()).append(" under NEW; ");
    if (!d.bites()) {
      text.append("no check fails under NEW that passed under OLD: the backward breaks do not "
          + "bite on this data\n");
      return;
    }
    text.append(LintOutput.plural(d.biting().size(), "check"))
        .append(d.biting().size() == 1 ? " fails" : " fail")
        .append(" only under NEW: the backward breaks bite on this data\n");
    for (CheckResult c : d.biting()) {
      text.append("  ").append(c.id()).append(" (").append(c.kind().json()).append("): ")
          .append(c.failedRows() == null ? "" : LintOutput.plural(c.failedRows(), "row") + ": ")
          .append(c.message()).append('\n');
    }
  }

  String json() {
    ObjectNode root = CliJson.root();
    contract(root.putObject("old"), oldContract);
    contract(root.putObject("new"), newContract);
    root.put("mode", mode.id()).put("verdict", exitCode() == ExitCode.PASSED ? "passed" : "failed");
    root.putObject("summary").put("changes", diff.changes().size())
        .put("breaking", diff.breaking(mode).size())
        .put("breaksForward", diff.breaking(CompatibilityMode.FORWARD).size())
        .put("breaksBackward", diff.breaking(CompatibilityMode.BACKWARD).size());
    ArrayNode changes = root.putArray("changes");
    for (Change c : diff.changes()) {
      ChangeOutput.json(changes, c).put("breaksForward", c.breaksForward()).put("breaksBackward", c.breaksBackward())
          .put("breaking", c.breaks(mode));
    }
    data.ifPresent(d -> dataJson(root.putObject("data"), d));
    return CliJson.write(root);
  }

  private static void contract(ObjectNode node, Contract contract) {
    node.put("source", contract.source()).put("id", contract.id()).put("version", contract.version());
  }

  private static void dataJson(ObjectNode node, DataImpact d) {
    ArrayNode files = node.putArray("files");
    d.files().forEach(f -> files.add(f.toString()));
    node.put("object", d.underNew().object()).put("rowCount", d.underNew().rowCount())
        .put("verdictUnderOld", d.underOld().verdict().json())
        .put("verdictUnderNew", d.underNew().verdict().json()).put("bites", d.bites());
    ArrayNode checks = node.putArray("bitingChecks");
    for (CheckResult c : d.biting()) {
      checks.addObject().put("id", c.id()).put("property", c.property())
          .put("kind", c.kind().json()).put("failedRows", c.failedRows())
          .put("message", c.message());
    }
  }

  private static String shown(@Nullable String value) {
    return value == null ? "-" : value;
  }

  private static String directions(Change c) {
    List<String> broken = new ArrayList<>();
    if (c.breaksForward()) {
      broken.add("forward");
    }
    if (c.breaksBackward()) {
      broken.add("backward");
    }
    return broken.isEmpty() ? "-" : String.join(", ", broken);
  }
}
