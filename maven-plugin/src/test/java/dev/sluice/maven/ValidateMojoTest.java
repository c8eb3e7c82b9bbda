package dev.sluice.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {
  private static final File CONTRACT = new File("src/main/contracts/orders.odcs.yaml");

  @TempDir Path project;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void copySample() {
    SampleProject.copyTo(project);
  }

  @Test
  void passesCleanDataFromTheContractsLocalServerAndWritesEveryReport() throws Exception {
    mojo(List.of(Validation.of(CONTRACT, List.of())), "error").execute();

    assertThat(log.lines).singleElement().asString()
        .startsWith("[INFO] sluice: orders: PASSED · ").contains("2,000 rows");
    Path reports = project.resolve("target/sluice");
    assertThat(reports.resolve("orders.txt")).content().contains("PASSED");
    assertThat(reports.resolve("orders.json")).content().contains("\"verdict\" : \"passed\"")
        .contains("orders.parquet");
    assertThat(reports.resolve("orders.junit.xml")).content().contains("<testsuite ")
        .doesNotContain("<failure");
    assertThat(reports.resolve("orders.html")).content().startsWithIgnoringCase("<!doctype html")
        .contains("sluice-sample-orders");
  }

  @Test
  void dirtyDataFailsTheBuildWithASummaryLine() throws IOException {
    ValidateMojo mojo = mojo(List.of(dirty()), "error");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("sluice: 1 of 1 validation failed (failOn error): orders (failed); "
            + "reports in target/sluice");
    assertThat(log.lines).singleElement().asString()
        .startsWith("[ERROR] sluice: orders: FAILED · ").contains(" failed").contains("2,000 rows");
    assertThat(project.resolve("target/sluice/orders.junit.xml")).content().contains("<failure");
  }

  @Test
  void failOnNeverKeepsTheBuildGoingAndStillWritesReports() throws Exception {
    mojo(List.of(dirty()), "NEVER").execute();

    assertThat(log.lines).singleElement().asString().startsWith("[WARNING] sluice: orders: FAILED");
    assertThat(project.resolve("target/sluice/orders.json")).content()
        .contains("\"verdict\" : \"failed\"");
  }

  @Test
  void anInvalidContractIsABuildErrorOnOneLine() throws IOException {
    Path bad = project.resolve("src/main/contracts/bad.odcs.yaml");
    Files.writeString(bad, "apiVersion: v3.1.0\nkind: DataContract\nid: x\n");
    ValidateMojo mojo = mojo(List.of(Validation.of(bad.toFile(), List.of())), "error");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasNoCause().message().doesNotContain("\n")
        .startsWith("sluice: src/main/contracts/bad.odcs.yaml: the contract is not valid");
    assertThat(log.lines).isNotEmpty().allMatch(l -> l.startsWith("[WARNING] "));
  }

  @Test
  void aBuildErrorLeavesNoReportOfAnEarlierRun() throws Exception {
    mojo(List.of(Validation.of(CONTRACT, List.of())), "error").execute();
    Files.writeString(project.resolve(CONTRACT.toPath()), "apiVersion: v3.1.0\n");

    assertThatThrownBy(mojo(List.of(Validation.of(CONTRACT, List.of())), "error")::execute)
        .isInstanceOf(MojoExecutionException.class);
    try (var left = Files.list(project.resolve("target/sluice"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void unreadableDataIsABuildErrorNamingTheFile() {
    ValidateMojo mojo = mojo(
        List.of(Validation.of(CONTRACT, List.of("data/missing.parquet"))), "error");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasNoCause().message().doesNotContain("\n").startsWith("sluice: ")
        .contains("missing.parquet");
  }

  @Test
  void everyValidationRunsBeforeTheBuildFailsAndNamesDoNotCollide() {
    ValidateMojo mojo = mojo(List.of(dirty(), Validation.of(CONTRACT, List.of())), "error");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 of 2 validations failed").hasMessageContaining("orders (failed)");
    assertThat(log.lines).hasSize(2);
    assertThat(log.lines.get(1)).startsWith("[INFO] sluice: orders-2: PASSED");
    assertThat(project.resolve("target/sluice/orders-2.junit.xml")).exists();
  }

  @Test
  void skipRunsNothing() throws Exception {
    mojo(List.of(dirty()), "error").skipped().execute();

    assertThat(log.lines).containsExactly("[INFO] sluice: skipped");
    assertThat(project.resolve("target/sluice")).doesNotExist();
  }

  @Test
  void anUnknownFailOnIsABuildError() {
    assertThatThrownBy(mojo(List.of(dirty()), "sometimes")::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("sluice: failOn must be error, warning or never but was 'sometimes'");
  }

  private Validation dirty() {
    return Validation.of(CONTRACT, List.of("data/orders-dirty.parquet"));
  }

  private ValidateMojo mojo(List<Validation> validations, String failOn) {
    ValidateMojo mojo = ValidateMojo.of(project.toFile(), validations, failOn);
    mojo.setLog(log);
    return mojo;
  }
}
