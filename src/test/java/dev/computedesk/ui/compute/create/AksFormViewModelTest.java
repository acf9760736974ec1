package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ClusterPurpose;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.ui.common.ComputeEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class AksFormViewModelTest {
    private final FormTestSupport support = new FormTestSupport();
    private final AksFormViewModel form = new AksFormViewModel(support.services());

    @BeforeEach
    void load() {
        support.executor.runAll();
    }

    @AfterEach
    void close() {
        support.close();
    }

    @Test
    void defaultsAreMicrosoftsMinimalCluster() {
        form.name().set("aks-new");
        support.run();
        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_D3_v2");
        assertThat(form.agentCount().get()).isEqualTo("3");
        assertThat(form.canCreateProperty().get()).isTrue();
        assertThat(form.costTextProperty().get()).startsWith("Estimated 0.69 USD per hour (3 nodes)");
    }

    @Test
    void namesAreAtMostSixteenCharacters() {
        form.name().set("aks-name-longer-than");
        assertThat(form.name().shownMessageProperty().get()).isEqualTo("The name must be at most 16 characters long (it has 20)");
    }

    @Test
    void capacityRuleNamesTheNumbers() {
        form.agentCount().set("2");
        assertThat(form.agentCount().shownMessageProperty().get())
                .startsWith("2 nodes \u00d7 4 vCPUs = 8; at least 12 needed");
        form.purposeProperty().set(ClusterPurpose.DEV_TEST);
        form.vmSizeProperty().set(form.sizes().stream().filter(s -> s.name().equals("Standard_D4_v2")).findFirst().orElseThrow());
        assertThat(form.agentCount().validProperty().get()).isTrue();
        form.purposeProperty().set(ClusterPurpose.FAST_PROD);
        assertThat(form.agentCount().shownMessageProperty().get()).isEqualTo("Production clusters need at least 3 nodes");
    }

    @Test
    void attachingAnExistingClusterSkipsTheCapacityRule() {
        form.name().set("aks-attached");
        support.run();
        form.modeProperty().set(AksFormViewModel.Mode.USE_EXISTING);
        form.agentCount().set("1");
        assertThat(form.canCreateProperty().get()).isFalse();
        form.clusterProperty().set(form.clusters().get(0));
        assertThat(form.resourceId().get()).contains("/managedClusters/" + DemoSeed.AKS_RESOURCE);
        assertThat(form.canCreateProperty().get()).isTrue();
        ComputeResource request = form.buildRequest(SecretMode.SEND);
        assertThat(request.properties().resourceId()).isEqualTo(form.resourceId().get());
        assertThat(((AksProperties) request.properties()).properties().agentCount()).isNull();
    }

    @Test
    void customSslKeyIsMaskedInTheReview() {
        form.name().set("aks-ssl");
        support.run();
        form.sslProperty().set(AksFormViewModel.Ssl.CUSTOM);
        assertThat(form.canCreateProperty().get()).isFalse();
        form.certificate().set("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
        form.certificateKey().set("-----BEGIN PRIVATE KEY-----\nSECRETKEY\n-----END PRIVATE KEY-----");
        form.cname().set("scoring.contoso.com");
        assertThat(form.canCreateProperty().get()).isTrue();
        form.refreshReview();
        assertThat(form.reviewJsonProperty().get()).contains("\"key\" : \"********\"").doesNotContain("SECRETKEY");
        assertThat(form.reviewYamlProperty().get()).doesNotContain("SECRETKEY");
    }

    @Test
    void createsTheCluster() {
        form.name().set("aks-new");
        support.run();
        form.submit();
        support.run();
        support.finishOperations();
        assertThat(support.changes).extracting(ComputeEvents.Change::kind)
                .containsExactly(ComputeEvents.Kind.CREATING, ComputeEvents.Kind.CHANGED, ComputeEvents.Kind.CHANGED);
    }

    @Test
    void theSizeTableShowsEveryOfferedSizeSinceMachineLearningsQuotaDoesNotCountAksNodes() {
        SizeTableViewModel table = form.sizeTable();

        assertThat(table.quotaApplies()).isFalse();
        // ND40rs_v2's family has no dedicated Machine Learning quota at all, yet AKS nodes do not use it.
        assertThat(table.rows()).extracting(row -> row.name().text()).contains("Standard_D3_v2", "Standard_ND40rs_v2")
                .doesNotContain(DemoSeed.REGION_RESTRICTED_SIZE);
        table.choose(table.rows().stream().filter(row -> row.name().text().equals("Standard_D4_v2")).findFirst()
                .orElseThrow());

        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_D4_v2");
        assertThat(form.costTextProperty().get()).startsWith("Estimated 1.37 USD per hour (3 nodes)");
    }
}
