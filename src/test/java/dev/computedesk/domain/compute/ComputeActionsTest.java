package dev.computedesk.domain.compute;

import static dev.computedesk.domain.compute.ComputeAction.DELETE;
import static dev.computedesk.domain.compute.ComputeAction.DETACH;
import static dev.computedesk.domain.compute.ComputeAction.RESTART;
import static dev.computedesk.domain.compute.ComputeAction.SCALE;
import static dev.computedesk.domain.compute.ComputeAction.START;
import static dev.computedesk.domain.compute.ComputeAction.STOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.computedesk.azure.model.ComputeTerms;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/decisions.md "State and allowed actions", cell by cell. */
class ComputeActionsTest {

    private static final List<String> PROVISIONING_STATES =
            List.of("Unknown", "Updating", "Creating", "Deleting", "Succeeded", "Failed", "Canceled");

    private static final List<ComputeKind> ATTACHED_TYPES = List.of(ComputeKind.KUBERNETES, ComputeKind.VIRTUAL_MACHINE,
            ComputeKind.HDINSIGHT, ComputeKind.DATABRICKS, ComputeKind.DATA_LAKE_ANALYTICS, ComputeKind.SYNAPSE_SPARK,
            ComputeKind.DATA_FACTORY);

    /** The state Azure's text stands for, read as the app reads it (azure/model/ComputeTerms, ignoring case). */
    private static ProvisioningState ps(String wire) {
        return ComputeTerms.provisioningState(wire);
    }

    private static ComputeInstanceState is(String wire) {
        return ComputeTerms.instanceState(wire);
    }

    private static Set<ComputeAction> set(ComputeAction... actions) {
        EnumSet<ComputeAction> set = EnumSet.noneOf(ComputeAction.class);
        set.addAll(List.of(actions));
        return set;
    }

    /** Every compute-instance state (2026-07-01 adds Resizing) with its allowed actions. */
    @ParameterizedTest(name = "ComputeInstance {0}")
    @CsvSource({
        "Creating,        ''",
        "CreateFailed,    DELETE",
        "Deleting,        ''",
        "Running,         STOP RESTART DELETE",
        "Restarting,      DELETE",
        "Resizing,        DELETE",
        "JobRunning,      STOP RESTART DELETE",
        "SettingUp,       DELETE",
        "SetupFailed,     DELETE",
        "Starting,        ''",
        "Stopped,         START DELETE",
        "Stopping,        ''",
        "UserSettingUp,   DELETE",
        "UserSetupFailed, DELETE",
        "Unknown,         DELETE",
        "Unusable,        DELETE",
    })
    void computeInstance(String state, String expected) {
        Set<ComputeAction> want = EnumSet.noneOf(ComputeAction.class);
        for (String name : expected.split(" ")) {
            if (!name.isBlank()) {
                want.add(ComputeAction.valueOf(name));
            }
        }
        assertThat(ComputeActions.allowed(ComputeKind.COMPUTE_INSTANCE, ps("Succeeded"), is(state), false)).isEqualTo(want);
        // States compare ignoring case.
        assertThat(ComputeActions.allowed(ComputeKind.COMPUTE_INSTANCE, ps("succeeded"), is(state.toLowerCase()), false))
                .isEqualTo(want);
    }

    @Test
    void computeInstanceWithoutStateYetFollowsProvisioning() {
        assertThat(ComputeActions.allowed(ComputeKind.COMPUTE_INSTANCE, ps("Creating"), null, false)).isEmpty();
        assertThat(ComputeActions.allowed(ComputeKind.COMPUTE_INSTANCE, ps("Deleting"), null, false)).isEmpty();
        assertThat(ComputeActions.allowed(ComputeKind.COMPUTE_INSTANCE, ps("Failed"), null, false)).isEqualTo(set(DELETE));
    }

    @Test
    void amlCompute() {
        for (String state : PROVISIONING_STATES) {
            Set<ComputeAction> want = state.equals("Succeeded") ? set(DELETE, SCALE)
                    : state.equals("Failed") ? set(DELETE) : set();
            assertThat(ComputeActions.allowed(ComputeKind.AML_COMPUTE, ps(state), null, false)).as(state).isEqualTo(want);
        }
    }

