package dev.sluice.contracts.registry;

import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.diff.Change;
import dev.sluice.contracts.diff.CompatibilityMode;
import dev.sluice.contracts.diff.ContractDiff;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.registry.PublishRejected.Reason;
import dev.sluice.contracts.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A contract registry on disk: {@code <id>/<version>.odcs.yaml} for every published version and
 * {@code <id>/index.json} listing them. Published versions are immutable; a version that breaks
 * the id's compatibility mode ({@code registry.json}, default forward) against the highest
 * version below it needs a major bump, or a reason that the index records. Publishes of one id
 * are serialised by a lock file (across threads and processes); every file is written to a
 * temporary name and renamed, so a crash never leaves a half-written version or index.
 *
 * <pre>{@code
 * PublishResult r = ContractRegistry.open(Path.of("registry")).publish(Path.of("orders.odcs.yaml"),
 *     PublishOptions.DEFAULTS);
 * }</pre>
 */
public final class ContractRegistry {
  /** Ids become folder names: no separators, no leading dot (so no {@code ..}), bounded. */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,199}");
  private static final String SUFFIX = ".odcs.yaml";
  private static final String LOCK = ".lock";

  private final Path root;
  private final Clock clock;

  private ContractRegistry(Path root, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.clock = clock;
  }

  public static ContractRegistry open(Path dir) {
    return open(dir, Clock.systemUTC());
  }

  /** A registry whose publish times come from {@code clock}. */
  public static ContractRegistry open(Path dir, Clock clock) {
    return new ContractRegistry(dir, clock);
  }

  public Path root() {
    return root;
  }

  /**
   * Publishes a contract file under its {@code id} and {@code version}.
   *
   * @throws ContractException the file is not a valid contract: what {@link Contracts#lint} in
   *     compat mode refuses (bytes that are not UTF-8, YAML or lint errors), with its findings
   * @throws PublishRejected the registry refuses it (see {@link PublishRejected.Reason})
   * @throws IOException the file or the registry cannot be read or written
   */
  public PublishResult publish(Path contractFile, PublishOptions options)
      throws IOException, ContractException, PublishRejected {
    ContractBytes input = ContractBytes.read(contractFile);
    Contract contract = input.contract();
    Path dir = folder(contract.id());
    SemanticVersion version = SemanticVersion.parse(contract.version()).orElseThrow(() ->
        new PublishRejected(Reason.NOT_SEMANTIC, contract.id() + ": version '" + contract.version()
            + "' is not semantic (MAJOR.MINOR.PATCH or MAJOR.MINOR.PATCH-PRERELEASE)"));
    Files.createDirectories(dir);
    try (RegistryLock lock = RegistryLock.acquire(dir.resolve(LOCK))) {
      return publishLocked(dir, input, version, options);
    }
  }

  /** Every published version of {@code id}, in SemVer order; empty for an unknown id. */
  public List<IndexEntry> versions(String id) throws IOException {
    try {
      return RegistryIndex.read(folder(id), id).entries();
    } catch (PublishRejected e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The stored file of a published version, if published. */
  public Optional<Path> file(String id, String version) throws IOException {
    Optional<SemanticVersion> v = SemanticVersion.parse(version);
    if (v.isEmpty() || versions(id).stream().noneMatch(e -> e.version().equals(v.get().toString()))) {
      return Optional.empty();
    }
    return Optional.of(root.resolve(id).resolve(v.get() + SUFFIX));
  }

  /**
   * The stored file a reference names: {@code <id>@<version>}, {@code <id>@latest} or {@code
   * <id>} (the latest: the highest version without a pre-release tag, else the highest).
   *
   * @throws IllegalArgumentException the reference names no published version
   */
  public Path resolve(String reference) throws IOException {
    int at = reference.lastIndexOf('@');
    String id = at < 0 ? reference : reference.substring(0, at);
    String version = at < 0 ? "latest" : reference.substring(at + 1);
    List<IndexEntry> published = versions(id);
    if (published.isEmpty()) {
      throw new IllegalArgumentException("the registry " + root + " has no contract '" + id + "'");
    }
    if (version.equals("latest")) {
      IndexEntry latest = published.stream()
          .filter(e -> e.semanticVersion().preRelease().isEmpty())
          .reduce((a, b) -> b).orElse(published.get(published.size() - 1));
      version = latest.version();
    }
    String wanted = SemanticVersion.parse(version).map(SemanticVersion::toString).orElse(version);
    return published.stream().filter(e -> e.version().equals(wanted)).findFirst()
        .map(e -> root.resolve(id).resolve(e.file()))
        .orElseThrow(() -> new IllegalArgumentException("contract '" + id
            + "' has no published version " + wanted + " (it has " + published.stream()
                .map(IndexEntry::version).collect(java.util.stream.Collectors.joining(", "))
            + ")"));
  }

  /** Every published version of {@code id} with the changes from the version before it. */
  public List<VersionChanges> changelog(String id) throws IOException, ContractException {
    List<VersionChanges> history = new java.util.ArrayList<>();
    Contract before = null;
    String previous = null;
    for (IndexEntry entry : versions(id)) {
      Contract current = Contracts.load(root.resolve(id).resolve(entry.file()));
      history.add(new VersionChanges(entry, previous,
          before == null ? List.of() : ContractDiff.between(before, current).changes()));
      before = current;
      previous = entry.version();
    }
    return history;
  }

  /** The compatibility mode publishes of {@code id} must keep. */
  public CompatibilityMode compatibility(String id) throws IOException {
    return RegistryConfig.compatibility(root, id);
  }

  private PublishResult publishLocked(Path dir, ContractBytes input, SemanticVersion version,
      PublishOptions options) throws IOException, ContractException, PublishRejected {
    String id = input.contract().id();
    RegistryIndex index = RegistryIndex.read(dir, id);
    Path file = dir.resolve(version + SUFFIX);
    Optional<IndexEntry> existing = index.entry(version);
    if (existing.isPresent()) {
      return unchanged(existing.get(), input, file);
    }
    CompatibilityMode mode = compatibility(id);
    Optional<IndexEntry> previous = index.highestBelow(version);
    List<Change> breaking = previous.isEmpty() ? List.of()
        : ContractDiff.between(stored(dir, previous.get()), input.contract()).breaking(mode);
    boolean majorBump = previous.isEmpty()
        || version.major() > previous.get().semanticVersion().major();
    String reason = breaking.isEmpty() || majorBump ? null : options.allowBreakingReason();
    if (!breaking.isEmpty() && !majorBump && reason == null) {
      throw new PublishRejected(Reason.BREAKING, id + " " + version + " breaks " + mode.id()
          + " compatibility with " + previous.get().version() + " (" + breaking.size()
          + (breaking.size() == 1 ? " change" : " changes") + "): bump the major version or "
          + "allow breaking changes with a reason", breaking);
    }
    String against = previous.map(IndexEntry::version).orElse(null);
    AtomicFiles.write(file, input.bytes());
    index.with(new IndexEntry(version.toString(), file.getFileName().toString(), input.sha256(),
        clock.instant().toString(), against, mode.id(), breaking.stream()
            .map(c -> c.kind().id() + " at " + c.path()).toList(), reason)).write(dir);
    return new PublishResult(id, version.toString(), false, file, against, mode, breaking, reason);
  }

  private static PublishResult unchanged(IndexEntry entry, ContractBytes input, Path file)
      throws PublishRejected {
    String id = input.contract().id();
    if (!entry.sha256().equals(input.sha256())) {
      throw new PublishRejected(Reason.VERSION_EXISTS, id + " " + entry.version()
          + " is already published with other content; published versions are immutable: "
          + "publish it as a new version");
    }
    return new PublishResult(id, entry.version(), true, file, entry.checkedAgainst(),
        CompatibilityMode.parse(entry.compatibility()), List.of(), entry.allowBreakingReason());
  }

  /** A published version as stored, after checking it is the content the index recorded. */
  private static Contract stored(Path dir, IndexEntry entry) throws IOException, ContractException {
    return ContractBytes.readPublished(dir.resolve(entry.semanticVersion() + SUFFIX), entry)
        .contract();
  }

  /** The folder of an id, refusing ids that could name anything outside the registry. */
  private Path folder(@Nullable String id) throws PublishRejected {
    if (id == null || !SAFE_ID.matcher(id).matches() || id.equals(RegistryConfig.FILE)) {
      throw new PublishRejected(Reason.UNSAFE_ID, "contract id '" + id + "' cannot name a registry "
          + "folder: use letters, digits, '.', '_', ':' and '-' (not first '.'), at most 200");
    }
    Path dir = root.resolve(id).normalize();
    if (!root.equals(dir.getParent())) {
      throw new PublishRejected(Reason.UNSAFE_ID, "contract id '" + id + "' escapes the registry");
    }
    return dir;
  }
}
