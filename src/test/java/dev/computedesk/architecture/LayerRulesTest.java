package dev.computedesk.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Every layer rule of docs/architecture.md ("Layer rules"), in one place: dependencies point one way, the emulator is
 * an island, the Azure SDK stays behind {@code azure}, each UI feature is one package, and the state that tests drive
 * without a stage knows no scene graph.
 */
@AnalyzeClasses(packages = "dev.computedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    private static final String APP = "dev.computedesk.app..";
    private static final String AZURE = "dev.computedesk.azure..";
    private static final String DOMAIN = "dev.computedesk.domain..";
    private static final String EMULATOR = "dev.computedesk.emulator..";
    private static final String FILES = "dev.computedesk.files..";
    private static final String UI = "dev.computedesk.ui..";
    private static final String UI_COMMON = "dev.computedesk.ui.common..";

    /**
     * How the rules recognise the state a screen is tested through: by the name's suffix. A view-model
     * ({@code ComputePageViewModel}), a section of a form ({@code IdentitySection}) or a row model
     * ({@code ComputeRow}, {@code LinkedServiceRow}, or {@code …RowModel}).
     */
    private static final DescribedPredicate<JavaClass> VIEW_STATE = DescribedPredicate.describe(
            "are view-models, sections or row models (simple name ending in ViewModel, Section, Row or RowModel)",
            type -> {
                String name = type.getSimpleName();
                return name.endsWith("ViewModel") || name.endsWith("Section") || name.endsWith("Row")
                        || name.endsWith("RowModel");
            });

    // --- Layers -------------------------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule serviceLayersKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage(AZURE, DOMAIN, EMULATOR)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("azure, domain and emulator run without a UI");

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdkAndItself = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("domain holds pure rules: no JavaFX, SDK, Jackson or other layers");

    @ArchTest
    static final ArchRule azureKnowsNoScreensAndNoEmulator = noClasses()
            .that().resideInAPackage(AZURE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", UI, APP, EMULATOR)
            .because("the Azure layer is UI-free and reaches the emulator only over HTTP, like any ARM endpoint");

    @ArchTest
    static final ArchRule uiDoesNotReachTheCompositionRoot = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("the composition root wires the screens, never the other way round");

    @ArchTest
    static final ArchRule ownedFilesAreALeaf = noClasses()
            .that().resideInAPackage(FILES)
            .should().dependOnClassesThat().resideInAnyPackage(AZURE, DOMAIN, UI, APP, EMULATOR, "javafx..",
                    "com.azure..")
            .because("the emulator and the Azure layer both read their files through it and must stay apart");

    @ArchTest
    static final ArchRule noCirclesBetweenPackages = slices()
            .matching("dev.computedesk.(**)")
            .namingSlices("package dev.computedesk.$1")
            .should().beFreeOfCycles()
            .because("a circle between packages makes them one unit that can only be understood and changed whole");

    // --- The emulator is an island ------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule emulatorImportsNothingFromTheApp = noClasses()
            .that().resideInAPackage(EMULATOR)
            .should().dependOnClassesThat().resideInAnyPackage(AZURE, DOMAIN, UI, APP, "javafx..", "com.azure..")
            .because("the emulator plays the service and is reached only over HTTP, so it and the client can"
                    + " disagree and tests catch it (docs/decisions.md Layout)");

    @ArchTest
    static final ArchRule onlyTheCompositionRootStartsTheEmulator = classes()
            .that().resideInAPackage(EMULATOR)
            .should().onlyHaveDependentClassesThat().resideInAnyPackage(EMULATOR, APP)
            .because("the app reaches the emulator over HTTP; only the composition root starts it");

    // --- The Azure SDK stays behind azure -----------------------------------------------------------------------

    @ArchTest
    static final ArchRule uiNeverImportsTheAzureSdk = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage("com.azure..")
            .because("screens talk to the azure layer's interfaces and models, never to SDK types");

    @ArchTest
    static final ArchRule onlyAzureUsesAzureInternal = classes()
            .that().resideInAPackage("dev.computedesk.azure.internal..")
            .should().onlyHaveDependentClassesThat().resideInAPackage(AZURE)
            .because("azure.internal is the layer's plumbing; everything else goes through the azure interfaces");

    // --- UI features are islands --------------------------------------------------------------------------------

    /**
     * Every package directly under {@code ui} is a feature ({@code compute} with {@code compute.create},
     * {@code linkedservices}, {@code sparkpool}, {@code ssh}, {@code shell}, and any added later), except
     * {@code common}, which they all share. A feature opens another only through {@code ui.common.Navigator}.
     */
    @ArchTest
    static final ArchRule noFeatureImportsAnother = slices()
            .matching("dev.computedesk.ui.(*)..")
            .namingSlices("feature ui.$1")
            .that(DescribedPredicate.describe("are features (not ui.common)",
                    (Slice slice) -> !"common".equals(slice.getNamePart(1))))
            .should().notDependOnEachOther()
            .because("each feature is one package; features reach each other through ui.common.Navigator");

    @ArchTest
    static final ArchRule commonImportsNoFeature = noClasses()
            .that().resideInAPackage(UI_COMMON)
            .should().dependOnClassesThat(DescribedPredicate.describe("reside in a feature package under ui",
                    (JavaClass type) -> type.getPackageName().startsWith("dev.computedesk.ui.")
                            && !type.getPackageName().equals("dev.computedesk.ui.common")
                            && !type.getPackageName().startsWith("dev.computedesk.ui.common.")))
            .because("ui.common is shared by every feature, so it can know none of them");

    // --- View state is tested without a stage -------------------------------------------------------------------

    @ArchTest
    static final ArchRule viewModelsUseOnlyBeansAndCollections = noClasses()
            .that().resideInAPackage(UI).and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "javafx.application..", "javafx.concurrent..")
            .because("view-models are tested without a stage and reach threads only through the TaskExecutor");

    @ArchTest
    static final ArchRule viewStateKnowsNoSceneGraph = noClasses()
            .that().resideInAPackage(UI).and(VIEW_STATE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .because("view-models, sections and row models use only javafx.beans and javafx.collections, so they"
                    + " are tested without a stage");
}
