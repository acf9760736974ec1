package dev.computedesk.ui.compute.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.ui.common.ActivityEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

class IdleShutdownViewModelTest {
    private final EditTestSupport support = new EditTestSupport();

    @AfterEach
    void close() {
        support.close();
    }

    private String idleOf(String name) {
        return ((ComputeInstanceProperties) support.read(name).properties()).properties().idleTimeBeforeShutdown();
    }

    @Test
    void aNewIdleTimeIsSentAloneWithThePreviewCallAndTheDialogCloses() {
        IdleShutdownViewModel dialog = new IdleShutdownViewModel(support.services(),
                support.target(DemoSeed.CI_RUNNING_SSH));
        assertThat(dialog.idleShutdown().get()).isEqualTo("60");
        assertThat(dialog.currentText()).isEqualTo("Now: 60 minutes");
        assertThat(dialog.canSaveProperty().get()).as("unchanged").isFalse();

        dialog.idleShutdown().set("90");
        assertThat(dialog.canSaveProperty().get()).isTrue();
        dialog.save();

        assertThat(support.writes).containsExactly(new EditTestSupport.Call("updateIdleShutdown",
                List.of(Duration.ofMinutes(90))));
        assertThat(dialog.closedProperty().get()).isTrue();
        assertThat(dialog.errorProperty().get()).isNull();
        assertThat(idleOf(DemoSeed.CI_RUNNING_SSH)).isEqualTo("PT90M");
        assertThat(support.operations.finished()).anySatisfy(entry -> {
            assertThat(entry.title()).isEqualTo("Changing the idle shutdown of compute instance ci-dana-ssh");
            assertThat(entry.outcome()).isEqualTo(ActivityEntry.Outcome.SUCCEEDED);
        });
    }

    @Test
    void outOfRangeMinutesAreRefusedUnderTheFieldAndNothingIsSent() {
        IdleShutdownViewModel dialog = new IdleShutdownViewModel(support.services(),
                support.target(DemoSeed.CI_RUNNING_SSH));
        dialog.idleShutdown().set("10");
        assertThat(dialog.idleShutdown().shownMessageProperty().get())
                .isEqualTo("Idle shutdown must be at least 15 minutes");
        assertThat(dialog.canSaveProperty().get()).isFalse();
        dialog.idleShutdown().set("4321");
        assertThat(dialog.idleShutdown().shownMessageProperty().get())
                .isEqualTo("Idle shutdown must be at most 3 days (4320 minutes)");
        dialog.idleShutdown().set("an hour");
        assertThat(dialog.idleShutdown().shownMessageProperty().get()).isEqualTo("Enter a whole number");
        dialog.save();
        assertThat(support.writes).isEmpty();
        assertThat(dialog.closedProperty().get()).isFalse();
    }

    @Test
    void aRefusalKeepsWhatWasTypedAndShowsArmsCodeMessageAndRequestId() {
        IdleShutdownViewModel dialog = new IdleShutdownViewModel(support.services(),
                support.target(DemoSeed.CI_RUNNING_SSH));
        dialog.idleShutdown().set("240");
        support.refuseNext = EditTestSupport.refusal(409, "Conflict",
                "Cannot update the idle shutdown setting now.", "req-409-idle");
        dialog.save();

        assertThat(dialog.closedProperty().get()).isFalse();
        assertThat(dialog.savingProperty().get()).isFalse();
        assertThat(dialog.idleShutdown().get()).isEqualTo("240");
        assertThat(dialog.errorProperty().get().code()).isEqualTo("Conflict");
        assertThat(dialog.errorProperty().get().message()).isEqualTo("Cannot update the idle shutdown setting now.");
        assertThat(dialog.errorProperty().get().requestId()).isEqualTo("req-409-idle");
        assertThat(dialog.canSaveProperty().get()).as("the user can try again").isTrue();
        assertThat(idleOf(DemoSeed.CI_RUNNING_SSH)).isEqualTo("PT60M");
    }

    @Test
    void aStateThatDoesNotAllowTheEditDisablesSaveWithTheReason() {
        IdleShutdownViewModel dialog = new IdleShutdownViewModel(support.services(),
                support.target(DemoSeed.CI_CREATING));
        dialog.idleShutdown().set("45");
        assertThat(dialog.blockedReasonProperty().get()).contains("running or stopped").contains("'Creating'");
        assertThat(dialog.canSaveProperty().get()).isFalse();
    }

    @Test
    void aComputeThatChangedMeanwhileIsRefusedBeforeSending() {
        IdleShutdownViewModel dialog = new IdleShutdownViewModel(support.services(),
                support.target(DemoSeed.CI_STOPPED));
        dialog.idleShutdown().set("45");
        // Someone starts it elsewhere; the dialog still shows it stopped.
        support.emulator.connection().computes().start(support.workspace(), DemoSeed.CI_STOPPED);
        assertThat(dialog.canSaveProperty().get()).isTrue();
        dialog.save();

        assertThat(support.writes).isEmpty();
        assertThat(dialog.errorProperty().get().message()).contains("'Starting'").contains("Nothing was sent");
        assertThat(dialog.idleShutdown().get()).isEqualTo("45");
        assertThat(dialog.closedProperty().get()).isFalse();
    }
}
