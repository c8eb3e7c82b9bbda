package dev.sluice.validator.infer;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.infer.DatasetScan.FileSummary;
import dev.sluice.validator.infer.DatasetScan.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers an ODCS v3.1.0 contract from data: every column with its types, {@code required} where
 * no nulls were seen, {@code unique} where every value differs (exactly, within a memory cap),
 * ranges and lengths rounded outward, enums, string formats, lineage tags and a {@code local}
 * server; plus a profile of each column. The data it came from passes the contract.
 *
 * <p>Several files are one dataset, as in validation. Typed formats (Parquet, Arrow) take one
 * pass. Text formats (CSV, JSON) are read once as text to guess each column's type from every
 * value, then again with those types; a column some value of which still does not parse is
 * widened (integer, number, string, untyped) and the dataset read again, until nothing fails
 * (at most four more passes). Every pass streams: row groups in parallel, batch by batch.
 */
public final class ContractInference {
  private static final int MAX_TEXT_PASSES = 5;

  private ContractInference() {}

  public static InferResult infer(List<Path> files, InferOptions options) throws DataProblem {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no data files");
    }
    Result result = new DatasetScan(options).run(files, ExpectedSchema.NONE);
    Set<String> untyped = new LinkedHashSet<>();
    boolean text = result.files().stream().anyMatch(FileSummary::parsesText);
    if (text) {
      result = typeText(files, options, result, untyped);
    }
    if (result.columns().isEmpty()) {
      throw new DataProblem(files.get(0).toString(), "the data has no columns to describe");
    }
    List<String> notes = new ArrayList<>();
    Map<String, Object> contract = new ContractYaml(options, result, untyped).document(notes);
    return new InferResult(ContractYaml.write(contract),
        ProfileReport.json(result, untyped), result.rows(), notes);
  }

  /** A type per column from its text; JSON objects and lists give one per leaf below them. */
  private static Map<String, ValueType> candidates(Result raw) {
    Map<String, ValueType> types = new LinkedHashMap<>();
    raw.columns().forEach((path, p) -> {
      Map<String, TextShape> leaves = p.json == null ? Map.of() : p.json.leaves();
      if (!leaves.isEmpty()) {
        leaves.forEach((leaf, shape) -> types.put(leaf, TextShape.candidate(shape)));
      } else {
        types.put(path, p.type().kind() == Kind.STRING ? TextShape.candidate(p.shape) : p.type());
      }
    });
    return types;
  }

  private static Result typeText(List<Path> files, InferOptions options, Result raw,
      Set<String> untyped) throws DataProblem {
    Map<String, ValueType> types = candidates(raw);
    boolean json = raw.files().stream().anyMatch(f -> f.format().equals("json"));
    if (!json && types.values().stream().allMatch(t -> t.kind() == Kind.STRING)) {
      return raw; // CSV read as text already is what a contract of strings reads
    }
    for (int pass = 0; pass < MAX_TEXT_PASSES; pass++) {
      Map<String, ValueType> expected = new LinkedHashMap<>(types);
      expected.keySet().removeAll(untyped);
      Result typed = new DatasetScan(options).run(files, new ExpectedSchema(expected));
      List<String> failing = new ArrayList<>();
      typed.columns().forEach((path, p) -> {
        if (p.invalid > 0) {
          failing.add(path);
        }
      });
      if (failing.isEmpty()) {
        // A JSON key no typed leaf covers any more is read raw, as any value: untyped.
        typed.columns().keySet().stream().filter(path -> !expected.containsKey(path))
            .forEach(untyped::add);
        return typed;
      }
      for (String path : failing) {
        ValueType current = types.get(path);
        ValueType wider = current == null ? null : TextShape.wider(current);
        if (wider == null) {
          untyped.add(path);
        } else {
          types.put(path, wider);
        }
      }
    }
    throw new DataProblem(files.get(0).toString(), "could not settle the column types of the text "
        + "data in " + MAX_TEXT_PASSES + " passes");
  }
}
