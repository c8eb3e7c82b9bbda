package dev.sluice.bench;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The DuckDB process runs on this module's jar plus DuckDB's alone, so the classes it loads may
 * use nothing else; and the bench measures the CLI as a process, never by reaching into it.
 */
@AnalyzeClasses(packages = "dev.sluice.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {

  /** DuckDbRun (and its nested classes), DuckDbQuery, CountsJson. */
  private static final String DUCKDB_SIDE = "dev\\.sluice\\.bench\\.(DuckDb|CountsJson).*";

  @ArchTest
  static final ArchRule duckDbSideNeedsOnlyTheJdk = classes()
      .that().haveNameMatching(DUCKDB_SIDE)
      .should().onlyDependOnClassesThat(
          or(resideInAnyPackage("java..", "org.jspecify.."), nameMatching(DUCKDB_SIDE)))
      .because("DuckDbRun runs with only sluice-bench and duckdb_jdbc on its class path");

  @ArchTest
  static final ArchRule noCli =
      noClasses().should().dependOnClassesThat().resideInAPackage("dev.sluice.cli..");
}
