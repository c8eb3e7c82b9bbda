package dev.sluice.bench;

import java.io.IOException;
import java.util.List;

/**
 * Decides the extra {@code sluice validate} arguments: those given with {@code --sluice-args},
 * else {@code --threads N} when this build of the CLI lists that option in its help.
 */
final class SluiceCli {
  private SluiceCli() {}

  static List<String> extraArgs(EndToEndOptions options, Commands probe, ProcessMeter meter)
      throws IOException, InterruptedException {
    List<String> given = options.sluiceArgs();
    if (given != null) {
      return given;
    }
    Measured help = meter.run(probe.sluiceHelp());
    boolean hasThreads = (help.stdout() + help.stderr()).contains("--threads");
    return hasThreads ? List.of("--threads", Integer.toString(options.threads())) : List.of();
  }
}
