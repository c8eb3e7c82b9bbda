package dev.sluice.maven;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sluice.cli.Main;

/**
 * The plugin is a shell over the {@code sluice validate} command: it reaches the CLI through
 * {@code Main.run} alone (the command's options are its API) and prints only through Maven's log.
 */
@AnalyzeClasses(packages = "dev.sluice.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule usesTheCliThroughMainOnly =
      classes().that().resideInAPackage("dev.sluice.maven..")
          .should().onlyDependOnClassesThat(resideInAnyPackage("dev.sluice.maven..",
              "dev.sluice.validator.report..", "org.apache.maven..", "com.fasterxml.jackson..",
              "org.jspecify..", "java..").or(equivalentTo(Main.class)));

  @ArchTest
  static final ArchRule logsThroughMaven =
      noClasses().that().resideInAPackage("dev.sluice.maven..").should(ACCESS_STANDARD_STREAMS)
          .because("Maven's log is the build's output");
}
