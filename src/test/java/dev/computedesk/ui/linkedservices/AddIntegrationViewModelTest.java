package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.form.SynapseWorkspacePicker.Preflight;
import dev.computedesk.ui.linkedservices.AddIntegrationViewModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AddIntegrationViewModelTest {
    private static final String SYNAPSE_RG = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID
            + "/resourceGroups/rg-synapse/providers/Microsoft.Synapse/workspaces/";

    private EmulatorFixture fixture;
    private final OperationLog operations = new OperationLog();
    private final List<ComputeEvents.Change> published = new ArrayList<>();
    private final List<LinkedService> created = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private int directWizardOpened;
    private WorkspaceRef research;

    @BeforeEach
    void start() {
        fixture = EmulatorFixture.start();
        research = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE_2,
                DemoSeed.LOCATION);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private AddIntegrationViewModel wizard(WorkspaceRef workspace, Map<String, String> existing) {
        ComputeEvents events = new ComputeEvents();
        events.addListener(published::add);
        dev.computedesk.testing.OperationsEndOnAcceptance.install(fixture, events);
        AddIntegrationViewModel viewModel = new AddIntegrationViewModel(TrackingTaskExecutor.synchronous(operations),
                fixture.connection(), workspace, existing, events, clipboard::add, () -> directWizardOpened++,
                created::add);
        viewModel.load();
        return viewModel;
    }

    private static void chooseSynapse(AddIntegrationViewModel viewModel, String name) {
        viewModel.synapse().synapseWorkspaceProperty().set(viewModel.synapse().synapseWorkspaces().stream()
                .filter(w -> w.name().equals(name)).findFirst().orElseThrow());
    }

    private static PoolChoice pool(AddIntegrationViewModel viewModel, String name) {
        return viewModel.pools().rows().stream().filter(p -> p.poolName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void saysNewLinksAreNoLongerAcceptedInTheSameWordsForEveryWorkspace() {
        String fact = "New links are no longer accepted: Synapse workspaces can no longer be linked to Azure Machine "
                + "Learning; existing links keep working.";
        for (WorkspaceRef workspace : List.of(fixture.demoWorkspace(), research)) {
            AddIntegrationViewModel viewModel = wizard(workspace, Map.of());
            assertThat(viewModel.intro()).as(workspace.name()).contains(fact).doesNotContain("deprecated", "may refuse");
            assertThat(viewModel.refusalText()).as(workspace.name()).startsWith(fact);
        }
        LinkedServicesViewModel page = new LinkedServicesViewModel(TrackingTaskExecutor.synchronous(operations),
                new dev.computedesk.ui.common.WorkspaceContext(), new dev.computedesk.testing.ScriptedDialogs(),
                clipboard::add, new ComputeEvents());
        assertThat(page.intro()).contains(fact);
    }

    @Test
    void aStepHeaderGoesBackToAnEarlierStepKeepingTheInputsButNeverForward() {
        AddIntegrationViewModel viewModel = wizard(research, Map.of());
        viewModel.linkNameProperty().set("syn-link-2");
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        viewModel.goBackTo(AddIntegrationViewModel.Step.REVIEW);
        assertThat(viewModel.stepProperty().get()).as("not forward past the step").isEqualTo(AddIntegrationViewModel.Step.LINK);
        viewModel.next();
        viewModel.next();
        assertThat(viewModel.stepProperty().get()).isEqualTo(AddIntegrationViewModel.Step.REVIEW);

        viewModel.goBackTo(AddIntegrationViewModel.Step.LINK);

        assertThat(viewModel.stepProperty().get()).isEqualTo(AddIntegrationViewModel.Step.LINK);
        assertThat(viewModel.linkNameProperty().get()).isEqualTo("syn-link-2");
        assertThat(viewModel.synapse().synapseWorkspaceProperty().get().name())
                .isEqualTo(DemoSeed.SYNAPSE_WORKSPACE_OWNER);
    }

    @Test
    void nextIsEnabledOnlyWithANameAWorkspaceAndTheOwnerRole() {
        AddIntegrationViewModel viewModel = wizard(research, Map.of());
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.LINK);
        assertThat(viewModel.canNextProperty().get()).isFalse();
        assertThat(viewModel.canBackProperty().get()).isFalse();
        assertThat(viewModel.synapse().subscriptionProperty().get().subscriptionId()).isEqualTo(DemoSeed.SUBSCRIPTION_ID);

        viewModel.linkNameProperty().set("syn-link");
        assertThat(viewModel.canNextProperty().get()).isFalse();
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_OWNER);

        assertThat(viewModel.synapse().preflightProperty().get()).isEqualTo(Preflight.ALLOWED);
        assertThat(viewModel.synapse().errorProperty().get()).isEmpty();
        assertThat(viewModel.canNextProperty().get()).isTrue();
        assertThat(operations.finished()).extracting(e -> e.title())
                .contains("Checking your role on Synapse workspace " + DemoSeed.SYNAPSE_WORKSPACE_OWNER);
    }

    @Test
    void theNameIsRequiredAndUnique() {
        AddIntegrationViewModel viewModel = wizard(fixture.demoWorkspace(), Map.of(DemoSeed.LINKED_SERVICE,
                SYNAPSE_RG + DemoSeed.SYNAPSE_WORKSPACE_OWNER));
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        assertThat(viewModel.linkNameMessageProperty().get()).as("not touched yet").isEmpty();

        viewModel.linkNameProperty().set("SYNAPSE-LINK");
        assertThat(viewModel.linkNameMessageProperty().get())
                .isEqualTo("A linked service named 'synapse-link' already exists in this workspace");
        assertThat(viewModel.canNextProperty().get()).isFalse();

        viewModel.linkNameProperty().set("  ");
        assertThat(viewModel.linkNameMessageProperty().get()).isEqualTo("Enter a name for the linked service");

        viewModel.linkNameProperty().set("second-link");
        assertThat(viewModel.linkNameMessageProperty().get()).isEmpty();
        assertThat(viewModel.synapseWorkspaceNoteProperty().get()).contains("Already linked to this workspace as "
                + "'synapse-link'");
        assertThat(viewModel.canNextProperty().get()).isTrue();
    }

    @Test
    void aContributorIsToldBeforeSubmitThatLinkingNeedsOwner() {
        AddIntegrationViewModel viewModel = wizard(research, Map.of());
        viewModel.linkNameProperty().set("team-link");
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);

        assertThat(viewModel.synapse().preflightProperty().get()).isEqualTo(Preflight.REFUSED);
        assertThat(viewModel.synapse().errorProperty().get())
                .startsWith("You are Contributor of " + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR + ", not Owner")
                .contains("a Contributor can only use existing links");
        assertThat(viewModel.canNextProperty().get()).isFalse();
        viewModel.next();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.LINK);
    }

    @Test
    void aComputeListThatFailedMakesNoPoolNameFree() {
        fixture.emulator().injectFault(dev.computedesk.emulator.Fault.status("GET",
                "/workspaces/" + DemoSeed.WORKSPACE + "/computes$", 1, 403, 0));
        AddIntegrationViewModel viewModel = wizard(fixture.demoWorkspace(), Map.of());
        viewModel.linkNameProperty().set("second-link");
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        viewModel.next();

        PoolChoice large = pool(viewModel, DemoSeed.SPARK_POOL_LARGE);
        large.selectedProperty().set(true);
        large.computeNameProperty().set(DemoSeed.CI_STOPPED);
        assertThat(large.messageProperty().get()).startsWith("Couldn't check whether the name is free: ");
        assertThat(viewModel.canNextProperty().get()).isFalse();

        viewModel.retry();
        assertThat(large.messageProperty().get()).contains("already exists in this workspace");
        large.computeNameProperty().set("bigspark");
        assertThat(large.messageProperty().get()).isEmpty();
    }

    @Test
    void poolStepValidatesTheNameOfEveryChosenPool() {
        AddIntegrationViewModel viewModel = wizard(fixture.demoWorkspace(), Map.of());
        viewModel.linkNameProperty().set("second-link");
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        viewModel.next();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.POOLS);
        assertThat(viewModel.canNextProperty().get()).as("pools are optional").isTrue();
        assertThat(viewModel.canBackProperty().get()).isTrue();

        PoolChoice small = pool(viewModel, DemoSeed.SPARK_POOL_SMALL);
        PoolChoice large = pool(viewModel, DemoSeed.SPARK_POOL_LARGE);
        assertThat(small.warningProperty().get()).isEqualTo("Already attached as 'attached-spark'");
        assertThat(small.nodes()).isEqualTo("Autoscale 3\u201310");

        large.selectedProperty().set(true);
        large.computeNameProperty().set("big-1");
        assertThat(large.messageProperty().get()).isEqualTo("'-' needs to be followed by at least one letter");
        assertThat(viewModel.canNextProperty().get()).isFalse();

        large.computeNameProperty().set("bigspark");
        small.selectedProperty().set(true);
        small.computeNameProperty().set("BigSpark");
        assertThat(small.messageProperty().get()).isEqualTo("Another chosen pool has this name");
        assertThat(viewModel.canNextProperty().get()).isFalse();

        small.computeNameProperty().set(DemoSeed.CI_STOPPED);
        assertThat(small.messageProperty().get()).contains("already exists in this workspace");

        small.selectedProperty().set(false);
        assertThat(small.messageProperty().get()).isEmpty();
        assertThat(viewModel.canNextProperty().get()).isTrue();
    }

    @Test
    void createLinksTheWorkspaceAttachesTwoPoolsAndShowsTheRoleItNeeds() {
        AddIntegrationViewModel viewModel = wizard(research, Map.of());
        viewModel.linkNameProperty().set("research-synapse");
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        viewModel.next();
        pool(viewModel, DemoSeed.SPARK_POOL_SMALL).selectedProperty().set(true);
        pool(viewModel, DemoSeed.SPARK_POOL_LARGE).selectedProperty().set(true);
        pool(viewModel, DemoSeed.SPARK_POOL_LARGE).computeNameProperty().set("spark-large");
        viewModel.next();

        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.REVIEW);
        assertThat(viewModel.review()).extracting(AddIntegrationViewModel.ReviewLine::value)
                .contains("research-synapse");
        assertThat(viewModel.review()).filteredOn(line -> line.label().equals("Spark pools to attach"))
                .singleElement().extracting(AddIntegrationViewModel.ReviewLine::value).asString()
                .contains("sparksmall as sparksmall").contains("sparklarge as spark-large");
        assertThat(viewModel.canCreateProperty().get()).isTrue();

        viewModel.create();

        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.DONE);
        LinkedService link = fixture.connection().linkedServices().get(research, "research-synapse");
        assertThat(link.properties().linkedServiceResourceId()).isEqualTo(SYNAPSE_RG + DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        assertThat(created).singleElement().extracting(LinkedService::name).isEqualTo("research-synapse");
        assertThat(viewModel.principalId()).isEqualTo(link.identity().principalId()).isNotEmpty();
        assertThat(viewModel.roleNote()).contains("Synapse Apache Spark Administrator")
                .contains(DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        viewModel.copyPrincipalId();
        assertThat(clipboard).containsExactly(link.identity().principalId());

        ComputeResource small = fixture.connection().computes().get(research, DemoSeed.SPARK_POOL_SMALL);
        ComputeResource large = fixture.connection().computes().get(research, "spark-large");
        assertThat(small.computeType()).isEqualTo("SynapseSpark");
        assertThat(small.properties().resourceId()).endsWith("/bigDataPools/" + DemoSeed.SPARK_POOL_SMALL);
        assertThat(large.properties().resourceId()).endsWith("/bigDataPools/" + DemoSeed.SPARK_POOL_LARGE);
        assertThat(published).extracting(ComputeEvents.Change::computeName)
                .containsOnly(DemoSeed.SPARK_POOL_SMALL, "spark-large");
        assertThat(viewModel.attachResults()).hasSize(2).allMatch(line -> line.contains("attached"));
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @Test
    void aLinkAnsweredWithAnUnreadableBodyIsReadBackAndCountsAsCreatedWithNoSecondPut() {
        fixture.emulator().injectFault(dev.computedesk.emulator.Fault.malformedBody("PUT",
                "/linkedServices/research-synapse$", 1));
        AddIntegrationViewModel viewModel = wizard(research, Map.of());
        viewModel.linkNameProperty().set("research-synapse");
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        viewModel.next();
        viewModel.next();

        viewModel.create();

        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(created).singleElement().extracting(LinkedService::name).isEqualTo("research-synapse");
        assertThat(viewModel.canCreateProperty().get()).as("Create must not send a second PUT").isFalse();
        ActivityEntry linking = operations.finished().stream()
                .filter(entry -> entry.title().startsWith("Linking Synapse workspace")).findFirst().orElseThrow();
        assertThat(linking.outcome()).isEqualTo(ActivityEntry.Outcome.SUCCEEDED);
        assertThat(linking.resultText()).contains("the service created it");
        assertThat(linking.calls()).filteredOn(call -> call.method().equals("PUT")).hasSize(1);
        assertThat(fixture.connection().linkedServices().get(research, "research-synapse")
                .properties().linkedServiceResourceId()).isEqualTo(SYNAPSE_RG + DemoSeed.SYNAPSE_WORKSPACE_OWNER);
    }

    @Test
    void aServiceRefusalKeepsTheInputsAndPointsToTheDirectWizard() {
        fixture.emulator().setRefuseNewLinks(true);
        AddIntegrationViewModel viewModel = wizard(research, Map.of());
        viewModel.linkNameProperty().set("research-synapse");
        chooseSynapse(viewModel, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        viewModel.next();
        pool(viewModel, DemoSeed.SPARK_POOL_LARGE).selectedProperty().set(true);
        viewModel.next();

        viewModel.create();

        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.REVIEW);
        assertThat(viewModel.errorProperty().get().code()).isEqualTo("BadRequest");
        assertThat(viewModel.errorProperty().get().message()).contains("no longer");
        assertThat(viewModel.errorProperty().get().requestId()).isNotEmpty();
        assertThat(viewModel.refusedProperty().get()).isTrue();
        assertThat(viewModel.linkNameProperty().get()).isEqualTo("research-synapse");
        assertThat(viewModel.synapse().synapseWorkspaceProperty().get().name()).isEqualTo(DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        assertThat(viewModel.pools().selected()).extracting(PoolChoice::poolName)
                .containsExactly(DemoSeed.SPARK_POOL_LARGE);
        assertThat(fixture.connection().computes().find(research, DemoSeed.SPARK_POOL_LARGE))
                .as("no pool is attached without its link").isEmpty();
        assertThat(created).isEmpty();
        assertThat(viewModel.canCreateProperty().get()).isTrue();

        viewModel.openDirectWizard();
        assertThat(directWizardOpened).isEqualTo(1);
        viewModel.back();
        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.POOLS);
    }
}
