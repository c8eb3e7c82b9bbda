package dev.sluice.validator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The dependency rules of DESIGN.md for the validator module. */
@AnalyzeClasses(packages = "dev.sluice.validator", importOptions = ImportOption.DoNotIncludeTests.class)
class ValidatorArchitectureTest {

  @ArchTest
  static final ArchRule noCliDependency =
      noClasses().should().dependOnClassesThat().resideInAPackage("dev.sluice.cli..");

  @ArchTest
  static final ArchRule formatsOnlyInSourceAdapters = noClasses()
      .that().resideOutsideOfPackages("dev.sluice.validator.parquet..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.parquet..", "org.apache.hadoop..")
      .because("the engine sees columns, never a file format (DESIGN.md)");

  @ArchTest
  static final ArchRule arrowOnlyInItsAdapter = noClasses()
      .that().resideOutsideOfPackages("dev.sluice.validator.arrow..", "dev.sluice.validator.session..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.arrow..")
      .because("the engine sees columns, never a file format (DESIGN.md)");

  @ArchTest
  static final ArchRule textParsersOnlyInTheirAdapter = noClasses()
      .that().resideOutsideOfPackages("dev.sluice.validator.text..")
      .should().dependOnClassesThat().resideInAnyPackage("de.siegmar.fastcsv..")
      .because("the engine sees columns, never a file format (DESIGN.md)");

  @ArchTest
  static final ArchRule checksDoNotKnowTheEngine = noClasses()
      .that().resideInAnyPackage("dev.sluice.validator.check..", "dev.sluice.validator.data..",
          "dev.sluice.validator.report..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.sluice.validator.engine..",
          "dev.sluice.validator.plan..", "dev.sluice.validator.parquet..",
          "dev.sluice.validator.arrow..", "dev.sluice.validator.text..");

  @ArchTest
  static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
