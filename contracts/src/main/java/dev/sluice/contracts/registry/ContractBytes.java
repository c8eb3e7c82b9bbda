package dev.sluice.contracts.registry;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.load.DocumentReader;
import dev.sluice.contracts.model.Contract;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A contract file's exact bytes and the contract they hold: the registry stores the bytes it
 * checked, so what is published is exactly what was judged. Reading, decoding and judging are the
 * loader's, so the registry refuses exactly what {@code validate} and {@code lint --compat}
 * refuse, with the same findings.
 */
record ContractBytes(byte[] bytes, Contract contract) {
  /** Reads and loads a contract as {@code validate} does (compat lint; an error throws). */
  static ContractBytes read(Path file) throws IOException, ContractException {
    return judge(DocumentReader.readBytes(file), file);
  }

  /**
   * Reads a published version, checking its digest before judging it: a stored file edited by
   * hand is reported as such, whatever the edit broke.
   */
  static ContractBytes readPublished(Path file, IndexEntry entry)
      throws IOException, ContractException {
    byte[] bytes = DocumentReader.readBytes(file);
    if (!sha256(bytes).equals(entry.sha256())) {
      throw new IOException(file + ": differs from the content the index recorded for "
          + entry.version() + " (the registry was changed by hand)");
    }
    return judge(bytes, file);
  }

  String sha256() {
    return sha256(bytes);
  }

  private static ContractBytes judge(byte[] bytes, Path file) throws ContractException {
    return new ContractBytes(bytes, Contracts.read(bytes, file.toString()).contract());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
