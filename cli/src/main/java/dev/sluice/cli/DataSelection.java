package dev.sluice.cli;

import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.Server;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.engine.InputPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Decides which files {@code validate} reads: the DATA arguments (relative to the current folder
 * or {@code --base-dir}), else the {@code path} of the server named by {@code --server}, else of
 * the contract's first {@code type: local} server (relative to the contract's folder or {@code
 * --base-dir}).
 */
final class DataSelection {
  private final Path contractFile;
  private final @Nullable Path baseDir;

  DataSelection(Path contractFile, @Nullable Path baseDir) {
    this.contractFile = contractFile;
    this.baseDir = baseDir;
  }

  /**
   * The files: DATA when given, else those of {@code server} (from {@link #server}, chosen once
   * so that its path and its format come from the same server).
   */
  List<Path> files(Contract contract, List<String> data, Optional<Server> chosen)
      throws Abort, DataProblem {
    if (!data.isEmpty() || chosen.isEmpty()) {
      return InputPaths.expand(baseDir == null ? Path.of("") : baseDir, data);
    }
    Server server = chosen.get();
    String path = server.path();
    if (path == null || path.isBlank()) {
      throw new Abort(ExitCode.CANNOT_JUDGE, contract.source() + ": server '" + server.server()
          + "' has no path; pass the data files as arguments");
    }
    return InputPaths.expand(serverBase(), List.of(stripFileScheme(path)));
  }

  /** The server the data comes from when no DATA is given (its format and delimiter matter). */
  static Optional<Server> server(Contract contract, List<String> data, @Nullable String serverName)
      throws Abort {
    if (!data.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(serverName == null ? firstLocal(contract) : named(contract, serverName));
  }

  private Path serverBase() {
    if (baseDir != null) {
      return baseDir;
    }
    Path parent = contractFile.getParent();
    return parent == null ? Path.of("") : parent;
  }

  private static Server firstLocal(Contract contract) throws Abort {
    Optional<Server> local = contract.servers().stream()
        .filter(s -> "local".equals(s.type().toLowerCase(Locale.ROOT))).findFirst();
    return local.orElseThrow(() -> new Abort(ExitCode.CANNOT_JUDGE, contract.source()
        + ": no data given and the contract has no server of type local; "
        + "pass the data files as arguments or choose a server with --server"));
  }

  private static Server named(Contract contract, String name) throws Abort {
    Server server = contract.server(name).orElseThrow(() -> new Abort(ExitCode.CANNOT_JUDGE,
        contract.source() + ": the contract has no server '" + name + "'; it has "
            + serverNames(contract)));
    if (!"local".equals(server.type().toLowerCase(Locale.ROOT))) {
      throw new Abort(ExitCode.CANNOT_JUDGE, contract.source() + ": server '" + name
          + "' is of type " + server.type() + "; Sluice reads local files only, so pass the data "
          + "files as arguments");
    }
    return server;
  }

  private static String serverNames(Contract contract) {
    return contract.servers().stream().map(Server::server)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String stripFileScheme(String path) {
    return path.startsWith("file://") ? path.substring("file://".length()) : path;
  }
}
