package dev.sluice.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The samples module writes data; it does not reach into the CLI or the validator's engine. */
@AnalyzeClasses(packages = "dev.sluice.samples", importOptions = ImportOption.DoNotIncludeTests.class)
class SamplesArchitectureTest {

  @ArchTest
  static final ArchRule noCli =
      noClasses().should().dependOnClassesThat().resideInAPackage("dev.sluice.cli..");

  @ArchTest
  static final ArchRule onlyTheCodecFromTheValidator = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("dev.sluice.validator.engine..",
          "dev.sluice.validator.check..", "dev.sluice.validator.plan..")
      .because("the generator only borrows the Hadoop-free codec factory");
}