    @Test
    void aksCreatedByTheWorkspace() {
        for (String state : PROVISIONING_STATES) {
            Set<ComputeAction> want = state.equals("Succeeded") || state.equals("Failed") ? set(DELETE, DETACH) : set();
            assertThat(ComputeActions.allowed(ComputeKind.AKS, ps(state), null, false)).as(state).isEqualTo(want);
        }
    }

    @Test
    void aksAttachedKubernetesAndEveryAttachedType() {
        for (String state : PROVISIONING_STATES) {
            Set<ComputeAction> want = state.equals("Succeeded") || state.equals("Failed") ? set(DETACH) : set();
            assertThat(ComputeActions.allowed(ComputeKind.AKS, ps(state), null, true)).as("AKS " + state).isEqualTo(want);
            for (ComputeKind kind : ATTACHED_TYPES) {
                assertThat(ComputeActions.allowed(kind, ps(state), null, true)).as(kind + " " + state).isEqualTo(want);
                assertThat(ComputeActions.allowed(kind, ps(state), null, false)).as(kind + " " + state).isEqualTo(want);
            }
        }
    }

    @Test
    void supportedActionsAreTheTablesNonDashCells() {
        assertThat(ComputeActions.supported(ComputeKind.COMPUTE_INSTANCE, false)).isEqualTo(set(START, STOP, RESTART, DELETE));
        assertThat(ComputeActions.supported(ComputeKind.AML_COMPUTE, false)).isEqualTo(set(DELETE, SCALE));
        assertThat(ComputeActions.supported(ComputeKind.AKS, false)).isEqualTo(set(DELETE, DETACH));
        assertThat(ComputeActions.supported(ComputeKind.AKS, true)).isEqualTo(set(DETACH));
        for (ComputeKind kind : ATTACHED_TYPES) {
            assertThat(ComputeActions.supported(kind, true)).isEqualTo(set(DETACH));
        }
    }

    @Test
    void multiSelectEnablesWhatEveryRowAllows() {
        ComputeStatus running = new ComputeStatus(ComputeKind.COMPUTE_INSTANCE, ps("Succeeded"), is("Running"), false);
        ComputeStatus jobRunning = new ComputeStatus(ComputeKind.COMPUTE_INSTANCE, ps("Succeeded"), is("JobRunning"), false);
        ComputeStatus stopped = new ComputeStatus(ComputeKind.COMPUTE_INSTANCE, ps("Succeeded"), is("Stopped"), false);
        ComputeStatus cluster = new ComputeStatus(ComputeKind.AML_COMPUTE, ps("Succeeded"), null, false);
        assertThat(ComputeActions.allowedForAll(List.of(running, jobRunning))).isEqualTo(set(STOP, RESTART, DELETE));
        assertThat(ComputeActions.allowedForAll(List.of(running, stopped))).isEqualTo(set(DELETE));
        assertThat(ComputeActions.allowedForAll(List.of(stopped, cluster))).isEqualTo(set(DELETE));
        assertThat(ComputeActions.allowedForAll(List.of(new ComputeStatus(ComputeKind.AKS, ps("Creating"), null, false), running)))
                .isEmpty();
        assertThat(ComputeActions.allowedForAll(List.of())).isEmpty();
        assertThat(stopped.allowedActions()).isEqualTo(set(START, DELETE));
    }

    @Test
    void transitionalStates() {
        for (String state : List.of("Creating", "Deleting", "Starting", "Stopping", "Restarting", "Resizing",
                "SettingUp", "UserSettingUp", "Updating")) {
            assertThat(isTransitional(state)).as(state).isTrue();
        }
        for (String state : List.of("Running", "Stopped", "Succeeded", "Failed", "JobRunning", "Unknown", "Steady")) {
            assertThat(isTransitional(state)).as(state).isFalse();
        }
        assertThat(isTransitional(null)).isFalse();
        assertThat(new ComputeState(ps("Succeeded"), null, ComputeTerms.resizing("Resizing")).isTransitional()).isTrue();
        assertThat(new ComputeState(ps("Succeeded"), null, ComputeTerms.resizing("Steady")).isTransitional()).isFalse();
        assertThat(new ComputeState(ps("Succeeded"), is("Starting"), false).isTransitional()).isTrue();
    }

