package dev.computedesk.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The emulator plays the service independently (docs/decisions.md Layout): it imports nothing from the
 * app's Azure layer, domain rules, UI or composition root, no JavaFX and no Azure SDK.
 */
class EmulatorIsolationTest {
    @Test
    void theEmulatorImportsNothingFromTheApp() {
        JavaClasses emulator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.computedesk.emulator");
        noClasses().that().resideInAPackage("dev.computedesk.emulator..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.computedesk.azure..", "dev.computedesk.domain..",
                        "dev.computedesk.ui..", "dev.computedesk.app..", "javafx..", "com.azure..")
                .check(emulator);
    }
}
