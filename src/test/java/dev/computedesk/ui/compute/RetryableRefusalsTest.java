package dev.computedesk.ui.compute;

import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.testing.ScriptedDialogs;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: on the local emulator a refused list (401, 403) says what ARM answered, never "sign in again", and
 * the page's banner offers Retry, which lists the computes once the emulator answers again.
 */
class RetryableRefusalsTest {
    private EmulatorFixture fx;
    private ComputePageViewModel page;

    @BeforeEach
    void open() {
        fx = EmulatorFixture.start();
        TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(new OperationLog());
        page = new ComputePageViewModel(executor, new ScriptedDialogs(), text -> { }, url -> { },
                new RecordingNavigator(), new ComputeTestDoubles.ManualScheduler(),
                new OperationFollower(executor, new ComputeEvents()));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void aRefusedListOffersRetryAndNoSignIn(int status) {
        fx.emulator().injectFault(Fault.status("GET", "/workspaces/" + DemoSeed.WORKSPACE + "/computes$", 1,
                status, 0));

        page.show(fx.connection(), fx.demoWorkspace());

        ErrorInfo error = page.errorProperty().get();
        assertThat(error).isNotNull();
        assertThat(error.what()).isEqualTo("Listing computes failed");
        assertThat(error.requestId()).isNotEmpty();
        assertThat(error.summary().toLowerCase(Locale.ROOT)).doesNotContain("sign in").doesNotContain("sign-in");
        assertThat(error.retryable()).as("the banner shows Retry").isTrue();

        page.retry();

        assertThat(page.errorProperty().get()).isNull();
        assertThat(page.row(DemoSeed.CI_RUNNING_SSH)).isPresent();
    }
}
