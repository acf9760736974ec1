package dev.computedesk.ui.compute.create;

import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.form.EmptyListHint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Attach pickers over a subscription that holds none of their resources: each says so and where to create one. */
@Timeout(60)
class AttachPickerHintsTest {
    private final FormTestSupport support = new FormTestSupport(EmulatorFixture.startWithState(store -> {
        for (String type : List.of("Microsoft.Compute/virtualMachines", "Microsoft.HDInsight/clusters",
                "Microsoft.Databricks/workspaces", "Microsoft.DataLakeAnalytics/accounts",
                "Microsoft.ContainerService/managedClusters", "Microsoft.Kubernetes/connectedClusters")) {
            EmulatorFixture.withoutResourcesOfType(type).accept(store);
        }
    }));

    @AfterEach
    void close() {
        support.close();
    }

    private EmptyListHint hintOf(ComputeFormKind kind) {
        AttachFormViewModel form = new AttachFormViewModel(support.services(), kind);
        assertThat(form.targetsHint().shownProperty().get()).as("while listing").isFalse();
        support.executor.runAll();
        assertThat(form.targets()).as(kind.name()).isEmpty();
        assertThat(form.targetsHint().shownProperty().get()).as(kind.name()).isTrue();
        return form.targetsHint();
    }

    @Test
    void eachEmptyPickerSaysWhatIsMissingWhyItMayBeAndWhereToCreateOne() {
        EmptyListHint vm = hintOf(ComputeFormKind.VIRTUAL_MACHINE);
        assertThat(vm.textProperty().get()).startsWith("No virtual machines in this subscription. The list shows "
                + "only what you can read: without at least Reader access to a virtual machine");
        assertThat(vm.urlProperty().get()).isEqualTo("https://portal.azure.com/#create/Microsoft.VirtualMachine");
        assertThat(vm.linkTextProperty().get()).isEqualTo("Create a virtual machine in the Azure portal");

        assertThat(hintOf(ComputeFormKind.HDINSIGHT).urlProperty().get())
                .isEqualTo("https://portal.azure.com/#create/Microsoft.HDInsightCluster");
        assertThat(hintOf(ComputeFormKind.DATABRICKS).urlProperty().get())
                .isEqualTo("https://portal.azure.com/#create/Microsoft.Databricks");

        EmptyListHint kubernetes = hintOf(ComputeFormKind.KUBERNETES);
        assertThat(kubernetes.textProperty().get()).startsWith("No AKS or Azure Arc-enabled Kubernetes clusters in "
                + "this subscription.").contains("unless you are the subscription's Owner");
        assertThat(kubernetes.urlProperty().get()).isEqualTo("https://portal.azure.com/#create/microsoft.aks");

        EmptyListHint lake = hintOf(ComputeFormKind.DATA_LAKE_ANALYTICS);
        assertThat(lake.textProperty().get()).contains("retired on 29 February 2024: new accounts cannot be created");
        assertThat(lake.urlProperty().get()).isEqualTo("https://learn.microsoft.com/azure/data-lake-analytics/"
                + "migrate-azure-data-lake-analytics-to-synapse");
    }

    @Test
    void theInferenceClusterFormsUseExistingListPointsToThePortalToo() {
        AksFormViewModel form = new AksFormViewModel(support.services());
        assertThat(form.clustersHint().shownProperty().get()).as("while listing").isFalse();
        support.executor.runAll();
        assertThat(form.clusters()).isEmpty();
        assertThat(form.clustersHint().textProperty().get()).startsWith("No AKS clusters in this subscription.");
        assertThat(form.clustersHint().urlProperty().get()).isEqualTo("https://portal.azure.com/#create/microsoft.aks");
    }
}
