package dev.computedesk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers of docs/architecture.md: dependencies point one way, and only the UI knows JavaFX. */
@AnalyzeClasses(packages = "dev.computedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule viewModelsUseOnlyBeansAndCollections = noClasses()
            .that().resideInAPackage("dev.computedesk.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "javafx.application..", "javafx.concurrent..")
            .because("view-models are tested without a stage and reach threads only through the TaskExecutor");

    @ArchTest
    static final ArchRule serviceLayersKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("dev.computedesk.azure..", "dev.computedesk.domain..",
                    "dev.computedesk.emulator..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("azure, domain and emulator run without a UI");

    @ArchTest
    static final ArchRule emulatorPlaysTheServiceAlone = noClasses()
            .that().resideInAPackage("dev.computedesk.emulator..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.computedesk.azure..", "dev.computedesk.domain..",
                    "dev.computedesk.ui..", "dev.computedesk.app..")
            .because("the emulator is reached only over HTTP, so it and the client can disagree and tests catch it");

    @ArchTest
    static final ArchRule onlyTheCompositionRootStartsTheEmulator = classes()
            .that().resideInAPackage("dev.computedesk.emulator..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("dev.computedesk.emulator..",
                    "dev.computedesk.app..");

    @ArchTest
    static final ArchRule ownedFilesAreALeaf = noClasses()
            .that().resideInAPackage("dev.computedesk.files..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.computedesk.azure..", "dev.computedesk.domain..",
                    "dev.computedesk.ui..", "dev.computedesk.app..", "dev.computedesk.emulator..", "javafx..",
                    "com.azure..")
            .because("the emulator and the Azure layer both read their files through it and must stay apart");

    @ArchTest
    static final ArchRule domainIsPure = noClasses()
            .that().resideInAPackage("dev.computedesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.computedesk.azure..", "dev.computedesk.ui..",
                    "dev.computedesk.app..", "com.azure..")
            .because("domain holds pure rules with no SDK types");

    @ArchTest
    static final ArchRule azureKnowsNoScreens = noClasses()
            .that().resideInAPackage("dev.computedesk.azure..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.computedesk.ui..", "dev.computedesk.app..");

    @ArchTest
    static final ArchRule uiDoesNotReachTheCompositionRoot = noClasses()
            .that().resideInAPackage("dev.computedesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.computedesk.app..");
}
