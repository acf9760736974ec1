package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeNodesPage;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.testing.RealAzureCorpus;
import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every compute recorded from real Azure, rendered by the Compute page's rows and details in fixed zones: nothing
 * reads "null", no time is shown raw, and times are the user's.
 */
class RealAzureRenderingTest {
    private static final ObjectMapper M = ArmJson.mapper();
    private static final TimeFormat SEOUL = new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US);
    private static final TimeFormat LOS_ANGELES = new TimeFormat(ZoneId.of("America/Los_Angeles"), Locale.US);
    private static final Instant NOW = Instant.parse("2024-07-24T09:00:00Z");
    private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Principal ME = new Principal("33333333-3333-3333-3333-333333333333", "t", "Dana Demo");

    static List<ComputeResource> computes() {
        List<ComputeResource> all = new ArrayList<>();
        for (String file : RealAzureCorpus.bodies()) {
            var tree = RealAzureCorpus.tree(file);
            if (tree.has("value") && tree.path("value").path(0).path("properties").has("computeType")) {
                tree.path("value").forEach(v -> all.add(M.convertValue(v, ComputeResource.class)));
            } else if (tree.has("id") && tree.path("properties").has("computeType")) {
                all.add(M.convertValue(tree, ComputeResource.class));
            }
        }
        return all;
    }

    static Stream<Arguments> computesInZones() {
        return computes().stream().flatMap(c -> Stream.of(Arguments.of(c.name(), c, SEOUL), Arguments.of(c.name(), c, LOS_ANGELES)));
    }

    @Test
    void theCorpusHasInstancesAndClustersInEveryStateRecorded() {
        assertThat(computes()).extracting(ComputeColumn::stateText)
                .contains("Running", "Creating", "Succeeded");
        assertThat(computes()).hasSizeGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("computesInZones")
    void everyTextOfTheRowAndTheDetailsIsClean(String name, ComputeResource compute, TimeFormat time) {
        List<String> shown = new ArrayList<>();
        for (ComputeColumn column : ComputeColumn.values()) {
            shown.add(column.name() + ": " + column.text(compute, ME, time));
        }
        shown.add(ComputeColumn.stateText(compute));
        shown.add(ComputeColumn.stateStyle(compute));
        shown.add(new ComputeRow(compute).searchText());
        shown.add(ComputeDetailsFormatter.errors(compute));
        new ComputeDetailsFormatter(time).attributes(compute, ME, NOW)
                .forEach(a -> shown.add(a.label() + ": " + a.value()));
        ComputeDetailsFormatter.nodeStatesOf(compute).forEach(n -> shown.add(n.state() + " " + n.count()));
        assertThat(shown).allSatisfy(text -> {
            assertThat(NULL_WORD.matcher(text).find()).as("shows the word null: %s", text).isFalse();
            assertThat(RAW_TIME.matcher(text).find()).as("shows a raw time: %s", text).isFalse();
        });
    }

    @Test
    void createdOnAndLastOperationAreInTheUsersZone() {
        ComputeResource ci = byName("recordedci1");
        // createdOn 2024-07-24T08:42:28.3934092+00:00; lastOperation 2024-07-24T08:42:35.907+00:00
        // The table's column shows the day; the details pane the time as well.
        assertThat(ComputeColumn.CREATED_ON.text(ci, ME, SEOUL)).isEqualTo("Jul 24, 2024");
        assertThat(attribute(ci, "Created on", SEOUL)).isEqualTo("Jul 24, 2024, 5:42 PM");
        assertThat(attribute(ci, "Created on", LOS_ANGELES)).isEqualTo("Jul 24, 2024, 1:42 AM");
        assertThat(attribute(ci, "Last operation", LOS_ANGELES))
                .isEqualTo("Create \u00b7 Succeeded \u00b7 by User \u00b7 Jul 24, 2024, 1:42 AM");
        assertThat(attribute(ci, "OS image", SEOUL)).isEqualTo("24.06.10 (latest)");
    }

    @Test
    void allocationStateSinceIsInTheUsersZone() {
        ComputeResource cluster = byName("batch-cluster");
        // allocationStateTransitionTime 2024-07-24T08:34:30.334+00:00
        assertThat(attribute(cluster, "Allocation state", SEOUL)).isEqualTo("Steady since Jul 24, 2024, 5:34 PM");
    }

    @Test
    void aClusterBeingCreatedShowsWhatIsKnownAndLeavesTheRestOut() {
        ComputeResource creating = computes().stream()
                .filter(c -> c.name().equals("testcomp007cc2") && "Creating".equals(ComputeColumn.stateText(c)))
                .findFirst().orElseThrow();
        assertThat(ComputeColumn.ALLOCATION.text(creating, ME, SEOUL)).isEqualTo(TimeFormat.ABSENT);
        assertThat(ComputeColumn.NODES.text(creating, ME, SEOUL)).isEqualTo("0/0 (1\u20132)");
        assertThat(labels(creating, SEOUL)).doesNotContain("Allocation state");
        assertThat(new ComputeRow(creating).isTransitional()).isTrue();
    }

    @Test
    void anInstanceBeingCreatedWithNullStateIsTransitionalAndAllowsNothingYet() {
        ComputeResource creating = computes().stream()
                .filter(c -> c.name().equals("testcomp007ci4") && "Creating".equals(ComputeColumn.stateText(c)))
                .findFirst().orElseThrow();
        ComputeRow row = new ComputeRow(creating);
        assertThat(row.isTransitional()).isTrue();
        assertThat(row.allowedActions()).isEmpty();
        assertThat(labels(creating, SEOUL)).doesNotContain("OS image", "Last operation", "Public IP address");
    }

    @Test
    void schedulesWithWindowsZonesReadAsWords() {
        ComputeResource ci = computes().stream()
                .filter(c -> c.name().equals("testcomp007ci4") && "Running".equals(ComputeColumn.stateText(c)))
                .findFirst().orElseThrow();
        // NOW is Wed 2024-07-24 02:00 in Los Angeles: the next Monday 00:15 PDT is Jul 29 07:15 UTC, 16:15 in Seoul;
        // the next 18:00 PDT is the same day, 01:00 UTC Jul 25, 10:00 in Seoul.
        assertThat(attribute(ci, "Schedules", SEOUL)).isEqualTo(
                "Start at 12:15 AM, Mon, Tue, Pacific Standard Time \u00b7 next Jul 29, 2024, 4:15 PM\n"
                + "Stop at 6:00 PM, every day, Pacific Standard Time \u00b7 next Jul 25, 2024, 10:00 AM");
        assertThat(attribute(ci, "Idle shutdown", SEOUL)).isEqualTo("After 15 minutes of inactivity");
    }

    @Test
    void theDetailsViewModelShowsARecordedClusterAndItsRecordedNodes() {
        ComputeResource cluster = computes().stream()
                .filter(c -> c.name().equals("testcomp007cc2") && "Succeeded".equals(ComputeColumn.stateText(c)))
                .findFirst().orElseThrow();
        List<AmlComputeNode> recordedNodes = RealAzureCorpus.read("azure-cli-extensions/cluster-listnodes.json",
                ComputeNodesPage.class).nodes();
        ComputeClient client = (ComputeClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ComputeClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("listNodes")) {
                        return recordedNodes;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ComputeDetailsViewModel details = new ComputeDetailsViewModel(
                TrackingTaskExecutor.synchronous(new OperationLog()), text -> { }, new RecordingNavigator(), url -> { });
        details.open(new ComputeRow(cluster), client, new WorkspaceRef("s", "rg", "ws", "eastus"), ME);

        assertThat(details.nodes()).containsExactlyElementsOf(recordedNodes);
        assertThat(details.nodesErrorProperty().get()).isNull();
        assertThat(details.attributes()).allSatisfy(a -> assertThat(NULL_WORD.matcher(a.value()).find()).isFalse());
        assertThat(details.nodeStates()).contains(new ComputeDetailsFormatter.NodeStateCount("idle", 1));
    }

    @Test
    void nullsWhereTheRecordingsHaveValuesAreLeftOutToo() {
        // The recorded instance with the values ARM also sends as null elsewhere nulled: the OS image version
        // (the "null (latest)"), the last operation's name and time, a tag's value, an application's name.
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) RealAzureCorpus.tree("azure-powershell/compute-list.json")
                .path("value").path(1).deepCopy();
        var settings = (com.fasterxml.jackson.databind.node.ObjectNode) tree.path("properties").path("properties");
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("osImageMetadata")).putNull("currentImageVersion");
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("osImageMetadata")).put("isLatestOsImageVersion", false);
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("osImageMetadata")).putNull("latestImageVersion");
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("lastOperation")).putNull("operationName");
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("lastOperation")).putNull("operationTime");
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.path("applications").path(0)).putNull("displayName");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("tags")).putNull("owner");
        ComputeResource ci = M.convertValue(tree, ComputeResource.class);

        assertThat(attribute(ci, "OS image", SEOUL)).isEqualTo("(outdated)");
        assertThat(attribute(ci, "Last operation", SEOUL)).isEqualTo("Succeeded \u00b7 by User");
        assertThat(attribute(ci, "Tags", SEOUL)).isEqualTo("owner");
        // The table names them as Studio does, the nameless one left out, VS Code (Desktop) added.
        assertThat(ComputeColumn.APPLICATIONS.text(ci, ME, SEOUL)).isEqualTo("JupyterLab, VS Code (Desktop)");
        assertThat(new ComputeDetailsFormatter(SEOUL).attributes(ci, ME, NOW))
                .allSatisfy(a -> assertThat(NULL_WORD.matcher(a.value()).find()).as(a.label()).isFalse());
    }

    private static ComputeResource byName(String name) {
        return computes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String attribute(ComputeResource c, String label, TimeFormat time) {
        return new ComputeDetailsFormatter(time).attributes(c, ME, NOW).stream().filter(a -> a.label().equals(label))
                .map(ComputeDetailsFormatter.Attribute::value).findFirst().orElse(null);
    }

    private static List<String> labels(ComputeResource c, TimeFormat time) {
        return new ComputeDetailsFormatter(time).attributes(c, ME, NOW).stream()
                .map(ComputeDetailsFormatter.Attribute::label).toList();
    }

}
