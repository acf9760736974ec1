package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.ui.common.ComputeEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.Timeout(60)
class ComputeInstanceFormViewModelTest {
    private final FormTestSupport support = new FormTestSupport();
    private final ComputeInstanceFormViewModel form = new ComputeInstanceFormViewModel(support.services());

    @org.junit.jupiter.api.BeforeEach
    void load() {
        support.executor.runAll();
    }

    @AfterEach
    void close() {
        support.close();
    }

    @Test
    void startsWithTheDefaultSizeAndNoName() {
        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_DS3_v2");
        assertThat(form.canCreateProperty().get()).isFalse();
        assertThat(form.canNextProperty().get()).isFalse();
        assertThat(form.name().shownMessageProperty().get()).isEmpty();
    }

    @Test
    void aValidNameEnablesNextAndCreate() {
        form.name().set("ci-new");
        support.run();
        assertThat(form.name().validProperty().get()).isTrue();
        assertThat(form.canNextProperty().get()).isTrue();
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    @Test
    void invalidNamesShowTheirMessageOnceTouched() {
        form.name().set("ci-1");
        support.run();
        assertThat(form.name().shownMessageProperty().get()).isEqualTo("'-' needs to be followed by at least one letter");
        assertThat(form.canCreateProperty().get()).isFalse();
    }

    @Test
    void aNameUsedInTheWorkspaceIsAnError() {
        form.name().set(DemoSeed.CI_STOPPED.toUpperCase());
        support.run();
        assertThat(form.name().shownMessageProperty().get()).contains("already exists in this workspace");
        assertThat(form.canCreateProperty().get()).isFalse();
    }

    @Test
    void theNameCheckShowsAPendingStateAndOnlyTheLatestAnswerCounts() {
        form.name().set("ci-first");
        assertThat(form.namePendingProperty().get()).isTrue();
        assertThat(form.name().shownMessageProperty().get()).isEqualTo("Checking whether the name is free\u2026");
        assertThat(form.canCreateProperty().get()).isFalse();
        form.name().set(DemoSeed.CI_STOPPED);
        support.run();
        assertThat(form.namePendingProperty().get()).isFalse();
        assertThat(form.name().shownMessageProperty().get()).contains("already exists");
        assertThat(support.executor.titles()).contains("Checking compute name ci-first",
                "Checking compute name " + DemoSeed.CI_STOPPED);
    }

    @Test
    void whileTheNameIsCheckedTheFieldShowsAStatusNotAProblem() {
        form.name().set("ci-waiting");
        assertThat(form.name().shownMessageProperty().get()).isEqualTo("Checking whether the name is free\u2026");
        assertThat(form.name().checkingProperty().get()).isTrue();
        assertThat(form.name().shownProblemProperty().get()).as("no error marker while checking").isEmpty();

        form.name().set("1-bad");
        assertThat(form.name().checkingProperty().get()).isFalse();
        assertThat(form.name().shownProblemProperty().get()).isEqualTo(form.name().shownMessageProperty().get())
                .isNotEmpty();

        form.name().set(DemoSeed.CI_STOPPED);
        support.run();
        assertThat(form.name().checkingProperty().get()).isFalse();
        assertThat(form.name().shownProblemProperty().get()).contains("already exists");

        form.name().set("ci-free-name");
        support.run();
        assertThat(form.name().validProperty().get()).isTrue();
        assertThat(form.name().shownProblemProperty().get()).isEmpty();
    }

    @Test
    void quotaAndCostFollowTheSize() {
        assertThat(form.quotaAndCost().quotaTextProperty().get()).startsWith("Fits the quota: this create allocates 4 vCPUs");
        assertThat(form.quotaAndCost().costTextProperty().get()).startsWith("Estimated 0.29 USD per hour while running");
        form.vmTypeProperty().set("GPU");
        form.vmSizeProperty().set(form.sizes().stream().filter(s -> s.name().equals("Standard_NC12s_v3")).findFirst()
                .orElseThrow());
        assertThat(form.quotaAndCost().blocksProperty().get()).isTrue();
        assertThat(form.quotaAndCost().quotaTextProperty().get()).startsWith("This size needs 12 vCPUs, but only 6");
        form.name().set("ci-gpu-new");
        support.run();
        assertThat(form.canCreateProperty().get()).isFalse();
    }

    @Test
    void idleShutdownOutsideItsRangeBlocksTheSchedulingStep() {
        form.name().set("ci-new");
        support.run();
        form.next();
        assertThat(form.stepTitles().get(form.stepProperty().get())).isEqualTo("Scheduling");
        form.idleMinutes().set("10");
        assertThat(form.idleMinutes().shownMessageProperty().get()).isEqualTo("Idle shutdown must be at least 15 minutes");
        assertThat(form.canNextProperty().get()).isFalse();
        form.idleMinutes().set("4320");
        assertThat(form.canNextProperty().get()).isTrue();
    }

    @Test
    void atMostFourSchedules() {
        for (int i = 0; i < 4; i++) {
            form.addSchedule();
        }
        assertThat(form.schedules()).hasSize(4);
        assertThat(form.canAddScheduleProperty().get()).isFalse();
        form.addSchedule();
        assertThat(form.schedules()).hasSize(4);
        assertThat(form.schedules().get(0).cronExpression()).isEqualTo("0 18 * * 1,2,3,4,5");
    }

    @Test
    void sshNeedsAValidPublicKey() {
        form.name().set("ci-new");
        support.run();
        form.ssh().enabledProperty().set(true);
        form.ssh().keySourceProperty().set(SshSection.KeySource.EXISTING_KEY);
        assertThat(form.canCreateProperty().get()).isFalse();
        form.ssh().publicKey().set("ssh-rsa nonsense");
        assertThat(form.ssh().publicKey().shownMessageProperty().get()).isNotEmpty();
        assertThat(form.canCreateProperty().get()).isFalse();
    }

    @Test
    void sshStartsOnGenerateNewKeyPairAndCreateMakesThePairThenSendsItsPublicKey(@TempDir Path home) throws Exception {
        form.name().set("ci-keyed");
        support.run();
        form.ssh().enabledProperty().set(true);
        assertThat(form.ssh().keySourceProperty().get()).isEqualTo(SshSection.KeySource.GENERATE);
        assertThat(form.canCreateProperty().get()).as("the pair is made on Create, as Studio does").isTrue();
        form.stepProperty().set(form.stepTitles().size() - 1);
        assertThat(form.reviewOptionsProperty().get()).contains("SSH: enabled, a new key pair generated on Create");

        support.keyFile = home.resolve("ci-keyed_key.pem");
        form.submit();
        support.run();
        support.run();

        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.CLOSED);
        assertThat(Files.readString(support.keyFile)).contains("PRIVATE KEY");
        assertThat(form.noticeProperty().get()).startsWith("Private key saved to " + support.keyFile);
        // ARM never reads the key back: the request the form sent is what the Compute page was handed.
        ComputeInstanceProperties sent = (ComputeInstanceProperties) support.changes.get(0).compute().properties();
        assertThat(sent.properties().sshSettings().adminPublicKey()).startsWith("ssh-rsa ")
                .isEqualTo(form.ssh().publicKey().get().strip());
    }

