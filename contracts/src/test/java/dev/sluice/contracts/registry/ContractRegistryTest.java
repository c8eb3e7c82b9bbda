package dev.sluice.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.diff.ChangeKind;
import dev.sluice.contracts.diff.CompatibilityMode;
import dev.sluice.contracts.lint.LintMode;
import dev.sluice.contracts.registry.PublishRejected.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractRegistryTest {
  static final String BODY = """
      schema:
        - name: orders
          properties:
            - {name: id, logicalType: integer, required: true}
            - {name: amount, logicalType: number, logicalTypeOptions: {maximum: 100}}
      """;

  @TempDir Path dir;

  private Path registryDir() {
    return dir.resolve("registry");
  }

  private ContractRegistry registry() {
    return ContractRegistry.open(registryDir(),
        Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
  }

  /** A contract file with this id, version and body (BODY with {@code maximum} edited). */
  static Path contract(Path dir, String id, String version, String maximum) throws IOException {
    String text = "apiVersion: v3.1.0\nkind: DataContract\nid: '" + id + "'\nversion: '" + version
        + "'\nstatus: active\n" + BODY.replace("maximum: 100", "maximum: " + maximum);
    return Files.writeString(dir.resolve("c-" + Math.abs((id + version + maximum).hashCode())
        + ".odcs.yaml"), text);
  }

  private Path contract(String version, String maximum) throws IOException {
    return contract(dir, "orders", version, maximum);
  }

  /** A valid contract but for one byte: a 0xFF (never UTF-8) in the description, on line 6. */
  private Path notUtf8(String version) throws IOException {
    String text = Files.readString(contract(version, "100"))
        .replace("status: active\n", "status: active\ndescription: {purpose: 'caf?'}\n");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    bytes[text.indexOf('?')] = (byte) 0xFF;
    return Files.write(dir.resolve("not-utf8-" + version + ".odcs.yaml"), bytes);
  }

  /** Every file under the registry, by relative path, as hex: to show a refusal wrote nothing. */
  private Map<String, String> registryFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (Files.exists(registryDir())) {
      try (Stream<Path> all = Files.walk(registryDir())) {
        for (Path p : all.filter(Files::isRegularFile).toList()) {
          files.put(registryDir().relativize(p).toString(),
              HexFormat.of().formatHex(Files.readAllBytes(p)));
        }
      }
    }
    return files;
  }

  @Test
  void firstPublishStoresTheBytesAndIndexesThem() throws Exception {
    Path file = contract("1.0.0", "100");
    PublishResult result = registry().publish(file, PublishOptions.DEFAULTS);
    assertThat(result.unchanged()).isFalse();
    assertThat(result.checkedAgainst()).isNull();
    assertThat(result.file()).isEqualTo(registryDir().toAbsolutePath().resolve("orders/1.0.0.odcs.yaml"));
    assertThat(Files.readAllBytes(result.file())).isEqualTo(Files.readAllBytes(file));
    List<IndexEntry> versions = registry().versions("orders");
    assertThat(versions).singleElement().satisfies(e -> {
      assertThat(e.version()).isEqualTo("1.0.0");
      assertThat(e.publishedAt()).isEqualTo("2026-11-25T12:00:00Z");
      assertThat(e.compatibility()).isEqualTo("forward");
      assertThat(e.sha256()).hasSize(64);
    });
    assertThat(registry().file("orders", "1.0.0")).contains(result.file());
    assertThat(registry().file("orders", "9.9.9")).isEmpty();
  }

  @Test
  void sameVersionSameContentIsANoOp() throws Exception {
    Path file = contract("1.0.0", "100");
    registry().publish(file, PublishOptions.DEFAULTS);
    String index = Files.readString(registryDir().resolve("orders/index.json"));
    PublishResult again = ContractRegistry.open(registryDir()).publish(file, PublishOptions.DEFAULTS);
    assertThat(again.unchanged()).isTrue();
    assertThat(Files.readString(registryDir().resolve("orders/index.json"))).isEqualTo(index);
  }

  @Test
  void sameVersionOtherContentIsRefusedAndNothingChanges() throws Exception {
    Path first = contract("1.0.0", "100");
    registry().publish(first, PublishOptions.DEFAULTS);
    Path other = contract("1.0.0", "50");
    assertThatThrownBy(() -> registry().publish(other, PublishOptions.DEFAULTS))
        .isInstanceOfSatisfying(PublishRejected.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.VERSION_EXISTS))
        .hasMessageContaining("orders 1.0.0 is already published with other content");
    assertThat(Files.readAllBytes(registryDir().resolve("orders/1.0.0.odcs.yaml")))
        .isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void compatibleMinorIsCheckedAgainstThePreviousVersion() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    PublishResult tighter = registry().publish(contract("1.1.0", "50"), PublishOptions.DEFAULTS);
    assertThat(tighter.checkedAgainst()).isEqualTo("1.0.0");
    assertThat(tighter.breaking()).isEmpty(); // narrowing breaks backward, not forward
    assertThat(registry().versions("orders")).extracting(IndexEntry::version)
        .containsExactly("1.0.0", "1.1.0");
  }

  @Test
  void breakingMinorIsRefusedAndLeavesNoFile() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    assertThatThrownBy(() -> registry().publish(contract("1.1.0", "1000"), PublishOptions.DEFAULTS))
        .isInstanceOfSatisfying(PublishRejected.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.BREAKING);
          assertThat(e.breaking()).singleElement()
              .satisfies(c -> assertThat(c.kind()).isEqualTo(ChangeKind.RANGE_WIDENED));
        })
        .hasMessageContaining("orders 1.1.0 breaks forward compatibility with 1.0.0 (1 change)");
    assertThat(registryDir().resolve("orders/1.1.0.odcs.yaml")).doesNotExist();
    assertThat(registry().versions("orders")).hasSize(1);
  }

  @Test
  void majorBumpAcceptsBreakingChangesAndRecordsThem() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    PublishResult major = registry().publish(contract("2.0.0", "1000"), PublishOptions.DEFAULTS);
    assertThat(major.breaking()).hasSize(1);
    assertThat(major.allowBreakingReason()).isNull();
    assertThat(registry().versions("orders").get(1).breakingChanges()).containsExactly(
        "range.widened at schema[orders].properties[amount].logicalTypeOptions.maximum");
  }

  @Test
  void allowBreakingWithAReasonIsRecordedInTheIndex() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    PublishResult allowed = registry().publish(contract("1.1.0", "1000"),
        PublishOptions.allowBreaking("no consumer reads amount yet"));
    assertThat(allowed.allowBreakingReason()).isEqualTo("no consumer reads amount yet");
    assertThat(Files.readString(registryDir().resolve("orders/index.json")))
        .contains("\"allowBreakingReason\" : \"no consumer reads amount yet\"");
    assertThatThrownBy(() -> PublishOptions.allowBreaking(" ")).hasMessageContaining("reason");
  }

  @Test
  void aFixOnAnOlderLineIsCheckedAgainstTheHighestVersionBelowIt() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    registry().publish(contract("2.0.0", "10"), PublishOptions.DEFAULTS);
    // 1.1.0 widens nothing against 1.0.0 (it would widen against 2.0.0's maximum 10)
    PublishResult fix = registry().publish(contract("1.1.0", "90"), PublishOptions.DEFAULTS);
    assertThat(fix.checkedAgainst()).isEqualTo("1.0.0");
    assertThatThrownBy(() -> registry().publish(contract("1.1.1", "95"), PublishOptions.DEFAULTS))
        .hasMessageContaining("breaks forward compatibility with 1.1.0");
    assertThat(registry().versions("orders")).extracting(IndexEntry::version)
        .containsExactly("1.0.0", "1.1.0", "2.0.0");
  }

  @Test
  void compatibilityModeIsConfiguredPerId() throws Exception {
    Files.createDirectories(registryDir());
    Files.writeString(registryDir().resolve("registry.json"),
        "{\"defaultCompatibility\": \"full\", \"compatibility\": {\"orders\": \"backward\"}}");
    assertThat(registry().compatibility("orders")).isEqualTo(CompatibilityMode.BACKWARD);
    assertThat(registry().compatibility("other")).isEqualTo(CompatibilityMode.FULL);
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    assertThat(registry().publish(contract("1.1.0", "1000"), PublishOptions.DEFAULTS).mode())
        .isEqualTo(CompatibilityMode.BACKWARD);
    assertThatThrownBy(() -> registry().publish(contract("1.2.0", "500"), PublishOptions.DEFAULTS))
        .hasMessageContaining("breaks backward compatibility with 1.1.0");
  }

  @Test
  void idsThatCouldEscapeTheRegistryAreRefused() throws Exception {
    for (String id : List.of("../evil", "..", "a/b", "a\\\\b", "/abs", ".hidden", "registry.json")) {
      Path file = contract(dir, id, "1.0.0", "100");
      assertThatThrownBy(() -> registry().publish(file, PublishOptions.DEFAULTS)).as(id)
          .isInstanceOfSatisfying(PublishRejected.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.UNSAFE_ID));
    }
    assertThat(dir.resolve("evil")).doesNotExist();
    assertThat(registryDir()).satisfiesAnyOf(
        d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
    assertThatThrownBy(() -> registry().versions("../x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void versionsMustBeSemantic() throws Exception {
    for (String version : List.of("1.0", "v1.0.0", "1.0.0+build")) {
      Path file = contract(dir, "orders", version, "100");
      assertThatThrownBy(() -> registry().publish(file, PublishOptions.DEFAULTS)).as(version)
          .isInstanceOfSatisfying(PublishRejected.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SEMANTIC));
    }
  }

  @Test
  void aStoredVersionChangedByHandIsAProblemNotABaseline() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    Path stored = registryDir().resolve("orders/1.0.0.odcs.yaml");
    Files.writeString(stored, Files.readString(stored).replace("maximum: 100", "maximum: 5000"));
    assertThatThrownBy(() -> registry().publish(contract("1.1.0", "1000"), PublishOptions.DEFAULTS))
        .isInstanceOf(IOException.class).hasMessageContaining("differs from the content the index recorded");
  }

  /** Publish judges a file as lint and validate do: bytes that are not UTF-8 are lint's finding. */
  @Test
  void aContractThatIsNotUtf8IsRefusedAsLintRefusesItAndNothingIsWritten() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    Map<String, String> before = registryFiles();
    Path file = notUtf8("1.1.0");
    List<Finding> lint = Contracts.lint(file, LintMode.COMPAT).findings();
    assertThat(lint).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("yaml.syntax");
      assertThat(f.line()).isEqualTo(6);
    });

    assertThatThrownBy(() -> registry().publish(file, PublishOptions.DEFAULTS))
        .isInstanceOfSatisfying(ContractException.class,
            e -> assertThat(e.findings()).isEqualTo(lint))
        .hasMessage(file + ":6: error: not UTF-8 text (byte 0xFF); contracts are UTF-8 YAML or "
            + "JSON [yaml.syntax]");
    assertThat(registryFiles()).isEqualTo(before);
    assertThat(registry().versions("orders")).extracting(IndexEntry::version)
        .containsExactly("1.0.0");
  }

  @Test
  void aFirstVersionThatIsNotUtf8CreatesNoFolder() throws Exception {
    Path file = notUtf8("1.0.0");
    assertThatThrownBy(() -> registry().publish(file, PublishOptions.DEFAULTS))
        .isInstanceOf(ContractException.class).hasMessageContaining("not UTF-8 text");
    assertThat(registryDir().resolve("orders")).doesNotExist();
  }

  /** The digest is checked before the stored bytes are judged, so any hand edit reads as one. */
  @Test
  void aStoredVersionMadeNotUtf8ByHandIsReportedAsChangedByHand() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    Path stored = registryDir().resolve("orders/1.0.0.odcs.yaml");
    Files.copy(notUtf8("1.0.0"), stored, StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> registry().publish(contract("1.1.0", "50"), PublishOptions.DEFAULTS))
        .isInstanceOf(IOException.class)
        .hasMessage(stored.toAbsolutePath() + ": differs from the content the index recorded for "
            + "1.0.0 (the registry was changed by hand)");
  }

  @Test
  void aStoredVersionThatIsNotUtf8WithAMatchingDigestIsTheLoadersFinding() throws Exception {
    registry().publish(contract("1.0.0", "100"), PublishOptions.DEFAULTS);
    Path stored = registryDir().resolve("orders/1.0.0.odcs.yaml");
    Path index = registryDir().resolve("orders/index.json");
    String oldDigest = registry().versions("orders").get(0).sha256();
    Files.copy(notUtf8("1.0.0"), stored, StandardCopyOption.REPLACE_EXISTING);
    String newDigest = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(stored)));
    Files.writeString(index, Files.readString(index).replace(oldDigest, newDigest));
    List<Finding> lint = Contracts.lint(stored, LintMode.COMPAT).findings();
    assertThatThrownBy(() -> registry().publish(contract("1.1.0", "50"), PublishOptions.DEFAULTS))
        .isInstanceOfSatisfying(ContractException.class,
            e -> assertThat(e.findings()).isEqualTo(lint))
        .hasMessageContaining(":6: error: not UTF-8 text");
  }

  @Test
  void aVersionFileLeftByACrashedPublishIsNotPublished() throws Exception {
    Files.createDirectories(registryDir().resolve("orders"));
    Files.writeString(registryDir().resolve("orders/1.0.0.odcs.yaml"), "half");
    Path file = contract("1.0.0", "100");
    assertThat(registry().publish(file, PublishOptions.DEFAULTS).unchanged()).isFalse();
    assertThat(Files.readAllBytes(registryDir().resolve("orders/1.0.0.odcs.yaml")))
        .isEqualTo(Files.readAllBytes(file));
  }
}
