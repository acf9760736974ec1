package dev.computedesk.azure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Azure layer stays UI-free and never reaches into the emulator, the UI or the composition root. */
class AzureLayerRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.computedesk.azure");

    @Test
    void azureImportsNoJavaFxUiAppOrEmulator() {
        noClasses().that().resideInAPackage("dev.computedesk.azure..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.computedesk.ui..",
                        "dev.computedesk.app..", "dev.computedesk.emulator..")
                .check(MAIN);
    }
}
