package dev.sluice.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md for this module. */
@AnalyzeClasses(packages = "dev.sluice.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modelUsesOnlyTheJdkAndJspecify =
      classes().that().resideInAPackage("dev.sluice.contracts.model..")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify..", "dev.sluice.contracts.model..");

  @ArchTest
  static final ArchRule contractsDoNotDependOnTheValidatorOrCli =
      noClasses().that().resideInAPackage("dev.sluice.contracts..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("dev.sluice.validator..", "dev.sluice.cli..");
}
