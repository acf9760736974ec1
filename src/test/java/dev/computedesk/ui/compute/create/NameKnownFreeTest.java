package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.ui.common.ActivityEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, cell 1: a create never updates an existing compute. The name check's answer must say the name is free
 * (a 404); any other answer keeps Create disabled with the reason and Check again; and the submit asks once more
 * right before its PUT. Every case ends by reading the existing cluster: its scale settings are untouched.
 */
@Timeout(60)
class NameKnownFreeTest {
    private static final String EXISTING = DemoSeed.CLUSTER_WITH_NODES;
    private static final String CHECK_PATH = "/computes/" + EXISTING + "$";

    private final FormTestSupport support = new FormTestSupport();
    private final ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(support.services());
    private int existingMax;

    @BeforeEach
    void load() {
        support.executor.runAll();
        existingMax = maxNodes(EXISTING);
        form.next();
        form.maxNodes().set(Integer.toString(existingMax == 1 ? 2 : 1));
    }

    @AfterEach
    void close() {
        support.close();
    }

    static Stream<Arguments> unclearAnswers() {
        return Stream.of(
                Arguments.of("401", Fault.status("GET", CHECK_PATH, 1, 401, 0),
                        new String[] {"AuthenticationFailed", "401"}),
                Arguments.of("403", Fault.status("GET", CHECK_PATH, 1, 403, 0),
                        new String[] {"AuthorizationFailed", "403"}),
                Arguments.of("malformed JSON", Fault.malformedBody("GET", CHECK_PATH, 1),
                        new String[] {"InvalidResponseBody"}),
                // 1 + the connection's 4 retries, each after the emulator's Retry-After of 1 s.
                Arguments.of("503 past the retries", Fault.status("GET", CHECK_PATH, 5, 503, 1),
                        new String[] {"ServiceUnavailable"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unclearAnswers")
    void anUnclearAnswerKeepsCreateDisabledUntilACheckAgainFindsTheNameTaken(String cell, Fault fault, String[] code) {
        support.emulator.emulator().injectFault(fault);

        form.name().set(EXISTING);
        support.run();

        assertThat(form.name().validProperty().get()).isFalse();
        assertThat(form.name().shownMessageProperty().get())
                .startsWith("Couldn't check whether the name is free: ")
                .containsAnyOf(code);
        assertThat(form.canCreateProperty().get()).as("Create stays disabled while the name is not known free").isFalse();
        assertThat(form.canCheckNameAgainProperty().get()).isTrue();
        form.submit();
        support.run();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.EDITING);

        support.emulator.emulator().clearFaults();
        form.checkNameAgain();
        assertThat(form.namePendingProperty().get()).isTrue();
        support.run();

        assertThat(form.name().shownMessageProperty().get())
                .isEqualTo("A compute named '" + EXISTING + "' already exists in this workspace");
        assertThat(form.canCheckNameAgainProperty().get()).isFalse();
        assertThat(form.canCreateProperty().get()).isFalse();
        assertNoPutSent();
        assertThat(maxNodes(EXISTING)).as("the existing cluster's scale settings").isEqualTo(existingMax);
    }

    @Test
    void editingTheNameChecksAgainToo() {
        support.emulator.emulator().injectFault(Fault.status("GET", "/computes/cluster-x1$", 1, 403, 0));
        form.name().set("cluster-x1");
        support.run();
        assertThat(form.canCreateProperty().get()).isFalse();

        form.name().set("cluster-x2");
        support.run();

        assertThat(form.name().shownMessageProperty().get()).isEmpty();
        assertThat(form.canCheckNameAgainProperty().get()).isFalse();
        assertThat(form.canCreateProperty().get()).isTrue();
    }

    @Test
    void theSubmitReadsTheNameAgainAndNeverUpdatesAComputeCreatedSinceTheCheck() {
        form.name().set("cluster-race");
        support.run();
        assertThat(form.canCreateProperty().get()).isTrue();
        // Someone else creates a cluster of that name after the form's check.
        support.emulator.connection().computes().createOrUpdate(support.emulator.demoWorkspace(), "cluster-race",
                ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(null, null,
                        AmlComputeSettings.forCreate("Standard_DS3_v2", "Dedicated", "Linux",
                                new ScaleSettings(3, 0, "PT120S"), null, null, null, null))));

        form.submit();
        support.run();

        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.EDITING);
        assertThat(form.stepProperty().get()).as("the form shows the name's step").isEqualTo(1);
        assertThat(form.name().shownMessageProperty().get())
                .isEqualTo("A compute named 'cluster-race' already exists in this workspace");
        assertThat(form.canCreateProperty().get()).isFalse();
        assertThat(form.errorProperty().get()).isNull();
        assertThat(form.name().get()).isEqualTo("cluster-race");
        assertThat(support.changes).as("nothing told the Compute page a create was accepted").isEmpty();
        assertNoPutSent();
        assertThat(maxNodes("cluster-race")).isEqualTo(3);
    }

    @Test
    void aSubmitWhoseOwnCheckIsUnclearSendsNothingAndOffersCheckAgain() {
        form.name().set("cluster-late");
        support.run();
        assertThat(form.canCreateProperty().get()).isTrue();
        support.emulator.emulator().injectFault(Fault.status("GET", "/computes/cluster-late$", 1, 401, 0));

        form.submit();
        support.run();

        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.EDITING);
        assertThat(form.name().shownMessageProperty().get()).startsWith("Couldn't check whether the name is free: ");
        assertThat(form.canCheckNameAgainProperty().get()).isTrue();
        assertThat(form.canCreateProperty().get()).isFalse();
        assertNoPutSent();
        assertThat(support.emulator.connection().computes().find(support.emulator.demoWorkspace(), "cluster-late"))
                .isEmpty();

        form.checkNameAgain();
        support.run();
        assertThat(form.canCreateProperty().get()).as("a 404 on the check again makes the name free").isTrue();
        form.submit();
        support.run();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.CLOSED);
        assertThat(support.emulator.connection().computes().find(support.emulator.demoWorkspace(), "cluster-late"))
                .isPresent();
    }

    private void assertNoPutSent() {
        assertThat(support.operations.finished().stream().flatMap(entry -> entry.calls().stream())
                .filter(call -> call.method().equals("PUT")).toList()).isEmpty();
        assertThat(support.operations.finished().stream().map(ActivityEntry::title))
                .noneMatch(title -> title.startsWith("Creating"));
    }

    private int maxNodes(String name) {
        ComputeResource cluster = support.emulator.connection().computes().get(support.emulator.demoWorkspace(), name);
        AmlComputeSettings settings = ((AmlComputeProperties) cluster.properties()).properties();
        return settings.scaleSettings().maxNodeCount();
    }
}
