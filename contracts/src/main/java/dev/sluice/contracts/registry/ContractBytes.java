package dev.sluice.contracts.registry;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.lint.LintMode;
import dev.sluice.contracts.lint.Linter;
import dev.sluice.contracts.load.ContractDocument;
import dev.sluice.contracts.load.ContractMapper;
import dev.sluice.contracts.load.DocumentReader;
import dev.sluice.contracts.model.Contract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A contract file's exact bytes and the contract they hold: the registry stores the bytes it
 * checked, so what is published is exactly what was judged.
 */
record ContractBytes(byte[] bytes, Contract contract) {
  private static final Linter LINTER = new Linter();

  /** Reads and loads a contract as {@code validate} does (compat lint; an error throws). */
  static ContractBytes read(Path file) throws IOException, ContractException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a directory, not a contract file");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    if (Files.size(file) > DocumentReader.MAX_BYTES) {
      throw new ContractException(file.toString(), "the file is larger than "
          + DocumentReader.MAX_BYTES + " bytes");
    }
    byte[] bytes = Files.readAllBytes(file);
    ContractDocument doc = new DocumentReader().parse(new String(bytes, StandardCharsets.UTF_8),
        file.toString());
    List<Finding> findings = LINTER.lint(doc, LintMode.COMPAT);
    if (findings.stream().anyMatch(Finding::isError)) {
      throw new ContractException(doc.source(), findings);
    }
    return new ContractBytes(bytes, new ContractMapper().map(doc));
  }

  String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
