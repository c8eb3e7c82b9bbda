package dev.sluice.contracts;

import dev.sluice.contracts.lint.LintMode;
import dev.sluice.contracts.lint.Linter;
import dev.sluice.contracts.load.ContractDocument;
import dev.sluice.contracts.load.ContractMapper;
import dev.sluice.contracts.load.DocumentReader;
import dev.sluice.contracts.model.Contract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Loading and linting contracts.
 *
 * <pre>{@code
 * Contract c = Contracts.load(Path.of("orders.odcs.yaml"));          // compat lint, errors throw
 * List<Finding> f = Contracts.lint(path, LintMode.STRICT).findings(); // every finding, located
 * }</pre>
 */
public final class Contracts {
  private static final Linter LINTER = new Linter();

  private Contracts() {}

  /** Loads a contract for validation: lint in compat mode, any error throws. */
  public static Contract load(Path file) throws IOException, ContractException {
    return read(file).contract();
  }

  /** Like {@link #load(Path)}, keeping the warnings that compat mode tolerated. */
  public static Loaded read(Path file) throws IOException, ContractException {
    return compatLinted(new DocumentReader().read(file));
  }

  /**
   * Like {@link #read(Path)}, for a contract file's bytes already in memory (from {@link
   * DocumentReader#readBytes}); {@code source} names them in findings. The same bytes get the
   * same verdict and findings as the file would.
   */
  public static Loaded read(byte[] bytes, String source) throws ContractException {
    return compatLinted(new DocumentReader().parse(bytes, source));
  }

  private static Loaded compatLinted(ContractDocument doc) throws ContractException {
    List<Finding> findings = LINTER.lint(doc, LintMode.COMPAT);
    if (findings.stream().anyMatch(Finding::isError)) {
      throw new ContractException(doc.source(), findings);
    }
    return new Loaded(new ContractMapper().map(doc), findings);
  }

  /**
   * Starts loading a contract for validation with its lint running on another thread, so that
   * validating data can begin while the (slower) schema lint finishes: {@link
   * Deferred#contract()} gives the model at once, {@link Deferred#await()} the lint's verdict,
   * which the caller must ask for before trusting any result obtained with the model. A YAML
   * syntax error (or a document too broken to map) throws here as {@link #read} would.
   */
  public static Deferred readDeferred(Path file) throws IOException, ContractException {
    ContractDocument doc = new DocumentReader().read(file);
    CompletableFuture<List<Finding>> lint = new CompletableFuture<>();
    Thread linter = new Thread(() -> {
      try {
        lint.complete(LINTER.lint(doc, LintMode.COMPAT));
      } catch (RuntimeException | Error e) {
        lint.completeExceptionally(e);
      }
    }, "sluice-lint");
    linter.setDaemon(true);
    linter.start();
    Deferred deferred = new Deferred(doc, lint);
    try {
      deferred.contract = new ContractMapper().map(doc);
    } catch (RuntimeException e) {
      deferred.await(); // an invalid document explains the failure; a valid one is a bug
      throw e;
    }
    return deferred;
  }

  /** A contract whose lint is still running; see {@link #readDeferred}. */
  public static final class Deferred {
    private final ContractDocument doc;
    private final CompletableFuture<List<Finding>> lint;
    private Contract contract;

    private Deferred(ContractDocument doc, CompletableFuture<List<Finding>> lint) {
      this.doc = doc;
      this.lint = lint;
    }

    /** The model, usable before the lint is over. */
    public Contract contract() {
      return contract;
    }

    /** Waits for the lint: the warnings it tolerated, or a ContractException on any error. */
    public Loaded await() throws ContractException {
      List<Finding> findings;
      try {
        findings = lint.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw (Error) e.getCause();
      }
      if (findings.stream().anyMatch(Finding::isError)) {
        throw new ContractException(doc.source(), findings);
      }
      return new Loaded(contract, findings);
    }
  }

  /**
   * Lints a file. A YAML syntax error is a finding; only a missing or unreadable file throws
   * {@link IOException}.
   */
  public static LintResult lint(Path file, LintMode mode) throws IOException {
    try {
      ContractDocument doc = new DocumentReader().read(file);
      return new LintResult(file.toString(), LINTER.lint(doc, mode));
    } catch (ContractException e) {
      return new LintResult(file.toString(), new ArrayList<>(e.findings()));
    }
  }

  /** A loaded contract with the warnings tolerated while loading it. */
  public record Loaded(Contract contract, List<Finding> warnings) {
    public Loaded {
      warnings = List.copyOf(warnings);
    }
  }

  /** Every finding of one file, in document order. */
  public record LintResult(String source, List<Finding> findings) {
    public LintResult {
      findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
      return findings.stream().anyMatch(Finding::isError);
    }
  }
}
