package dev.sluice.maven;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the outcomes of all validations into the build's result: a build error when any could
 * not be judged, a build failure when a verdict reaches {@code failOn}, else success.
 */
final class BuildResult {
  private BuildResult() {}

  static void decide(List<Outcome> outcomes, FailOn failOn, String reportsShown)
      throws MojoExecutionException, MojoFailureException {
    List<String> problems = outcomes.stream().filter(Outcome.Unjudged.class::isInstance)
        .map(o -> ((Outcome.Unjudged) o).message()).collect(Collectors.toList());
    if (!problems.isEmpty()) {
      throw new MojoExecutionException(String.join("\n", problems));
    }
    List<String> failed = outcomes.stream().map(Outcome.Judged.class::cast)
        .filter(j -> failOn.fails(j.verdict()))
        .map(j -> j.name() + " (" + j.verdict().json() + ")").collect(Collectors.toList());
    if (!failed.isEmpty()) {
      throw new MojoFailureException("sluice: " + failed.size() + " of " + outcomes.size()
          + (outcomes.size() == 1 ? " validation" : " validations") + " failed (failOn "
          + failOn.label() + "): " + String.join(", ", failed) + "; reports in " + reportsShown);
    }
  }
}
