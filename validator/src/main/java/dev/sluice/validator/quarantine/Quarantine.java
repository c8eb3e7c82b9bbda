package dev.sluice.validator.quarantine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.Progress;
import dev.sluice.validator.arrow.ArrowSplitter;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.parquet.ParquetDataFile;
import dev.sluice.validator.parquet.ParquetSplitter;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.text.CsvSplitter;
import dev.sluice.validator.text.JsonSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * Writes the quarantine split of a validated dataset: each input file's rows go to {@code
 * accepted.<ext>} or {@code rejected.<ext>} in the input's format, in input order (with several
 * inputs, {@code <input name>.accepted.<ext>} and so on). Every output is written under a
 * temporary name in the target folder and renamed only when all of them are complete, so a
 * failure leaves no partial output under a final name.
 *
 * <p>Each output carries the input's lineage tags and {@value #CONTRACT_ID}, {@value
 * #CONTRACT_VERSION}, {@value #VALIDATED_AT} and {@value #SIDE}: in the footer (Parquet), the
 * schema metadata (Arrow), or a {@code <output>.lineage.json} sidecar (CSV, JSON).
 */
public final class Quarantine {
  public static final String CONTRACT_ID = "sluice.contract.id";
  public static final String CONTRACT_VERSION = "sluice.contract.version";
  public static final String VALIDATED_AT = "sluice.validated_at";
  public static final String SIDE = "sluice.quarantine";
  /** Footer keys that describe the input's schema, wrong for the rejected side's. */
  private static final Set<String> SCHEMA_KEYS = Set.of("ARROW:schema", "pandas",
      "org.apache.spark.sql.parquet.row.metadata", "parquet.avro.schema", "avro.schema");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final SourceOptions source;
  private final @Nullable ExecutorService pool;
  private final int inFlight;
  private final Progress progress;
  private final Map<String, String> runTags;
  private final List<Path> temporary = new ArrayList<>();
  private final Map<Path, Path> finals = new LinkedHashMap<>();

  /** What was validated: the contract's id and version, and when. */
  public record Run(String contractId, String contractVersion, Instant validatedAt) {}

  private Quarantine(Path dir, SourceOptions source, @Nullable ExecutorService pool, int inFlight,
      Progress progress, Run run) {
    this.dir = dir;
    this.source = source;
    this.pool = pool;
    this.inFlight = inFlight;
    this.progress = progress;
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(CONTRACT_ID, run.contractId());
    tags.put(CONTRACT_VERSION, run.contractVersion());
    tags.put(VALIDATED_AT, run.validatedAt().toString());
    this.runTags = tags;
  }

  /**
   * Splits the rows of {@code inputs} (the files {@code marks} was collected on, in the same
   * order) into {@code dir}, telling {@code progress} of the stage {@code "quarantine"} (see
   * {@link Progress#stageStarted}).
   */
  public static QuarantineSummary write(Path dir, List<Path> inputs, QuarantineMarks marks,
      Run run, SourceOptions source, @Nullable ExecutorService pool, int inFlight,
      Progress progress) throws DataProblem {
    if (inputs.size() != marks.files().size()) {
      throw new IllegalArgumentException(inputs.size() + " inputs for the marks of "
          + marks.files().size() + " files");
    }
    long rows = 0;
    long bytes = 0;
    for (FileMarks file : marks.files()) {
      rows += file.rowCount();
      bytes += file.bytes();
    }
    progress.stageStarted("quarantine", rows, bytes);
    return new Quarantine(dir, source, pool, inFlight, progress, run)
        .write(inputs, marks.files());
  }

