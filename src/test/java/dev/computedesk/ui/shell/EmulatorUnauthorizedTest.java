package dev.computedesk.ui.shell;

import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.model.ArmError;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: on the local emulator a 401 says what the service answered, never "sign in again" (there is nothing to
 * sign in to), and the banner offers Retry, which works once the emulator answers again.
 */
@Timeout(60)
class EmulatorUnauthorizedTest {
    private final EmulatorFixture fx = EmulatorFixture.start();
    private final OperationLog log = new OperationLog();
    private final WorkspaceContext context = new WorkspaceContext();
    private final List<String> signIns = new ArrayList<>();
    private final ShellViewModel shell = new ShellViewModel(log, text -> { }, TrackingTaskExecutor.synchronous(log),
            context, () -> signIns.add("dialog"), id -> { });

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void a401OnTheEmulatorOffersRetryAndNoSignIn() {
        fx.emulator().injectFault(Fault.status("GET", "Microsoft.MachineLearningServices/workspaces$", 1, 401, 0));

        shell.connected(fx.connection(), null);

        ErrorInfo error = shell.errorProperty().get();
        assertThat(error).isNotNull();
        assertThat(error.summary()).startsWith("Listing workspaces failed");
        assertThat(error.summary().toLowerCase(Locale.ROOT)).doesNotContain("sign in").doesNotContain("sign-in");
        assertThat(error.retryable()).isTrue();
        // The app hands every 401 to the shell; on the emulator it turns nothing into "Sign in again".
        shell.signInExpired(new AuthenticationRequiredException(401, ArmError.of("AuthenticationFailed",
                "The bearer token is missing or wrong."), "req-1", null, null));
        assertThat(shell.errorActionTextProperty().get()).isEqualTo("Retry");
        assertThat(shell.errorProperty().get()).isSameAs(error);

        shell.retry();

        assertThat(signIns).isEmpty();
        assertThat(shell.errorProperty().get()).isNull();
        assertThat(shell.workspaces()).isNotEmpty();
    }
}
