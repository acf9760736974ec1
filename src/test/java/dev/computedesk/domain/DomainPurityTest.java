package dev.computedesk.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain layer depends on the JDK and itself only (no JavaFX, SDK, Jackson or other layers). */
class DomainPurityTest {

    @Test
    void domainUsesOnlyTheJdkAndItself() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.computedesk.domain");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.computedesk.domain..")
                .check(domain);
    }
}
