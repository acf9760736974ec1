package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.DatabricksProperties;
import dev.computedesk.azure.model.ImageReference;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.model.VirtualMachineSummary;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.form.AttachTarget;
import dev.computedesk.ui.common.form.IdentitySection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class AttachFormViewModelTest {
    private static final String VM_ID = DemoSeed.resourceGroupId() + "/providers/Microsoft.Compute/virtualMachines/"
            + DemoSeed.VM;
    private final FormTestSupport support = new FormTestSupport();

    @AfterEach
    void close() {
        support.close();
    }

    private AttachFormViewModel form(ComputeFormKind kind) {
        AttachFormViewModel form = new AttachFormViewModel(support.services(), kind);
        support.executor.runAll();
        return form;
    }

    private AttachFormViewModel formInResearch(ComputeFormKind kind) {
        FormServices demo = support.services();
        FormServices research = new FormServices(demo.executor(), demo.connection(), new WorkspaceRef(
                DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE_2, DemoSeed.LOCATION),
                demo.dialogs(), demo.clipboard(), demo.events(), demo.navigator(), demo.debouncer(), demo.files());
        AttachFormViewModel form = new AttachFormViewModel(research, kind);
        support.executor.runAll();
        return form;
    }

    @Test
    void neverAttachesOneVmTwice() {
        AttachFormViewModel form = form(ComputeFormKind.VIRTUAL_MACHINE);
        form.resourceId().set(VM_ID);
        assertThat(form.resourceId().shownMessageProperty().get()).contains("has attached it already, as '"
                + DemoSeed.ATTACHED_VM + "'");
    }

    @Test
    void typingAResourceIdKeyByKeyShowsAMessageUnderTheFieldNeverAnException() {
        AttachFormViewModel form = formInResearch(ComputeFormKind.VIRTUAL_MACHINE);
        // Each prefix is what the field holds after one more key, starting with the first '/'.
        // Up to the '/' before the VM's name: any longer prefix names another (well-formed) VM.
        for (int typed = 1; typed <= VM_ID.lastIndexOf('/') + 1; typed++) {
            String prefix = VM_ID.substring(0, typed);
            form.resourceId().set(prefix);
            assertThat(form.resourceId().validProperty().get()).as(prefix).isFalse();
            assertThat(form.resourceId().shownMessageProperty().get()).as(prefix).isNotEmpty();
        }
        form.resourceId().set("/");
        assertThat(form.resourceId().shownMessageProperty().get()).isEqualTo("Enter a resource ID such as /subscriptions/"
                + "<subscription>/resourceGroups/<group>/providers/Microsoft.Compute/virtualMachines/<name>");
        form.resourceId().set(VM_ID);
        assertThat(form.resourceId().shownMessageProperty().get()).isEmpty();
        assertThat(form.resourceId().validProperty().get()).isTrue();
    }

    @Test
    void onlyUbuntuVmsWithAPublicIp() {
        AttachTarget windows = AttachFormViewModel.vmTarget(new VirtualMachineSummary("/id", "win", "eastus", "rg",
                "Standard_D2", "Windows", new ImageReference("MicrosoftWindowsServer", "WindowsServer", "2022", null, null),
                "1.2.3.4", "10.0.0.4", "Succeeded"));
        assertThat(windows.problem()).startsWith("Only Ubuntu virtual machines can be attached");
        AttachTarget hidden = AttachFormViewModel.vmTarget(new VirtualMachineSummary("/id", "vm", "eastus", "rg",
                "Standard_D2", "Linux", new ImageReference("Canonical", "ubuntu-24_04-lts", "server", null, null),
                null, "10.0.0.4", "Succeeded"));
        assertThat(hidden.problem()).isEqualTo("The virtual machine needs a public IP address to be attached");
    }

    @Test
    void attachesTheVmToAnotherWorkspaceWithItsFacts() {
        AttachFormViewModel form = formInResearch(ComputeFormKind.VIRTUAL_MACHINE);
        form.name().set("vm-research");
        support.run();
        form.targetProperty().set(form.targets().get(0));
        assertThat(form.resourceId().get()).isEqualTo(VM_ID);
        assertThat(form.factsProperty().get()).contains("ubuntu").contains("public IP 20.121.34.56");
        assertThat(form.canCreateProperty().get()).isFalse();
        form.authProperty().set(AttachFormViewModel.Auth.PASSWORD);
        form.password().set("Vm-Passw0rd!");
        form.sshPort().set("70000");
        assertThat(form.sshPort().shownMessageProperty().get()).isEqualTo("Enter a port between 1 and 65535");
        form.sshPort().set("22");
        assertThat(form.canCreateProperty().get()).isTrue();
        ComputeResource request = form.buildRequest(SecretMode.SEND);
        assertThat(((VirtualMachineProperties) request.properties()).properties().administratorAccount().password())
                .isEqualTo("Vm-Passw0rd!");
        assertThat(form.buildRequest(SecretMode.OMIT).toString()).doesNotContain("Vm-Passw0rd!");
        form.submit();
        support.run();
        support.finishOperations();
        assertThat(support.changes).extracting(ComputeEvents.Change::kind)
                .containsExactly(ComputeEvents.Kind.CREATING, ComputeEvents.Kind.CHANGED, ComputeEvents.Kind.CHANGED);
        assertThat(support.changes.get(0).compute().toString()).doesNotContain("Vm-Passw0rd!");
    }

    @Test
    void kubernetesTakesAnAksOrArcClusterANamespaceAndAnIdentity() {
        AttachFormViewModel form = formInResearch(ComputeFormKind.KUBERNETES);
        form.name().set("k8s-new");
        support.run();
        form.resourceId().set(DemoSeed.resourceGroupId() + "/providers/Microsoft.Storage/storageAccounts/st");
        assertThat(form.resourceId().shownMessageProperty().get()).contains("Microsoft.ContainerService/managedClusters or "
                + "Microsoft.Kubernetes/connectedClusters is needed");
        form.targetProperty().set(form.targets().stream().filter(t -> t.name().equals(DemoSeed.AKS_RESOURCE)).findFirst()
                .orElseThrow());
        form.namespace().set("ml");
        form.identity().typeProperty().set(IdentitySection.SYSTEM);
        assertThat(form.canCreateProperty().get()).isTrue();
        ComputeResource request = form.buildRequest(SecretMode.SEND);
        assertThat(((KubernetesProperties) request.properties()).properties().namespace()).isEqualTo("ml");
        assertThat(request.identity().type()).isEqualTo("SystemAssigned");
        form.refreshReview();
        assertThat(form.reviewYamlProperty().get()).contains("type: kubernetes").contains("namespace: ml");
    }

    @Test
    void databricksNeedsAnAccessTokenThatNeverShows() {
        AttachFormViewModel form = formInResearch(ComputeFormKind.DATABRICKS);
        form.name().set("dbx-new");
        support.run();
        form.targetProperty().set(form.targets().get(0));
        assertThat(form.canCreateProperty().get()).isFalse();
        form.token().set("dapi-secret-token");
        assertThat(form.canCreateProperty().get()).isTrue();
        assertThat(((DatabricksProperties) form.buildRequest(SecretMode.SEND).properties()).properties()
                .databricksAccessToken()).isEqualTo("dapi-secret-token");
        form.refreshReview();
        assertThat(form.reviewJsonProperty().get() + form.reviewYamlProperty().get()).doesNotContain("dapi-secret-token");
    }

    @Test
    void hdInsightAndDataLakeAnalyticsListTheirResources() {
        assertThat(formInResearch(ComputeFormKind.HDINSIGHT).targets()).extracting(AttachTarget::name)
                .contains(DemoSeed.HDINSIGHT_CLUSTER);
        assertThat(formInResearch(ComputeFormKind.DATA_LAKE_ANALYTICS).targets()).extracting(AttachTarget::name)
                .contains(DemoSeed.DATA_LAKE_ANALYTICS_ACCOUNT);
    }

    @Test
    void anAttachNeverUpdatesAComputeOfAnyTypeThatTookTheNameAfterTheCheck() {
        AttachFormViewModel form = formInResearch(ComputeFormKind.KUBERNETES);
        form.name().set("k8s-race");
        support.run();
        form.targetProperty().set(form.targets().stream().filter(t -> t.name().equals(DemoSeed.AKS_RESOURCE)).findFirst()
                .orElseThrow());
        assertThat(form.canCreateProperty().get()).isTrue();
        WorkspaceRef research = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
                DemoSeed.WORKSPACE_2, DemoSeed.LOCATION);
        // Someone else creates a compute instance under that name after the form's check.
        support.emulator.connection().computes().createOrUpdate(research, "k8s-race", ComputeResource.request(
                DemoSeed.LOCATION, null, dev.computedesk.azure.model.ComputeInstanceProperties.forRequest(null, null,
                        dev.computedesk.azure.model.ComputeInstanceSettings.forCreate("Standard_DS2_v2", null, null,
                                null, null, null, null, null, null))));

        form.submit();
        support.run();

        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.EDITING);
        assertThat(form.name().shownMessageProperty().get())
                .isEqualTo("A compute named 'k8s-race' already exists in this workspace");
        assertThat(form.canCreateProperty().get()).isFalse();
        assertThat(support.changes).isEmpty();
        assertThat(support.operations.finished().stream().flatMap(entry -> entry.calls().stream())
                .filter(call -> call.method().equals("PUT"))).isEmpty();
        assertThat(support.emulator.connection().computes().get(research, "k8s-race").properties().computeType())
                .isEqualTo("ComputeInstance");
    }

    // ---------------------------------------------------------------- Databricks from another subscription

    private static final String OTHER_SUBSCRIPTION = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";
    private static final String FOREIGN_DATABRICKS = "/subscriptions/" + OTHER_SUBSCRIPTION
            + "/resourceGroups/rg-analytics/providers/Microsoft.Databricks/workspaces/dbx-analytics";

    private AttachFormViewModel databricksAs(dev.computedesk.azure.AzureConnection connection) {
        FormServices demo = support.services();
        FormServices services = new FormServices(demo.executor(), connection, new WorkspaceRef(
                DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE_2, DemoSeed.LOCATION),
                demo.dialogs(), demo.clipboard(), demo.events(), demo.navigator(), demo.debouncer(), demo.files());
        AttachFormViewModel form = new AttachFormViewModel(services, ComputeFormKind.DATABRICKS);
        support.executor.runAll();
        form.name().set("dbx-foreign");
        form.token().set("dapi-secret-token");
        support.run();
        return form;
    }

    private long puts() {
        return support.operations.finished().stream().flatMap(entry -> entry.calls().stream())
                .filter(call -> call.method().equals("PUT")).count();
    }

    @Test
    void aDatabricksWorkspaceOfAnotherSubscriptionWithoutContributorIsRefusedBeforeAnythingIsSent() {
        AttachFormViewModel form = databricksAs(support.emulator.connection());
        form.resourceId().set(FOREIGN_DATABRICKS);
        assertThat(form.canCreateProperty().get()).isFalse();
        support.run();

        assertThat(form.resourceId().shownMessageProperty().get()).startsWith("This Databricks workspace is in another "
                + "subscription (" + OTHER_SUBSCRIPTION + ") than this Azure Machine Learning workspace")
                .contains("needs the Contributor role on the Databricks workspace");
        assertThat(form.canCreateProperty().get()).isFalse();
        form.submit();
        support.run();
        assertThat(puts()).isZero();
        assertThat(support.changes).isEmpty();

        // Back to a workspace of this subscription: the message goes and Attach is offered.
        form.targetProperty().set(form.targets().get(0));
        assertThat(form.resourceId().shownMessageProperty().get()).isEmpty();
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    @Test
    void aContributorMayAttachADatabricksWorkspaceOfAnotherSubscription() {
        AttachFormViewModel form = databricksAs(dev.computedesk.testing.WithPermissions.contributor(
                support.emulator.connection()));
        form.resourceId().set(FOREIGN_DATABRICKS);
        support.run();
        assertThat(form.resourceId().shownMessageProperty().get()).isEmpty();
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    @Test
    void aDatabricksWorkspaceOfThisSubscriptionNeedsNoRoleCheck() {
        AttachFormViewModel form = databricksAs(dev.computedesk.testing.WithPermissions.noRole(
                support.emulator.connection()));
        form.targetProperty().set(form.targets().get(0));
        support.run();
        assertThat(support.executor.titles()).noneMatch(title -> title.startsWith("Checking your role"));
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    // ---------------------------------------------------------------- notes and empty lists

    @Test
    void onlyTheDataLakeAnalyticsFormNotesThatPipelinesUseTheDefaultDataStore() {
        assertThat(form(ComputeFormKind.DATA_LAKE_ANALYTICS).kindNote())
                .startsWith("Azure Machine Learning pipelines can only work with data stored in the default data "
                        + "store of the Data Lake Analytics account");
        for (ComputeFormKind kind : java.util.List.of(ComputeFormKind.VIRTUAL_MACHINE, ComputeFormKind.HDINSIGHT,
                ComputeFormKind.DATABRICKS, ComputeFormKind.KUBERNETES)) {
            assertThat(form(kind).kindNote()).as(kind.name()).isEmpty();
        }
    }

    @Test
    void aPickerWithItemsShowsNoHint() {
        for (ComputeFormKind kind : java.util.List.of(ComputeFormKind.VIRTUAL_MACHINE, ComputeFormKind.HDINSIGHT,
                ComputeFormKind.DATABRICKS, ComputeFormKind.DATA_LAKE_ANALYTICS, ComputeFormKind.KUBERNETES)) {
            AttachFormViewModel form = form(kind);
            assertThat(form.targets()).as(kind.name()).isNotEmpty();
            assertThat(form.targetsHint().shownProperty().get()).as(kind.name()).isFalse();
            assertThat(form.targetsHint().textProperty().get()).as(kind.name()).isEmpty();
        }
    }
}
