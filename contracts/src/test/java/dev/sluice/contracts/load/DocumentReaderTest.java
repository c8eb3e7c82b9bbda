package dev.sluice.contracts.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.lint.LintMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken files fail fast, with one located finding. */
class DocumentReaderTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  @Test
  void reportsAYamlSyntaxErrorAsAFindingWithItsLine() throws IOException {
    Path file = write("broken.yaml", "apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - name: [unclosed\nid: x\n");

    List<Finding> findings = Contracts.lint(file, LintMode.STRICT).findings();

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("yaml.syntax");
      assertThat(f.line()).isEqualTo(5);
      assertThat(f.message()).startsWith("not valid YAML");
    });
  }

  @Test
  void reportsBytesThatAreNotUtf8AsASyntaxFinding() throws IOException {
    // found by ContractFuzzTest: such a file used to throw MalformedInputException (an IOException)
    Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xe9});

    assertThat(Contracts.lint(file, LintMode.STRICT).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("not UTF-8 text"));
    assertThatThrownBy(() -> Contracts.load(file)).isInstanceOf(ContractException.class);
  }

  /** The finding names the first bad byte and its line, wherever the bytes come from. */
  @Test
  void locatesTheFirstByteThatIsNotUtf8() throws IOException {
    byte[] cut = {'i', 'd', ':', ' ', 'x', '\r', '\n', 'k', ':', ' ', (byte) 0xE2, (byte) 0x82};
    byte[] surrogate = {'i', 'd', ':', ' ', 'x', '\n', '\n', 'k', ':', ' ', (byte) 0xED,
        (byte) 0xA0, (byte) 0x80};
    String cutFinding = "cut.yaml:2: error: not UTF-8 text (byte 0xE2); contracts are UTF-8 "
        + "YAML or JSON [yaml.syntax]";

    assertThatThrownBy(() -> reader.parse(cut, "cut.yaml")).hasMessage(cutFinding);
    assertThatThrownBy(() -> reader.parse(surrogate, "s.yaml")).hasMessageStartingWith(
        "s.yaml:3: error: not UTF-8 text (byte 0xED)");
    Path file = Files.write(dir.resolve("cut.yaml"), cut);
    assertThat(Contracts.lint(file, LintMode.COMPAT).findings()).singleElement()
        .satisfies(f -> assertThat(f.format(file.toString()))
            .isEqualTo(cutFinding.replace("cut.yaml", file.toString())));
  }

  @Test
  void readsUtf8BytesAsTheTextTheyEncode() throws Exception {
    byte[] bytes = "id: caf\u00e9 \u2713\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(reader.parse(bytes, "utf8.yaml").root().get("id").asText())
        .isEqualTo("caf\u00e9 \u2713");
  }

  @Test
  void rejectsAnAliasBombQuicklyAndSaysWhy() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
          .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
    }
    long start = System.nanoTime();

    assertThatThrownBy(() -> reader.parse(yaml.toString(), "bomb.yaml"))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("bomb.yaml:2")
        .hasMessageContaining("YAML aliases (*a) are not supported");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  /** Jackson reads {@code *defaults} as the text "defaults"; a silent misreading is worse. */
  @Test
  void rejectsAnAliasRatherThanReadingItAsText() {
    String yaml = "defaults: &defaults {required: true}\nid: x\nother: *defaults\n";

    assertThatThrownBy(() -> reader.parse(yaml, "alias.yaml"))
        .isInstanceOf(ContractException.class)
        .satisfies(e -> assertThat(((ContractException) e).findings()).singleElement()
            .satisfies(f -> {
              assertThat(f.rule()).isEqualTo("yaml.alias");
              assertThat(f.line()).isEqualTo(3);
            }));
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    int depth = DocumentReader.MAX_DEPTH + 10;
    String nested = "[".repeat(depth) + "]".repeat(depth);

    assertThatThrownBy(() -> reader.parse("x: " + nested + "\n", "deep.yaml"))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("nesting depth")
        .satisfies(e -> assertThat(((ContractException) e).findings())
            .extracting(Finding::rule).containsExactly("yaml.limit"));
  }

  @Test
  void acceptsNestingWithinTheLimit() throws Exception {
    int depth = DocumentReader.MAX_DEPTH - 5;
    String nested = "[".repeat(depth) + "]".repeat(depth);

    assertThat(reader.parse("x: " + nested + "\n", "ok.yaml").root().has("x")).isTrue();
  }

  @Test
  void rejectsDuplicateKeys() {
    assertThatThrownBy(() -> reader.parse("id: a\nkind: DataContract\nid: b\n", "dup.yaml"))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("dup.yaml:3")
        .hasMessageContaining("id");
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    Path file = write("empty.yaml", "");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void rejectsAListWhereAMappingBelongs() {
    assertThatThrownBy(() -> reader.parse("- apiVersion: v3.1.0\n- id: x\n", "list.yaml"))
        .isInstanceOf(ContractException.class)
        .satisfies(e -> assertThat(((ContractException) e).findings())
            .extracting(Finding::rule).containsExactly("yaml.not-a-mapping"));
  }

  @Test
  void aMissingFileIsAnIoExceptionNotAFinding() {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> Contracts.lint(missing, LintMode.STRICT))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope.yaml");
  }

  @Test
  void readsJsonToo() throws Exception {
    ContractDocument doc = reader.parse("{\"apiVersion\": \"v3.1.0\",\n \"id\": \"x\"}", "c.json");

    assertThat(doc.apiVersion()).isEqualTo("v3.1.0");
    assertThat(doc.lineOf("id")).isEqualTo(2);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
