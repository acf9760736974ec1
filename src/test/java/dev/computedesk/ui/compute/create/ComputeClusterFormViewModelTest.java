package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.form.IdentitySection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class ComputeClusterFormViewModelTest {
    private final FormTestSupport support = new FormTestSupport();
    private final ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(support.services());

    @BeforeEach
    void load() {
        support.executor.runAll();
    }

    @AfterEach
    void close() {
        support.close();
    }

    private void validName() {
        form.name().set("cluster-new");
        support.run();
    }

    @Test
    void theVirtualMachineStepIsValidOnceSizesLoad() {
        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_DS3_v2");
        assertThat(form.canNextProperty().get()).isTrue();
        assertThat(form.canCreateProperty().get()).isFalse();
        form.next();
        validName();
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    @Test
    void nodeCountMessagesSitUnderTheirFields() {
        validName();
        form.minNodes().set("-1");
        assertThat(form.minNodes().shownMessageProperty().get()).isEqualTo("The minimum number of nodes must be 0 or more");
        form.minNodes().set("3");
        form.maxNodes().set("2");
        assertThat(form.minNodes().shownMessageProperty().get()).isEmpty();
        assertThat(form.maxNodes().shownMessageProperty().get()).isEqualTo("The maximum number of nodes must be at least the minimum (3)");
        form.maxNodes().set("2.5");
        assertThat(form.maxNodes().shownMessageProperty().get()).isEqualTo("Enter a whole number");
        assertThat(form.canCreateProperty().get()).isFalse();
        form.maxNodes().set("3");
        form.idleSeconds().set("-5");
        assertThat(form.idleSeconds().shownMessageProperty().get()).isEqualTo("Idle seconds before scale down must be 0 or more");
        form.idleSeconds().set("300");
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    @Test
    void quotaWarnsWhenTheMaximumCannotFitAndBlocksWhenTheMinimumCannot() {
        validName();
        form.maxNodes().set("40");
        assertThat(form.quotaAndCost().quotaSeverityProperty().get()).isEqualTo("warn");
        assertThat(form.quotaAndCost().quotaTextProperty().get()).contains("scaling beyond 6 nodes will fail");
        assertThat(form.canCreateProperty().get()).isTrue();
        form.minNodes().set("7");
        assertThat(form.quotaAndCost().blocksProperty().get()).isTrue();
        assertThat(form.quotaAndCost().quotaTextProperty().get()).startsWith("The minimum of 7 nodes needs 28 vCPUs (7 \u00d7 4)");
        assertThat(form.canCreateProperty().get()).isFalse();
    }

    @Test
    void costAtMinimumAndMaximum() {
        form.minNodes().set("1");
        form.maxNodes().set("4");
        assertThat(form.quotaAndCost().costTextProperty().get())
                .startsWith("Estimated 0.29 USD per hour at 1 node, up to 1.17 USD per hour at 4 nodes");
        form.tierProperty().set(VmPriority.LOW_PRIORITY);
        assertThat(form.quotaAndCost().quotaTextProperty().get()).doesNotContain("dedicated");
    }

    @Test
    void sshNeedsAnAdminUserAndAPasswordOrAKey() {
        validName();
        form.ssh().enabledProperty().set(true);
        assertThat(form.canCreateProperty().get()).isFalse();
        form.ssh().keySourceProperty().set(SshSection.KeySource.PASSWORD);
        form.ssh().password().set("S3cret-Passw0rd");
        assertThat(form.canCreateProperty().get()).isTrue();
        form.ssh().adminUser().set("");
        assertThat(form.ssh().adminUser().shownMessageProperty().get()).isEqualTo("Enter the admin user name");
        assertThat(form.canCreateProperty().get()).isFalse();
        form.ssh().adminUser().set("azureuser");
        form.refreshReview();
        assertThat(form.reviewJsonProperty().get()).contains("\"adminUserPassword\" : \"********\"").doesNotContain("S3cret");
        assertThat(form.reviewYamlProperty().get()).contains("admin_password: '********'").doesNotContain("S3cret");
    }

    private AmlComputeSettings sentSettings() {
        return ((AmlComputeProperties) form.buildRequest(SecretMode.SEND).properties()).properties();
    }

    @Test
    void sshAccessIsDisabledByDefaultAsInStudioAndSendsNoAccount() {
        validName();
        assertThat(form.sshAccessProperty().get()).isEqualTo(ClusterSshAccess.DISABLED);
        assertThat(form.canCreateProperty().get()).isTrue();
        assertThat(sentSettings().remoteLoginPortPublicAccess()).isEqualTo("Disabled");
        assertThat(sentSettings().userAccountCredentials()).isNull();
    }

    @Test
    void notSpecifiedIsSentAsNotSpecifiedWithTheAdminAccount() {
        validName();
        form.sshAccessProperty().set(ClusterSshAccess.NOT_SPECIFIED);
        // The port may be open, so the account to log in with is asked for as with Enabled.
        assertThat(form.ssh().enabledProperty().get()).isTrue();
        assertThat(form.canCreateProperty().get()).isFalse();
        form.ssh().keySourceProperty().set(SshSection.KeySource.PASSWORD);
        form.ssh().password().set("S3cret-Passw0rd");
        assertThat(form.canCreateProperty().get()).isTrue();

        AmlComputeSettings sent = sentSettings();
        assertThat(sent.remoteLoginPortPublicAccess()).isEqualTo("NotSpecified");
        assertThat(sent.userAccountCredentials().adminUserName()).isEqualTo("azureuser");
        form.refreshReview();
        assertThat(form.reviewJsonProperty().get()).contains("\"remoteLoginPortPublicAccess\" : \"NotSpecified\"");
        assertThat(form.reviewYamlProperty().get()).doesNotContain("ssh_public_access_enabled");
    }

    @Test
    void eachChoiceSendsItsValueAndSwitchingSshOnMeansEnabled() {
        validName();
        form.ssh().enabledProperty().set(true);
        assertThat(form.sshAccessProperty().get()).isEqualTo(ClusterSshAccess.ENABLED);
        form.ssh().keySourceProperty().set(SshSection.KeySource.PASSWORD);
        form.ssh().password().set("S3cret-Passw0rd");
        assertThat(sentSettings().remoteLoginPortPublicAccess()).isEqualTo("Enabled");
        form.sshAccessProperty().set(ClusterSshAccess.NOT_SPECIFIED);
        assertThat(sentSettings().remoteLoginPortPublicAccess()).isEqualTo("NotSpecified");
        form.sshAccessProperty().set(ClusterSshAccess.DISABLED);
        assertThat(form.ssh().enabledProperty().get()).isFalse();
        assertThat(sentSettings().remoteLoginPortPublicAccess()).isEqualTo("Disabled");
        assertThat(sentSettings().userAccountCredentials()).isNull();
    }

    @Test
    void identityIsSystemOrUserAssignedNeverBoth() {
        validName();
        form.identity().typeProperty().set(IdentitySection.USER);
        assertThat(form.canCreateProperty().get()).isFalse();
        form.identity().selected().setAll(form.identity().available());
        assertThat(form.canCreateProperty().get()).isTrue();
        ComputeResource request = form.buildRequest(SecretMode.SEND);
        assertThat(request.identity().type()).isEqualTo("UserAssigned");
        assertThat(request.identity().userAssignedIdentities()).hasSize(form.identity().available().size());
    }

    @Test
    void theRequestMatchesMicrosoftsExampleShape() {
        validName();
        form.minNodes().set("0");
        form.maxNodes().set("4");
        form.idleSeconds().set("300");
        ComputeResource request = form.buildRequest(SecretMode.SEND);
        assertThat(request.location()).isEqualTo(DemoSeed.LOCATION);
        AmlComputeSettings settings = ((AmlComputeProperties) request.properties()).properties();
        assertThat(settings.vmSize()).isEqualTo("Standard_DS3_v2");
        assertThat(settings.vmPriority()).isEqualTo("Dedicated");
        assertThat(settings.osType()).isEqualTo("Linux");
        assertThat(settings.scaleSettings().maxNodeCount()).isEqualTo(4);
        assertThat(settings.scaleSettings().minNodeCount()).isZero();
        assertThat(settings.scaleSettings().nodeIdleTimeBeforeScaleDown()).isEqualTo("PT5M");
        assertThat(settings.enableNodePublicIp()).isTrue();
    }

    @Test
    void anUnavailableServiceKeepsTheFormAndOffersRetry() {
        validName();
        support.emulator.emulator().injectFault(dev.computedesk.emulator.Fault.status("PUT", "/computes/cluster-new",
                20, 503, 0));
        form.submit();
        support.run();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.EDITING);
        assertThat(form.errorProperty().get()).isNotNull();
        assertThat(form.errorProperty().get().retryable()).isTrue();
        assertThat(form.name().get()).isEqualTo("cluster-new");
    }

    @Test
    void createsTheClusterAndEditAndRetryPrefillsANewForm() {
        validName();
        form.maxNodes().set("3");
        form.submit();
        support.run();
        support.finishOperations();
        assertThat(support.changes).extracting(ComputeEvents.Change::kind)
                .containsExactly(ComputeEvents.Kind.CREATING, ComputeEvents.Kind.CHANGED, ComputeEvents.Kind.CHANGED);

        ComputeClusterFormViewModel retry = new ComputeClusterFormViewModel(support.services());
        support.executor.runAll();
        retry.prefill(support.changes.get(0).compute());
        assertThat(retry.name().get()).isEqualTo("cluster-new");
        assertThat(retry.maxNodes().get()).isEqualTo("3");
        assertThat(retry.vmSizeProperty().get().name()).isEqualTo("Standard_DS3_v2");
    }

    @Test
    void theSizeTableCountsTheMaximumNodesAndTheQuotaWarningFollowsTheChoice() {
        form.maxNodes().set("4");
        SizeTableViewModel table = form.sizeTable();

        // 4 nodes × 4 vCPUs of DS3 fit what the demo's DSv2 family has left; 4 × 8 of DS4 do not.
        assertThat(table.rows()).extracting(row -> row.name().text()).contains("Standard_DS3_v2")
                .doesNotContain("Standard_DS4_v2");
        form.maxNodes().set("1");
        assertThat(form.sizeTable().rows()).extracting(row -> row.name().text()).contains("Standard_DS4_v2");
        form.maxNodes().set("4");
        table.vmTypeProperty().set("GPU");
        assertThat(table.rows()).extracting(row -> row.name().text()).doesNotContain("Standard_NC12s_v3");
        table.quotaOnlyProperty().set(false);
        table.choose(table.rows().stream().filter(row -> row.name().text().equals("Standard_NC12s_v3")).findFirst()
                .orElseThrow());

        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_NC12s_v3");
        assertThat(form.quotaAndCost().quotaTextProperty().get()).contains("scaling beyond 0 nodes will fail");
        assertThat(form.quotaAndCost().quotaSeverityProperty().get()).isEqualTo("warn");

        SizeTableViewModel again = form.sizeTable();
        again.vmTypeProperty().set("CPU");
        again.choose(again.rows().stream().filter(row -> row.name().text().equals("Standard_DS3_v2")).findFirst()
                .orElseThrow());
        assertThat(form.quotaAndCost().quotaTextProperty().get()).startsWith("Fits the quota");
        assertThat(form.quotaAndCost().quotaSeverityProperty().get()).isEqualTo("ok");
    }
}
