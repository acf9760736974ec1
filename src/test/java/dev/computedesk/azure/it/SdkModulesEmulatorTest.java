package dev.computedesk.azure.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.model.PermissionCheck;
import dev.computedesk.azure.model.VirtualMachineSummary;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pickers and the permission pre-flight read through the SDK's resource-manager modules (ComputeManager,
 * ContainerServiceManager, MsiManager, AuthorizationManager) on the connection's own pipeline: the activity log sees
 * their calls, and their failures are the app's exceptions.
 */
class SdkModulesEmulatorTest {
    private static final String SUB = DemoSeed.SUBSCRIPTION_ID;
    private static final String SYNAPSE_SCOPE = "/subscriptions/" + SUB + "/resourceGroups/rg-synapse/providers/"
            + "Microsoft.Synapse/workspaces/" + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR;
    private static EmulatorFixture fx;
    private static AzureConnection c;

    @BeforeAll
    static void start() {
        fx = EmulatorFixture.start();
        c = fx.connection();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @AfterEach
    void clearFaults() {
        fx.emulator().clearFaults();
    }

    private static List<CallRecord> callsOf(Supplier<?> work) {
        return EmulatorFixture.recorded(work).calls();
    }

    @Test
    void everySdkCallIsRecordedForTheActivityLog() {
        assertThat(callsOf(() -> c.pickers().listAksClusters(SUB))).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("GET");
            assertThat(call.path()).startsWith("/subscriptions/" + SUB
                    + "/providers/Microsoft.ContainerService/managedClusters?api-version=");
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.requestId()).isNotBlank();
        });
        assertThat(callsOf(() -> c.pickers().listUserAssignedIdentities(SUB))).extracting(CallRecord::path)
                .anyMatch(p -> p.contains("/providers/Microsoft.ManagedIdentity/userAssignedIdentities?api-version="));
        assertThat(callsOf(() -> c.pickers().listVirtualMachines(SUB))).extracting(CallRecord::path)
                .anyMatch(p -> p.contains("/providers/Microsoft.Compute/virtualMachines?api-version="))
                .anyMatch(p -> p.contains("/providers/Microsoft.Network/networkInterfaces?api-version="));
        assertThat(callsOf(() -> c.permissions().checkOwnerOrContributor(SYNAPSE_SCOPE)))
                .singleElement().satisfies(call -> assertThat(call.path())
                        .startsWith(SYNAPSE_SCOPE + "/providers/Microsoft.Authorization/roleAssignments?")
                        .contains("api-version="));
    }

    @Test
    void aVirtualMachineKeepsItsSizeImageAndAddresses() {
        VirtualMachineSummary vm = c.pickers().listVirtualMachines(SUB).stream()
                .filter(v -> v.name().equals(DemoSeed.VM)).findFirst().orElseThrow();
        assertThat(vm.vmSize()).isEqualTo("Standard_DS3_v2");
        assertThat(vm.imageReference().offer()).isEqualTo("ubuntu-2004");
        assertThat(vm.privateIpAddress()).isEqualTo("10.10.0.4");
        assertThat(vm.publicIpAddress()).isEqualTo("20.121.34.56");
        assertThat(vm.resourceGroup()).isEqualTo(DemoSeed.RESOURCE_GROUP);
    }

    @Test
    void theCheckListsOnlyTheUsersAssignments() {
        PermissionCheck check = c.permissions().checkOwnerOrContributor(SYNAPSE_SCOPE);
        assertThat(check.assignments()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.principalId()).isEqualTo(DemoSeed.USER_OID));
        assertThat(check.contributor()).isTrue();
    }

    @Test
    void aRefusalIsTheAppsArmExceptionWithArmsCodeAndRequestId() {
        fx.emulator().injectFault(Fault.status("GET", "managedClusters$", 1, 403, 0));
        assertThatThrownBy(() -> c.pickers().listAksClusters(SUB))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e).isNotInstanceOf(AuthenticationRequiredException.class);
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("AuthorizationFailed");
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void aRejectedTokenIsAuthenticationRequiredForEveryModule() {
        AzureConnection wrongToken = new ConnectionFactory(EmulatorFixture.testOptions())
                .emulator(fx.emulator().baseUrl(), fx.emulator().token() + "x");
        List<Supplier<?>> calls = List.of(
                () -> wrongToken.subscriptions().listResourceGroups(SUB),
                () -> wrongToken.pickers().listVirtualMachines(SUB),
                () -> wrongToken.pickers().listAksClusters(SUB),
                () -> wrongToken.pickers().listUserAssignedIdentities(SUB),
                () -> wrongToken.permissions().checkOwnerOrContributor(SYNAPSE_SCOPE));
        for (Supplier<?> call : calls) {
            assertThatThrownBy(call::get).isInstanceOfSatisfying(AuthenticationRequiredException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(401);
                assertThat(e.code()).isEqualTo("AuthenticationFailed");
            });
        }
    }
}
