package dev.sluice.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependency rules of DESIGN.md as seen from the CLI, which has every module on its class path:
 * the library modules never touch the terminal, and nothing depends on the CLI.
 */
@AnalyzeClasses(packages = "dev.sluice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule librariesDoNotWriteToTheTerminal =
      noClasses().that().resideInAnyPackage("dev.sluice.contracts..", "dev.sluice.validator..")
          .should(ACCESS_STANDARD_STREAMS)
          .because("only the CLI prints, through the writers handed to Main.run");

  @ArchTest
  static final ArchRule onlyMainTouchesSystemStreams =
      noClasses().that().resideInAPackage("dev.sluice.cli..")
          .and().doNotHaveSimpleName("Main")
          .should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .orShould().callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule libraryModulesDoNotDependOnTheCli =
      noClasses().that().resideInAnyPackage("dev.sluice.contracts..", "dev.sluice.validator..")
          .should().dependOnClassesThat().resideInAPackage("dev.sluice.cli..");

  @ArchTest
  static final ArchRule contractsDoNotDependOnTheValidator =
      noClasses().that().resideInAPackage("dev.sluice.contracts..")
          .should().dependOnClassesThat().resideInAPackage("dev.sluice.validator..");

  @ArchTest
  static final ArchRule cliDependsOnContractsValidatorAndPicocliOnly =
      classes().that().resideInAPackage("dev.sluice.cli..")
          .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sluice.cli..",
              "dev.sluice.contracts..", "dev.sluice.validator..", "picocli..",
              "com.fasterxml.jackson..", "org.jspecify..", "java..", "me.tongfei.progressbar..",
              "javax.xml.stream..", "io.openlineage.client..")
          .because("format libraries belong to the validator's source adapters (JUnit XML "
              + "is written with the JDK's StAX, lineage events with the OpenLineage client)");
}
