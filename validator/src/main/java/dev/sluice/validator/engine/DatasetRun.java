package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.check.CheckState;
import dev.sluice.validator.check.DataCheck;
import dev.sluice.validator.check.EvalContext;
import dev.sluice.validator.check.FileFacts;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One validation of a plan over a list of files, in order, one file open at a time. Rows are
 * numbered across the whole dataset. Per row group, each check is either settled from metadata
 * or fed decoded batches of the columns it reads; only columns some unsettled check needs are
 * decoded.
 */
public final class DatasetRun {
  private final Plan plan;
  private final ValidationOptions options;
  private final List<CheckState> states = new ArrayList<>();
  private final boolean[] decoded;
  private final List<DatasetInfo> datasets = new ArrayList<>();
  private long rows;

  public DatasetRun(Plan plan, ValidationOptions options) {
    this.plan = plan;
    this.options = options;
    plan.checks().forEach(c -> states.add(c.newState()));
    this.decoded = new boolean[plan.checks().size()];
  }

  public void add(Path path) throws DataProblem {
    try (DataFile file = DataFiles.open(path)) {
      FileFacts facts = FileFactsReader.read(file, path);
      List<CheckState> bound = bind(facts);
      for (RowGroupInfo rowGroup : file.rowGroups()) {
        scanRowGroup(file, rowGroup, bound);
      }
      datasets.add(new DatasetInfo(file.path(), file.format(), file.rowCount(),
          file.createdBy().orElse(null), extraColumns(file)));
      rows += file.rowCount();
    }
  }

  public List<CheckResult> results() {
    List<CheckResult> results = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      EvalContext ctx = new EvalContext(rows, !decoded[i], options.clock().instant(), options.maxSamples());
      results.add(plan.checks().get(i).result(states.get(i), ctx));
    }
    if (options.noExtraColumns()) {
      results.addAll(ExtraColumns.failures(plan.object().name(), datasets));
    }
    return results;
  }

  public List<DatasetInfo> datasets() {
    return datasets;
  }

  public long rowCount() {
    return rows;
  }

  /** The per-file state of each check, or null where the check reads no rows of this file. */
  private List<CheckState> bind(FileFacts facts) throws DataProblem {
    List<CheckState> bound = new ArrayList<>();
    for (int i = 0; i < plan.checks().size(); i++) {
      DataCheck check = plan.checks().get(i);
      requireReadable(check, facts);
      Optional<CheckState> state = check.bind(facts, states.get(i));
      bound.add(state.orElse(null));
    }
    return bound;
  }

  private static void requireReadable(DataCheck check, FileFacts facts) throws DataProblem {
    for (String column : check.columns()) {
      ColumnInfo info = facts.columns().get(column);
      if (info != null && info.type().kind() == ValueType.Kind.UNSUPPORTED) {
        throw new DataProblem(facts.path(), "column " + column + " has type " + info.formatType()
            + ", which Sluice cannot read (needed by " + check.spec().id() + ")");
      }
    }
  }

  private void scanRowGroup(DataFile file, RowGroupInfo rowGroup, List<CheckState> bound)
      throws DataProblem {
    List<CheckState> active = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    for (int i = 0; i < bound.size(); i++) {
      CheckState state = bound.get(i);
      DataCheck check = plan.checks().get(i);
      if (state == null || (options.metadataShortcuts() && check.settle(rowGroup, state))) {
        continue;
      }
      active.add(state);
      columns.addAll(check.columns());
      decoded[i] = true;
    }
    if (active.isEmpty()) {
      return;
    }
    file.scan(rowGroup.index(), columns, rows, options.batchRows(), batch -> {
      for (CheckState state : active) {
        state.update(batch);
      }
    });
  }

  private List<String> extraColumns(DataFile file) {
    return file.topLevelNames().stream().filter(n -> !plan.topLevelColumns().contains(n)).toList();
  }
}
