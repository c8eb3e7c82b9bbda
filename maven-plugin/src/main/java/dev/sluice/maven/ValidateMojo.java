package dev.sluice.maven;

import dev.sluice.validator.report.Verdict;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code sluice:validate}: validates each configured contract/data pair, logs one summary line per
 * validation, writes its reports (text, JSON, JUnit XML, HTML) under {@code outputDirectory}, and fails
 * the build per {@code failOn}. An invalid contract or unreadable data is a build error.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends AbstractMojo {
  /** The contract/data pairs to validate. */
  @Parameter private List<Validation> validations = new ArrayList<>();

  /** The least verdict that fails the build: {@code error} (default), {@code warning}, {@code never}. */
  @Parameter(property = "sluice.failOn", defaultValue = "error")
  private String failOn = "error";

  /** Skips every validation. */
  @Parameter(property = "sluice.skip", defaultValue = "false")
  private boolean skip;

  /** Where the reports go: {@code NAME.txt}, {@code .json}, {@code .junit.xml}, {@code .html}. */
  @Parameter(property = "sluice.outputDirectory",
      defaultValue = "${project.build.directory}/sluice", required = true)
  private File outputDirectory = new File("target/sluice");

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir = new File("");

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("sluice: skipped");
      return;
    }
    FailOn policy = policy();
    if (validations.isEmpty()) {
      getLog().warn("sluice: no <validations> configured; nothing to validate");
      return;
    }
    LibraryLogs.quiet();
    SluiceRun run = new SluiceRun(basedir.toPath(), outputDirectory.toPath(),
        getLog().isDebugEnabled());
    List<String> names = ReportNames.of(validations);
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < validations.size(); i++) {
      Outcome outcome = run.run(validations.get(i), names.get(i), getLog()::warn);
      log(outcome, policy);
      outcomes.add(outcome);
    }
    BuildResult.decide(outcomes, policy, run.shown(outputDirectory.toPath().toAbsolutePath()));
  }

  private FailOn policy() throws MojoExecutionException {
    try {
      return FailOn.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("sluice: " + e.getMessage());
    }
  }

  private void log(Outcome outcome, FailOn policy) {
    if (outcome instanceof Outcome.Judged) {
      Outcome.Judged judged = (Outcome.Judged) outcome;
      String line = "sluice: " + judged.summary();
      if (policy.fails(judged.verdict())) {
        getLog().error(line);
      } else if (judged.verdict() == Verdict.PASSED) {
        getLog().info(line);
      } else {
        getLog().warn(line);
      }
    }
  }

  /** For tests: a mojo as Maven would configure it. */
  static ValidateMojo of(File basedir, List<Validation> validations, String failOn) {
    ValidateMojo mojo = new ValidateMojo();
    mojo.basedir = basedir;
    mojo.outputDirectory = new File(basedir, "target/sluice");
    mojo.validations = new ArrayList<>(validations);
    mojo.failOn = failOn;
    return mojo;
  }

  ValidateMojo skipped() {
    this.skip = true;
    return this;
  }
}