    /** A state word is transitional when it is as either a provisioning or an instance state. */
    private static boolean isTransitional(String state) {
        ProvisioningState provisioning = ps(state);
        ComputeInstanceState instance = is(state);
        return provisioning != null && provisioning.isTransitional() || instance != null && instance.isTransitional();
    }

    @Test
    void kindsFromArm() {
        assertThat(ComputeKind.values()).hasSize(10);
        for (ComputeKind kind : ComputeKind.values()) {
            assertThat(ComputeKind.fromArm(kind.armValue())).isEqualTo(kind);
        }
        assertThat(ComputeKind.fromArm("amlcompute")).isEqualTo(ComputeKind.AML_COMPUTE);
        assertThat(ComputeKind.find("BatchAI")).isEmpty();
        assertThatThrownBy(() -> ComputeKind.fromArm("BatchAI")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ComputeKind.AKS.tab()).isEqualTo(ComputeTab.INFERENCE_CLUSTERS);
        assertThat(ComputeKind.SYNAPSE_SPARK.tab()).isEqualTo(ComputeTab.ATTACHED);
    }

    @Test
    void reasonsForDisabledActions() {
        ComputeStatus running = new ComputeStatus(ComputeKind.COMPUTE_INSTANCE, ps("Succeeded"), is("Running"), false);
        ComputeStatus starting = new ComputeStatus(ComputeKind.COMPUTE_INSTANCE, ps("Succeeded"), is("Starting"), false);
        ComputeStatus clusterCreating = new ComputeStatus(ComputeKind.AML_COMPUTE, ps("Creating"), null, false);
        ComputeStatus attachedAks = new ComputeStatus(ComputeKind.AKS, ps("Succeeded"), null, true);
        assertThat(ComputeActions.unavailableReason(running, STOP)).isEmpty();
        assertThat(ComputeActions.unavailableReason(running, START))
                .contains("Start is available when the state is Stopped; it is Running now");
        assertThat(ComputeActions.unavailableReason(new ComputeStatus(ComputeKind.COMPUTE_INSTANCE, ps("Succeeded"), is("Stopped"),
                false), RESTART)).contains("Restart is available when the state is Running or JobRunning; it is Stopped now");
        assertThat(ComputeActions.unavailableReason(starting, DELETE)).contains("Delete is not available while the state is Starting");
        assertThat(ComputeActions.unavailableReason(running, DETACH)).contains("Detach is not available for compute instances");
        assertThat(ComputeActions.unavailableReason(clusterCreating, START)).contains("Start is not available for compute clusters");
        assertThat(ComputeActions.unavailableReason(clusterCreating, SCALE))
                .contains("Scale is available when the state is Succeeded; it is Creating now");
        assertThat(ComputeActions.unavailableReason(clusterCreating, DELETE))
                .contains("Delete is available when the state is Succeeded or Failed; it is Creating now");
        assertThat(ComputeActions.unavailableReason(attachedAks, DELETE))
                .contains("Delete is not available for attached inference clusters");
        assertThat(ComputeActions.unavailableReason(new ComputeStatus(ComputeKind.SYNAPSE_SPARK, null, null, true), DETACH))
                .contains("Detach is available when the state is Succeeded or Failed; it is unknown now");
    }

    @Test
    void kindNames() {
        assertThat(ComputeKind.AML_COMPUTE.displayName()).isEqualTo("Compute cluster");
        assertThat(ComputeKind.SYNAPSE_SPARK.pluralNoun()).isEqualTo("Synapse Spark pools");
    }

    @Test
    void onlyStartDoesNotAskFirst() {
        assertThat(START.asksFirst()).isFalse();
        assertThat(STOP.asksFirst()).isTrue();
        assertThat(RESTART.asksFirst()).isTrue();
        assertThat(DELETE.asksFirst()).isTrue();
        assertThat(DETACH.asksFirst()).isTrue();
    }
}
