package dev.computedesk.ui.shell;

import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.azure.model.ArmError;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class SignInViewModelTest {
    private final EmulatorFixture emulator = EmulatorFixture.start();
    private final OperationLog log = new OperationLog();
    private final TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(log);
    private final WorkspaceContext context = new WorkspaceContext();
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> remembered = new ArrayList<>();
    private final ShellViewModel shell = new ShellViewModel(log, clipboard::add, executor, context, () -> { },
            remembered::add);

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** A sign-in service that answers like azure-identity would, without an identity provider. */
    private final class FakeService implements SignInService {
        ConnectionKind askedKind;
        AzureCloud askedCloud;
        String askedTenant;
        DeviceCodeInfo challenge;
        RuntimeException failure;

        @Override
        public AzureConnection connectEmulator() {
            return emulator.connection();
        }

        @Override
        public AzureConnection connectAzure(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                            Consumer<DeviceCodeInfo> deviceCode) {
            askedKind = kind;
            askedCloud = cloud;
            askedTenant = tenantId;
            if (challenge != null) {
                deviceCode.accept(challenge);
            }
            if (failure != null) {
                throw failure;
            }
            return emulator.connection();
        }

        @Override
        public String tokenCacheMessage() {
            return "tokens kept in memory only: no keychain available";
        }
    }

    private SignInViewModel viewModel(FakeService service) {
        return new SignInViewModel(service, executor, Runnable::run, clipboard::add, shell);
    }

    @Test
    void theLocalEmulatorConnectsAndTheShellListsItsWorkspaces() {
        SignInViewModel signIn = viewModel(new FakeService());
        signIn.methodProperty().set(SignInMethod.LOCAL_EMULATOR);
        signIn.signIn();

        assertThat(shell.connectionTextProperty().get()).isEqualTo("Local emulator");
        assertThat(shell.workspaces()).extracting(WorkspaceChoice::displayName).contains(
                DemoSeed.WORKSPACE + " (" + DemoSeed.RESOURCE_GROUP + " \u00b7 " + DemoSeed.SUBSCRIPTION_NAME + ")");
        assertThat(context.workspace()).isNotNull();
        assertThat(signIn.doneProperty().get()).isTrue();
        assertThat(log.finished().get(log.finished().size() - 1).title()).isEqualTo("Connecting to the local emulator");
    }

    @Test
    void aDeviceCodeIsShownAndCopiedWhileTheSignInWaits() {
        FakeService service = new FakeService();
        service.challenge = new DeviceCodeInfo("F7K2-QX9P", "https://microsoft.com/devicelogin",
                OffsetDateTime.now().plusMinutes(15), "To sign in, use a web browser to open the page…");
        SignInViewModel signIn = viewModel(service);
        signIn.methodProperty().set(SignInMethod.DEVICE_CODE);
        signIn.cloudProperty().set(AzureCloud.AZURE_US_GOVERNMENT);
        signIn.tenantIdProperty().set("contoso.onmicrosoft.com");
        signIn.signIn();

        assertThat(service.askedKind).isEqualTo(ConnectionKind.DEVICE_CODE);
        assertThat(service.askedCloud).isEqualTo(AzureCloud.AZURE_US_GOVERNMENT);
        assertThat(service.askedTenant).isEqualTo("contoso.onmicrosoft.com");
        assertThat(signIn.deviceCodeProperty().get().userCode()).isEqualTo("F7K2-QX9P");
        signIn.copyDeviceCode();
        assertThat(clipboard).containsExactly("F7K2-QX9P");
    }

    @Test
    void aFailedSignInSaysWhyAndKeepsTheChoices() {
        FakeService service = new FakeService();
        service.failure = new AuthenticationRequiredException(0, ArmError.of("AuthenticationFailed",
                "Please run 'az login' to set up account."), null, null, null);
        SignInViewModel signIn = viewModel(service);
        signIn.methodProperty().set(SignInMethod.AZURE_CLI);
        signIn.tenantIdProperty().set("tenant-1");
        signIn.signIn();

        assertThat(signIn.errorProperty().get().summary()).contains("Signing in with Azure CLI failed")
                .contains("az login");
        assertThat(signIn.methodProperty().get()).isEqualTo(SignInMethod.AZURE_CLI);
        assertThat(signIn.tenantIdProperty().get()).isEqualTo("tenant-1");
        assertThat(signIn.runningProperty().get()).isFalse();
        assertThat(signIn.canSignInProperty().get()).isTrue();
        assertThat(context.connection()).as("the shell keeps no connection it did not get").isNull();
    }

    @Test
    void anExpiredSignInTurnsTheBannerIntoSignInAgain() {
        List<String> signIns = new ArrayList<>();
        ShellViewModel shellWithSignIn = new ShellViewModel(log, clipboard::add, executor, context,
                () -> signIns.add("dialog"), remembered::add);
        shellWithSignIn.signInExpired(new AuthenticationRequiredException(401, ArmError.of("ExpiredAuthenticationToken",
                "The access token expiry UTC time is earlier than current UTC time."), "req-9", null, null));

        assertThat(shellWithSignIn.errorProperty().get().summary()).contains("ExpiredAuthenticationToken")
                .contains("req-9");
        assertThat(shellWithSignIn.errorActionTextProperty().get()).isEqualTo("Sign in again");
        shellWithSignIn.retry();
        assertThat(signIns).containsExactly("dialog");
    }

    @Test
    void theTokenCacheMessageIsShown() {
        SignInViewModel signIn = viewModel(new FakeService());
        signIn.load();
        assertThat(signIn.tokenCacheTextProperty().get()).isEqualTo("tokens kept in memory only: no keychain available");
    }

    @Test
    void theShellSelectsTheRememberedWorkspaceAndRemembersTheNextChoice() {
        String research = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/" + DemoSeed.RESOURCE_GROUP
                + "/providers/Microsoft.MachineLearningServices/workspaces/" + DemoSeed.WORKSPACE_2;
        shell.connected(emulator.connection(), research);
        assertThat(context.workspace().name()).isEqualTo(DemoSeed.WORKSPACE_2);

        WorkspaceChoice demo = shell.workspaces().stream()
                .filter(choice -> choice.ref().name().equals(DemoSeed.WORKSPACE)).findFirst().orElseThrow();
        shell.selectedWorkspaceProperty().set(demo);
        assertThat(context.workspace().name()).isEqualTo(DemoSeed.WORKSPACE);
        assertThat(remembered).last().asString().endsWith("/workspaces/" + DemoSeed.WORKSPACE);
    }
}