  private QuarantineSummary write(List<Path> inputs, List<FileMarks> files) throws DataProblem {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DataProblem(dir.toString(), "cannot create the quarantine folder: " + e);
    }
    try {
      List<QuarantineSummary.Output> outputs = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (int i = 0; i < inputs.size(); i++) {
        String prefix = inputs.size() == 1 ? "" : uniqueStem(inputs.get(i), names) + ".";
        outputs.add(split(inputs.get(i), files.get(i), prefix));
      }
      publish();
      return new QuarantineSummary(dir, outputs);
    } finally {
      temporary.forEach(Quarantine::deleteQuietly);
    }
  }

  private QuarantineSummary.Output split(Path input, FileMarks marks, String prefix)
      throws DataProblem {
    String ext = extension(input, marks.format());
    Path accepted = dir.resolve(prefix + "accepted" + ext);
    Path rejected = dir.resolve(prefix + "rejected" + ext);
    Map<String, String> acceptedTags = tags(marks, "accepted", false);
    Map<String, String> rejectedTags = tags(marks, "rejected", true);
    long rows = marks.rowCount();
    double bytesPerRow = rows == 0 ? 0 : (double) marks.bytes() / rows;
    SplitProgress written = n -> {
      if (n > 0) {
        progress.advanced(n, Math.round(n * bytesPerRow));
      }
    };
    SplitTarget target = new SplitTarget(temporary(accepted), temporary(rejected), acceptedTags,
        rejectedTags, written);
    SplitTarget.Counts counts = splitter(input, marks, target);
    if (counts.accepted() + counts.rejected() != rows
        || counts.rejected() != marks.rejectedRows()) {
      throw new IllegalStateException(marks.path() + ": the split wrote " + counts.accepted()
          + " + " + counts.rejected() + " rows of " + rows + " (" + marks.rejectedRows()
          + " rejected)");
    }
    if (!marks.format().equals("parquet") && !marks.format().equals("arrow")) {
      sidecar(accepted, acceptedTags);
      sidecar(rejected, rejectedTags);
    }
    return new QuarantineSummary.Output(marks.path(), accepted, rejected, counts.accepted(),
        counts.rejected());
  }

  private SplitTarget.Counts splitter(Path input, FileMarks marks, SplitTarget target)
      throws DataProblem {
    switch (marks.format()) {
      case "parquet":
        try (ParquetDataFile file = ParquetDataFile.open(input, marks.path())) {
          return ParquetSplitter.split(file, marks, target, pool, inFlight);
        }
      case "arrow":
        return ArrowSplitter.split(input, marks.path(), marks, target);
      case "csv":
        return CsvSplitter.split(input, marks.path(), source, marks, target);
      case "json":
        return JsonSplitter.split(input, marks.path(), source, marks, target);
      default:
        throw new DataProblem(marks.path(), "cannot quarantine " + marks.format() + " files yet");
    }
  }

  private Map<String, String> tags(FileMarks marks, String side, boolean dropSchemaKeys) {
    Map<String, String> tags = new LinkedHashMap<>();
    marks.tags().forEach((key, value) -> {
      if (!dropSchemaKeys || !SCHEMA_KEYS.contains(key)) {
        tags.put(key, value);
      }
    });
    tags.putAll(runTags);
    tags.put(SIDE, side);
    return tags;
  }

  private void sidecar(Path output, Map<String, String> tags) throws DataProblem {
    Path sidecar = output.resolveSibling(output.getFileName() + ".lineage.json");
    Path temp = temporary(sidecar);
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), tags);
    } catch (IOException e) {
      throw new DataProblem(sidecar.toString(), "cannot write: " + e.getMessage());
    }
  }

  /** A fresh temporary name beside {@code target}, renamed to it by {@link #publish()}. */
  private Path temporary(Path target) {
    Path temp = target.resolveSibling("." + target.getFileName() + ".sluice-" + UUID.randomUUID());
    temporary.add(temp);
    finals.put(temp, target);
    return temp;
  }

  /** Renames every finished output to its final name. */
  private void publish() throws DataProblem {
    for (Map.Entry<Path, Path> e : finals.entrySet()) {
      try {
        try {
          Files.move(e.getKey(), e.getValue(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException notAtomic) {
          Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException ex) {
        throw new DataProblem(e.getValue().toString(), "cannot rename the finished output: " + ex);
      }
    }
  }

  private static String extension(Path input, String format) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot > 0 && dot < name.length() - 1) {
      return name.substring(dot).toLowerCase(Locale.ROOT);
    }
    switch (format) {
      case "arrow": return ".arrow";
      case "csv": return ".csv";
      case "json": return ".jsonl";
      default: return ".parquet";
    }
  }

  private static String uniqueStem(Path input, Set<String> taken) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String unique = stem;
    for (int n = 2; !taken.add(unique); n++) {
      unique = stem + "-" + n;
    }
    return unique;
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a leftover temporary file is hidden and never taken for an output
    }
  }
}
