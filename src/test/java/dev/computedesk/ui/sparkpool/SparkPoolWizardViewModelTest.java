package dev.computedesk.ui.sparkpool;

import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.OperationsEndOnAcceptance;
import dev.computedesk.testing.WithPermissions;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.form.IdentityChoice;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.ui.common.form.SparkPools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SparkPoolWizardViewModelTest {
    private static final String SYNAPSE_RG = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID
            + "/resourceGroups/rg-synapse/providers/Microsoft.Synapse/workspaces/";

    private EmulatorFixture fixture;
    private final OperationLog operations = new OperationLog();
    private final List<ComputeEvents.Change> published = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private SparkPoolWizardViewModel viewModel;

    @BeforeEach
    void start() {
        fixture = EmulatorFixture.start();
        ComputeEvents events = new ComputeEvents();
        events.addListener(published::add);
        OperationsEndOnAcceptance.install(fixture, events);
        viewModel = new SparkPoolWizardViewModel(TrackingTaskExecutor.synchronous(operations), fixture.connection(),
                fixture.demoWorkspace(), events, clipboard::add, opened::add);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** What the wizard gets when opened from the Compute page: the list the page already shows. */
    private void heldByTheComputePage() {
        viewModel.useKnownComputes(fixture.connection().computes().list(fixture.demoWorkspace()));
    }

    private void choose(String synapseWorkspace, String pool) {
        viewModel.synapse().synapseWorkspaceProperty().set(viewModel.synapse().synapseWorkspaces().stream()
                .filter(w -> w.name().equals(synapseWorkspace)).findFirst().orElseThrow());
        viewModel.poolProperty().set(viewModel.pools().stream()
                .filter(p -> p.name().equals(pool)).findFirst().orElseThrow());
    }

    @Test
    void loadsTheWorkspaceSubscriptionAndItsSynapseWorkspaces() {
        viewModel.load();

        assertThat(viewModel.synapse().subscriptionProperty().get().subscriptionId()).isEqualTo(DemoSeed.SUBSCRIPTION_ID);
        assertThat(viewModel.synapse().synapseWorkspaces()).extracting(SynapseWorkspace::name)
                .contains(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        assertThat(operations.finished()).extracting(e -> e.title())
                .contains("Listing subscriptions", "Listing Synapse workspaces");
    }

    @Test
    void openingTheWizardDoesNotListEveryComputeAgain() {
        heldByTheComputePage();
        viewModel.load();
        viewModel.computeNameProperty().set("spark-new");
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_SMALL);

        assertThat(operations.finished()).flatExtracting(e -> e.calls())
                .noneMatch(call -> call.path().matches("(?i).*/workspaces/[^/]+/computes/?"));
        assertThat(viewModel.poolNoteProperty().get()).contains("'" + DemoSeed.ATTACHED_SYNAPSE_SPARK + "'");
    }

    @Test
    void attachIsEnabledOnlyWhenNameWorkspaceAndPoolAreValid() {
        heldByTheComputePage();
        viewModel.load();
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        assertThat(viewModel.computeNameMessageProperty().get()).isEmpty();

        viewModel.computeNameProperty().set("spark-new");
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_LARGE);
        assertThat(viewModel.canCreateProperty().get()).isTrue();
        assertThat(viewModel.poolFact(SparkPools::nodeSize).get()).isEqualTo("Large (MemoryOptimized)");
        assertThat(viewModel.poolFact(SparkPools::nodes).get()).isEqualTo("Autoscale 3\u201350");
        assertThat(viewModel.poolFact(SparkPools::autoPause).get()).isEqualTo("After 15 min idle");

        viewModel.computeNameProperty().set("1spark");
        assertThat(viewModel.computeNameMessageProperty().get()).isEqualTo("The name must start with a letter");
        assertThat(viewModel.canCreateProperty().get()).isFalse();

        viewModel.computeNameProperty().set("spark-2");
        assertThat(viewModel.computeNameMessageProperty().get())
                .isEqualTo("'-' needs to be followed by at least one letter");

        viewModel.computeNameProperty().set(DemoSeed.ATTACHED_SYNAPSE_SPARK);
        assertThat(viewModel.computeNameMessageProperty().get()).contains("already exists in this workspace");
        assertThat(viewModel.canCreateProperty().get()).isFalse();
    }

    @Test
    void warnsBeforeSubmitWhenThePoolIsAlreadyAttachedUnderAnotherName() {
        heldByTheComputePage();
        viewModel.load();
        viewModel.computeNameProperty().set("spark-again");
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_SMALL);

        assertThat(viewModel.poolNoteProperty().get()).contains("already attached")
                .contains("'" + DemoSeed.ATTACHED_SYNAPSE_SPARK + "'");
        assertThat(viewModel.canCreateProperty().get()).as("a warning, not a block").isTrue();

        viewModel.poolProperty().set(viewModel.pools().stream()
                .filter(p -> p.name().equals(DemoSeed.SPARK_POOL_LARGE)).findFirst().orElseThrow());
        assertThat(viewModel.poolNoteProperty().get()).isEmpty();
    }

    @Test
    void aUserAssignedIdentityMustBeChosenFromTheSearchableList() {
        viewModel.load();
        viewModel.computeNameProperty().set("spark-uai");
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_LARGE);
        viewModel.identityEnabledProperty().set(true);
        assertThat(viewModel.request().identity().type()).isEqualTo("SystemAssigned");

        viewModel.identity().typeProperty().set(IdentitySection.USER);
        assertThat(viewModel.identity().messageProperty().get()).isEqualTo("Choose at least one user-assigned identity");
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        assertThat(viewModel.identity().choices()).hasSizeGreaterThanOrEqualTo(2);

        viewModel.identity().searchProperty().set("SYNAPSE");
        assertThat(viewModel.identity().choices()).singleElement()
                .extracting(c -> c.identity().name()).isEqualTo(DemoSeed.IDENTITY_SYNAPSE);
        viewModel.identity().choices().get(0).selectedProperty().set(true);

        assertThat(viewModel.identity().messageProperty().get()).isEmpty();
        assertThat(viewModel.canCreateProperty().get()).isTrue();
        ManagedIdentity identity = viewModel.request().identity();
        assertThat(identity.type()).isEqualTo("UserAssigned");
        assertThat(identity.userAssignedIdentities().keySet()).singleElement().asString()
                .endsWith("/userAssignedIdentities/" + DemoSeed.IDENTITY_SYNAPSE);
    }

    @Test
    void attachSendsASynapseSparkComputeWithThePoolIdAndShowsThePostStep() {
        viewModel.load();
        viewModel.computeNameProperty().set("spark-uai");
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_LARGE);
        viewModel.identityEnabledProperty().set(true);
        viewModel.identity().typeProperty().set(IdentitySection.USER);
        viewModel.identity().searchProperty().set(DemoSeed.IDENTITY_SYNAPSE);
        viewModel.identity().choices().get(0).selectedProperty().set(true);

        viewModel.create();

        ComputeResource sent = fixture.connection().computes().get(fixture.demoWorkspace(), "spark-uai");
        assertThat(sent.computeType()).isEqualTo("SynapseSpark");
        assertThat(sent.properties().resourceId()).isEqualTo(SYNAPSE_RG + DemoSeed.SYNAPSE_WORKSPACE_OWNER
                + "/bigDataPools/" + DemoSeed.SPARK_POOL_LARGE);
        assertThat(sent.identity().type()).isEqualTo("UserAssigned");
        // Shown as Creating once ARM accepted, and "attached" only once the operation ended Succeeded.
        assertThat(published).extracting(ComputeEvents.Change::computeName).containsOnly("spark-uai");
        assertThat(published).extracting(change -> change.compute().properties().provisioningState())
                .containsExactly(ProvisioningState.CREATING, ProvisioningState.SUCCEEDED);
        assertThat(operations.finished().get(0).title())
                .isEqualTo("Attaching Synapse Spark pool sparklarge as spark-uai");

        SparkPoolWizardViewModel.Attached attached = viewModel.attachedProperty().get();
        assertThat(attached.principalName()).contains(DemoSeed.IDENTITY_SYNAPSE);
        assertThat(attached.principalId()).isNotEmpty();
        assertThat(SparkPoolWizardViewModel.postStepText(attached)).contains("Synapse Administrator")
                .contains("Apache Spark pool").contains(DemoSeed.SPARK_POOL_LARGE);
        assertThat(viewModel.canCreateProperty().get()).as("attached once").isFalse();
        viewModel.copyPrincipalId();
        assertThat(clipboard).containsExactly(attached.principalId());
        viewModel.openSynapseStudio();
        assertThat(opened).singleElement().asString().startsWith("https://web.azuresynapse.net/");
    }

    @Test
    void aServiceRefusalKeepsTheInputAndShowsArmsAnswer() {
        viewModel.load();
        viewModel.computeNameProperty().set("cpu-small");
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_LARGE);
        assertThat(viewModel.canCreateProperty().get()).as("the name is free in this workspace").isTrue();

        viewModel.create();

        assertThat(viewModel.errorProperty().get()).isNotNull();
        assertThat(viewModel.errorProperty().get().message()).contains("not available");
        assertThat(viewModel.errorProperty().get().requestId()).isNotEmpty();
        assertThat(viewModel.attachedProperty().get()).isNull();
        assertThat(viewModel.computeNameProperty().get()).isEqualTo("cpu-small");
        assertThat(viewModel.poolProperty().get().name()).isEqualTo(DemoSeed.SPARK_POOL_LARGE);
        assertThat(viewModel.canCreateProperty().get()).isTrue();
        assertThat(published).isEmpty();
    }

    @Test
    void editAndRetryPrefillsThePoolAndTheIdentity() {
        String poolId = SYNAPSE_RG + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR + "/bigDataPools/" + DemoSeed.SPARK_POOL_TEAM;
        String uai = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/" + DemoSeed.RESOURCE_GROUP
                + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/" + DemoSeed.IDENTITY_COMPUTE;
        viewModel.prefill("team-spark", SparkPools.attachRequest(fixture.demoWorkspace(), poolId,
                ManagedIdentity.userAssigned(List.of(uai))));

        viewModel.load();

        assertThat(viewModel.computeNameProperty().get()).isEqualTo("team-spark");
        assertThat(viewModel.synapse().synapseWorkspaceProperty().get().name()).isEqualTo(DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        assertThat(viewModel.poolProperty().get().name()).isEqualTo(DemoSeed.SPARK_POOL_TEAM);
        assertThat(viewModel.identity().typeProperty().get()).isEqualTo(IdentitySection.USER);
        assertThat(viewModel.request()).isEqualTo(SparkPools.attachRequest(fixture.demoWorkspace(), poolId,
                ManagedIdentity.userAssigned(List.of(viewModel.identity().choices().stream()
                        .filter(IdentityChoice::isSelected).findFirst().orElseThrow().identity().id()))));
        assertThat(viewModel.canCreateProperty().get()).isTrue();
    }

    @Test
    void noRoleOnTheSynapseWorkspaceIsShownBeforeSubmitAndNothingIsSent() {
        List<ComputeEvents.Change> seen = new ArrayList<>();
        ComputeEvents events = new ComputeEvents();
        events.addListener(seen::add);
        SparkPoolWizardViewModel noRole = new SparkPoolWizardViewModel(TrackingTaskExecutor.synchronous(operations),
                WithPermissions.noRole(fixture.connection()), fixture.demoWorkspace(), events, clipboard::add,
                opened::add);
        noRole.load();
        noRole.computeNameProperty().set("spark-denied");
        noRole.synapse().synapseWorkspaceProperty().set(noRole.synapse().synapseWorkspaces().stream()
                .filter(w -> w.name().equals(DemoSeed.SYNAPSE_WORKSPACE_OWNER)).findFirst().orElseThrow());
        noRole.poolProperty().set(noRole.pools().stream()
                .filter(p -> p.name().equals(DemoSeed.SPARK_POOL_LARGE)).findFirst().orElseThrow());

        assertThat(noRole.synapse().errorProperty().get())
                .startsWith("You are neither Owner nor Contributor of " + DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        assertThat(noRole.computeNameMessageProperty().get()).as("the name itself is fine").isEmpty();
        assertThat(noRole.canCreateProperty().get()).isFalse();
        noRole.create();
        assertThat(fixture.connection().computes().find(fixture.demoWorkspace(), "spark-denied")).isEmpty();
        assertThat(operations.finished()).flatExtracting(e -> e.calls())
                .noneMatch(call -> call.method().equals("PUT"));
        assertThat(seen).isEmpty();
    }

    @Test
    void aContributorOfTheSynapseWorkspaceMayAttachItsPools() {
        heldByTheComputePage();
        viewModel.load();
        viewModel.computeNameProperty().set("spark-team");
        choose(DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR, DemoSeed.SPARK_POOL_TEAM);

        assertThat(viewModel.synapse().preflightProperty().get())
                .isEqualTo(dev.computedesk.ui.common.form.SynapseWorkspacePicker.Preflight.ALLOWED);
        assertThat(viewModel.synapse().errorProperty().get()).isEmpty();
        assertThat(viewModel.canCreateProperty().get()).isTrue();
    }
}
