package dev.sluice.contracts.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a contract file (YAML, or JSON, which is YAML too) into a {@link ContractDocument}, with
 * limits that keep hostile files cheap: size, nesting depth, alias expansion, duplicate keys.
 */
public final class DocumentReader {
  /** Contracts are small; anything larger is refused before parsing. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  static final int MAX_DEPTH = 64;
  static final int MAX_ALIASES = 50;

  private final ObjectMapper mapper;

  public DocumentReader() {
    this.mapper = new ObjectMapper(yamlFactory());
  }

  /**
   * Reads a file. A missing or unreadable file throws {@link IOException}; a file that is not
   * YAML throws {@link ContractException} with the line of the syntax error.
   */
  public ContractDocument read(Path file) throws IOException, ContractException {
    return parse(readBytes(file), file.toString());
  }

  /**
   * A contract file's exact bytes, refused as {@link #read} refuses a file before decoding it (a
   * folder, a missing file, one over {@link #MAX_BYTES}). For callers that keep the bytes, as the
   * registry does to store and digest what it judged; {@link #parse(byte[], String)} decodes them.
   */
  public static byte[] readBytes(Path file) throws IOException, ContractException {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new IOException(source + ": is a directory, not a contract file");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(source, null, "no such file");
    }
    if (size > MAX_BYTES) {
      throw new ContractException(
          source, "the file is " + size + " bytes; contracts are limited to " + MAX_BYTES);
    }
    return Files.readAllBytes(file);
  }

  /**
   * Parses a contract file's bytes, which must be UTF-8: this is the one place contract bytes
   * become text, so every reader of a contract (lint, validate, diff, publish) refuses the same
   * bytes with the same finding.
   */
  public ContractDocument parse(byte[] bytes, String source) throws ContractException {
    return parse(utf8(bytes, source), source);
  }

  /**
   * Strict UTF-8. Found by fuzzing (SECURITY.md): bytes that are not UTF-8 are a bad document,
   * not an unreadable file, so lint reports them as a finding like any other syntax error, on the
   * line of the first bad byte. A lenient decode would turn them into U+FFFD and judge a contract
   * other than the one written.
   */
  private static String utf8(byte[] bytes, String source) throws ContractException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (decoder.decode(in, out, true).isError()) {
      throw notUtf8(bytes, in.position(), source); // the position is the first bad byte
    }
    decoder.flush(out); // UTF-8 keeps no state, but a decode ends with a flush
    return out.flip().toString();
  }

  private static ContractException notUtf8(byte[] bytes, int badByte, String source) {
    String hex = HexFormat.of().withUpperCase().toHexDigits(bytes[badByte]);
    return new ContractException(source, List.of(Finding.error("yaml.syntax", "",
        lineAt(bytes, badByte), "not UTF-8 text (byte 0x" + hex
            + "); contracts are UTF-8 YAML or JSON")));
  }

  /** The 1-based line of a byte offset, counting LFs (so CR LF files too). */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Parses text already in memory; {@code source} names it in messages. */
  public ContractDocument parse(String text, String source) throws ContractException {
    if (text.length() > MAX_BYTES) {
      throw new ContractException(source, "the text is larger than " + MAX_BYTES + " characters");
    }
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new ContractException(source, "the file is empty");
      }
      if (!root.isObject()) {
        throw new ContractException(
            source, List.of(Finding.error("yaml.not-a-mapping", "", 1,
                "a contract must be a YAML mapping, found " + root.getNodeType())));
      }
      rejectAliases(text, source);
      return new ContractDocument(source, root, () -> lineIndex(text));
    } catch (JsonProcessingException e) {
      throw new ContractException(source, List.of(syntaxError(e)));
    } catch (IOException e) {
      throw new ContractException(source, "cannot parse: " + e.getMessage());
    }
  }

  /**
   * Jackson's YAML reader does not expand aliases: {@code *defaults} silently reads as the text
   * "defaults". Rather than check a contract other than the one written, refuse aliases (this
   * also rules out "billion laughs" alias bombs).
   */
  private void rejectAliases(String text, String source) throws IOException, ContractException {
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      while (parser.nextToken() != null) {
        if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
          int line = parser.currentTokenLocation().getLineNr();
          throw new ContractException(source, List.of(Finding.error("yaml.alias", "", line,
              "YAML aliases (*" + parser.getText() + ") are not supported; write the value out")));
        }
      }
    }
  }

  /** The lines of a text that parsed already (so it cannot fail now). */
  private Map<String, Integer> lineIndex(String text) {
    try {
      return LineIndex.of(mapper.getFactory(), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Finding syntaxError(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    String message = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
    if (e instanceof StreamConstraintsException) {
      // a safety limit, not a typo: say which, so the author does not hunt for a syntax error
      return Finding.error("yaml.limit", "", line, "the file exceeds a safety limit: " + message);
    }
    return Finding.error("yaml.syntax", "", line, "not valid YAML: " + message);
  }

  private static JsonFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_BYTES)
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