    @Test
    void createWithANewKeyPairSendsNothingWhenNoFileIsChosen() {
        form.name().set("ci-unkeyed");
        support.run();
        form.ssh().enabledProperty().set(true);
        support.keyFile = null;
        form.submit();
        support.run();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.EDITING);
        assertThat(support.changes).isEmpty();
        assertThat(form.ssh().publicKey().get()).isEmpty();
    }

    @Test
    void reviewShowsTheRequestAsJsonAndYaml() {
        form.name().set("ci-new");
        support.run();
        form.idleMinutes().set("30");
        form.assignToOtherProperty().set(true);
        form.assigneeObjectId().set(DemoSeed.OTHER_USER_OID);
        form.stepProperty().set(form.stepTitles().size() - 1);
        assertThat(form.reviewJsonProperty().get()).contains("\"computeType\" : \"ComputeInstance\"")
                .contains("\"vmSize\" : \"Standard_DS3_v2\"").contains("\"idleTimeBeforeShutdown\" : \"PT30M\"")
                .contains(DemoSeed.OTHER_USER_OID);
        assertThat(form.reviewYamlProperty().get()).contains("type: computeinstance").contains("size: Standard_DS3_v2")
                .contains("idle_time_before_shutdown_minutes: 30").contains("user_object_id: " + DemoSeed.OTHER_USER_OID);
        form.copyYaml();
        assertThat(support.clipboard).containsExactly(form.reviewYamlProperty().get());
    }

    @Test
    void yamlPrefillsTheForm() {
        form.loadYaml("name: ci-from-yaml\ntype: computeinstance\nsize: Standard_DS4_v2\n"
                + "idle_time_before_shutdown_minutes: 45\ntags:\n  team: vision\n", "ci.yml");
        assertThat(form.name().get()).isEqualTo("ci-from-yaml");
        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_DS4_v2");
        assertThat(form.idleMinutes().get()).isEqualTo("45");
        assertThat(form.tags()).containsExactly(new Tag("team", "vision"));
        assertThat(form.noticeProperty().get()).isEqualTo("Values read from ci.yml");
    }

    @Test
    void aCreateWhoseReplyIsLostIsNotShownAsFailedWhenTheComputeExists() {
        // The PUT is carried out but its answer never arrives; the client's retry then meets 409 (it is Creating).
        support.emulator.emulator().injectFault(dev.computedesk.emulator.Fault.replyLost("PUT",
                "/computes/ci-lost$", 1));
        form.name().set("ci-lost");
        support.run();
        form.submit();
        support.run();
        support.finishOperations();

        assertThat(form.errorProperty().get()).isNull();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.CLOSED);
        assertThat(support.changes).extracting(ComputeEvents.Change::kind).first()
                .isEqualTo(ComputeEvents.Kind.CREATING);
        assertThat(support.changes.get(support.changes.size() - 1).compute().properties().provisioningState())
                .isEqualTo(ProvisioningState.SUCCEEDED);
        assertThat(support.operations.finished()).filteredOn(e -> e.title().equals("Creating compute instance ci-lost"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.outcome()).isEqualTo(dev.computedesk.ui.common.ActivityEntry.Outcome.SUCCEEDED);
                    assertThat(entry.resultText()).contains("the service accepted it");
                });
        assertThat(support.emulator.connection().computes().list(support.emulator.demoWorkspace()))
                .filteredOn(c -> c.name().equals("ci-lost")).hasSize(1);
    }

    @Test
    void submitPublishesCreatingThenChanged() {
        form.name().set("ci-new");
        support.run();
        form.submit();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.SUBMITTING);
        support.run();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.CLOSED);
        assertThat(support.changes).extracting(ComputeEvents.Change::kind).containsExactly(ComputeEvents.Kind.CREATING);
        support.finishOperations();
        assertThat(support.changes).extracting(ComputeEvents.Change::kind)
                .containsExactly(ComputeEvents.Kind.CREATING, ComputeEvents.Kind.CHANGED, ComputeEvents.Kind.CHANGED);
        // The compute as read once ARM accepted it (the clock has already moved here), then once it ended.
        ComputeResource created = support.changes.get(2).compute();
        assertThat(created.properties().provisioningState()).isEqualTo(ProvisioningState.SUCCEEDED);
        assertThat(((ComputeInstanceProperties) created.properties()).properties().vmSize()).isEqualTo("Standard_DS3_v2");
    }

    @Test
    void aNameTakenInAnotherWorkspaceOfTheRegionComesBackUnderTheName() {
        // ws-research holds computes too; a name clash there is the service's answer, shown under the field.
        String taken = support.emulator.connection().computes()
                .list(new dev.computedesk.azure.model.WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
                        DemoSeed.WORKSPACE_2, DemoSeed.LOCATION)).get(0).name();
        form.name().set(taken);
        support.run();
        form.idleMinutes().set("30");
        form.submit();
        support.run();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.EDITING);
        assertThat(form.name().shownMessageProperty().get()).contains("is not available. Reason: AlreadyExists")
                .contains("request id");
        assertThat(form.idleMinutes().get()).isEqualTo("30");
        assertThat(form.canCreateProperty().get()).isFalse();
        assertThat(support.changes).isEmpty();
    }

    @Test
    void aProvisioningFailureIsLeftToTheComputePageNotice() {
        support.emulator.emulator().injectFault(Fault.provisioningFailure("/computes/ci-doomed", 1));
        form.name().set("ci-doomed");
        support.run();
        form.submit();
        support.run();
        support.finishOperations();
        // No modal: the Compute page's late-failure notice offers "Edit and retry" (ComputePageViewModelTest).
        assertThat(support.dialogs.asked).isEmpty();
        assertThat(support.changes).extracting(ComputeEvents.Change::computeName, ComputeEvents.Change::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ci-doomed", ComputeEvents.Kind.CREATING),
                        org.assertj.core.groups.Tuple.tuple("ci-doomed", ComputeEvents.Kind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("ci-doomed", ComputeEvents.Kind.CHANGED));
        assertThat(support.changes.get(2).compute().properties().provisioningState())
                .as("read as it really is once the operation ended").isEqualTo(ProvisioningState.FAILED);
    }

    @Test
    void aSizeTheRegionRestrictsIsOfferedNeitherInTheFieldNorInTheTable() {
        assertThat(form.sizes()).extracting(s -> s.name()).contains("Standard_DS3_v2")
                .doesNotContain(DemoSeed.REGION_RESTRICTED_SIZE);
        SizeTableViewModel table = form.sizeTable();
        table.quotaOnlyProperty().set(false);

        assertThat(table.rows()).extracting(row -> row.name().text()).contains("Standard_DS3_v2")
                .doesNotContain(DemoSeed.REGION_RESTRICTED_SIZE);
        assertThat(table.countTextProperty().get()).endsWith("1 size not offered in this region left out");
    }

    @Test
    void choosingInTheTableSetsTheSizeAndItsQuotaAndCost() {
        SizeTableViewModel table = form.sizeTable();
        assertThat(table.selectedProperty().get().name().text()).isEqualTo("Standard_DS3_v2");
        table.vmTypeProperty().set("GPU");
        table.quotaOnlyProperty().set(false);

        // The demo's NCSv3 family has 6 of 12 dedicated vCPUs left: 12 do not fit.
        assertThat(table.rows()).filteredOn(row -> !row.allowed()).extracting(row -> row.name().text())
                .contains("Standard_NC12s_v3");
        table.choose(table.rows().stream().filter(row -> row.name().text().equals("Standard_NC12s_v3")).findFirst()
                .orElseThrow());

        assertThat(form.vmTypeProperty().get()).isEqualTo("GPU");
        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_NC12s_v3");
        assertThat(form.quotaAndCost().blocksProperty().get()).isTrue();
        assertThat(form.quotaAndCost().quotaTextProperty().get()).startsWith("This size needs 12 vCPUs");
    }
}
