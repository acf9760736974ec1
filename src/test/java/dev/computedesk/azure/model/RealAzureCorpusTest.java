package dev.computedesk.azure.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.domain.compute.ComputeSchedule;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.testing.RealAzureCorpus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every body recorded from real Azure (src/test/resources/real-azure) reads through the client layer's models and
 * {@link ArmJson}'s mapper, and the values real Azure writes differently from Microsoft's examples come out right.
 */
class RealAzureCorpusTest {
    private static final ObjectMapper M = ArmJson.mapper();

    /** What each body is (the model the client reads it as). */
    enum Kind { COMPUTE, COMPUTE_LIST, NODES, OPERATION_STATUS, SYNAPSE_WORKSPACE, BIG_DATA_POOL, ERROR, USAGES, VM_SIZES }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("azure-powershell/compute-list.json", Kind.COMPUTE_LIST),
            Map.entry("azure-powershell/listnodes-empty.json", Kind.NODES),
            Map.entry("azure-powershell/stop-status-inprogress.json", Kind.OPERATION_STATUS),
            Map.entry("azure-powershell/stop-status-succeeded.json", Kind.OPERATION_STATUS),
            Map.entry("azure-powershell/synapse-workspace.json", Kind.SYNAPSE_WORKSPACE),
            Map.entry("azure-powershell/synapse-bigdatapool.json", Kind.BIG_DATA_POOL),
            Map.entry("azure-powershell/synapse-bigdatapool-404.json", Kind.ERROR),
            Map.entry("azure-powershell/usages-excerpt.json", Kind.USAGES),
            Map.entry("azure-powershell/vmsizes-excerpt.json", Kind.VM_SIZES),
            Map.entry("azure-cli-extensions/ci-put-201-creating.json", Kind.COMPUTE),
            Map.entry("azure-cli-extensions/ci-put-request-schedules.json", Kind.COMPUTE),
            Map.entry("azure-cli-extensions/ci-with-schedules.json", Kind.COMPUTE),
            Map.entry("azure-cli-extensions/cluster-put-201-creating.json", Kind.COMPUTE),
            Map.entry("azure-cli-extensions/cluster-succeeded.json", Kind.COMPUTE),
            Map.entry("azure-cli-extensions/cluster-listnodes.json", Kind.NODES),
            Map.entry("azure-cli-extensions/status-inprogress.json", Kind.OPERATION_STATUS),
            Map.entry("azure-cli-extensions/status-succeeded.json", Kind.OPERATION_STATUS),
            Map.entry("azure-sdk-for-python/ci-put-201-creating.json", Kind.COMPUTE),
            Map.entry("azure-sdk-for-python/cluster-succeeded-credentials.json", Kind.COMPUTE));

    static List<String> bodies() {
        return RealAzureCorpus.bodies();
    }

    /** Every compute body of the corpus (list entries one by one), for other replay tests. */
    static List<ComputeResource> computes() {
        List<ComputeResource> all = new ArrayList<>();
        KINDS.forEach((file, kind) -> {
            if (kind == Kind.COMPUTE) {
                all.add(RealAzureCorpus.read(file, ComputeResource.class));
            } else if (kind == Kind.COMPUTE_LIST) {
                RealAzureCorpus.tree(file).path("value").forEach(v -> all.add(M.convertValue(v, ComputeResource.class)));
            }
        });
        return all;
    }

    @Test
    void everyBodyOfTheCorpusHasAKindHere() {
        assertThat(KINDS.keySet()).containsExactlyInAnyOrderElementsOf(RealAzureCorpus.bodies());
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void everyBodyReadsThroughTheModelsAndWritesBack(String file) throws Exception {
        JsonNode tree = RealAzureCorpus.tree(file);
        List<Object> read = new ArrayList<>();
        switch (KINDS.get(file)) {
            case COMPUTE -> read.add(RealAzureCorpus.read(file, ComputeResource.class));
            case COMPUTE_LIST -> tree.path("value").forEach(v -> read.add(M.convertValue(v, ComputeResource.class)));
            case NODES -> read.add(RealAzureCorpus.read(file, ComputeNodesPage.class));
            case OPERATION_STATUS -> read.add(tree.path("status").asText());
            case SYNAPSE_WORKSPACE -> read.add(RealAzureCorpus.read(file, SynapseWorkspace.class));
            case BIG_DATA_POOL -> read.add(RealAzureCorpus.read(file, BigDataPool.class));
            case ERROR -> read.add(RealAzureCorpus.read(file, ArmErrorResponse.class));
            case USAGES -> tree.path("value").forEach(v -> read.add(M.convertValue(v, Usage.class)));
            case VM_SIZES -> tree.path("value").forEach(v -> read.add(M.convertValue(v, VirtualMachineSize.class)));
        }
        assertThat(read).isNotEmpty().doesNotContainNull();
        for (Object model : read) {
            // What the client read survives being written and read again unchanged.
            assertThat(M.readValue(M.writeValueAsString(model), model.getClass())).isEqualTo(model);
        }
    }

    @Test
    void sizesComeInAnyCaseAndAreKeptAsSent() {
        ComputeResource ci = RealAzureCorpus.read("azure-cli-extensions/ci-with-schedules.json", ComputeResource.class);
        assertThat(((ComputeInstanceProperties) ci.properties()).properties().vmSize()).isEqualTo("STANDARD_DS3_V2");
    }

    @Test
    void timestampsWithSevenFractionalDigitsAndOffsetsKeepTheirInstant() {
        ComputeResource ci = RealAzureCorpus.read("azure-sdk-for-python/ci-put-201-creating.json", ComputeResource.class);
        // "2022-10-04T05:56:08.1617498\u002B00:00": the escaped '+' and the seventh digit.
        assertThat(ci.properties().createdOn().toInstant())
                .isEqualTo(OffsetDateTime.of(2022, 10, 4, 5, 56, 8, 161_749_800, ZoneOffset.UTC).toInstant());
        ComputeResource cluster = RealAzureCorpus.read("azure-sdk-for-python/cluster-succeeded-credentials.json",
                ComputeResource.class);
        assertThat(((AmlComputeProperties) cluster.properties()).properties().allocationStateTransitionTime().toInstant())
                .isEqualTo(OffsetDateTime.of(2022, 8, 30, 19, 56, 36, 947_000_000, ZoneOffset.UTC).toInstant());
    }

    @Test
    void aComputeInCreatingHasNullsWhereTheSpecHasObjects() {
        ComputeResource ci = RealAzureCorpus.read("azure-cli-extensions/ci-put-201-creating.json", ComputeResource.class);
        ComputeInstanceSettings s = ((ComputeInstanceProperties) ci.properties()).properties();
        assertThat(ci.properties().provisioningState()).isEqualTo(ProvisioningState.CREATING);
        assertThat(s.state()).isNull();
        assertThat(s.connectivityEndpoints()).isNull();
        assertThat(s.applications()).isNull();
        assertThat(s.osImageMetadata()).isNull();
        assertThat(ci.tags()).isNull();

        ComputeResource cluster = RealAzureCorpus.read("azure-cli-extensions/cluster-put-201-creating.json",
                ComputeResource.class);
        AmlComputeSettings a = ((AmlComputeProperties) cluster.properties()).properties();
        assertThat(a.currentNodeCount()).isNull();
        assertThat(a.nodeStateCounts()).isNull();
        assertThat(a.allocationState()).isNull();
        assertThat(a.scaleSettings().nodeIdleTimeBeforeScaleDown()).isNull();
    }

    @Test
    void schedulesWithWindowsZonesAndMixedCaseReadIntoTheDomain() {
        ComputeResource ci = RealAzureCorpus.read("azure-cli-extensions/ci-with-schedules.json", ComputeResource.class);
        List<ComputeSchedule> schedules = StartStopSchedules.of(((ComputeInstanceProperties) ci.properties())
                .properties().schedules());
        assertThat(schedules).containsExactly(
                ComputeSchedule.recurrence("Start", "Enabled", "Week", 1, List.of(0), List.of(15),
                        List.of("Monday", "Tuesday"), "Pacific Standard Time"),
                ComputeSchedule.cron("Stop", "Enabled", "0 18 * * *", "Pacific Standard Time"));

        // What the CLI sent: lower-case action, frequency and days.
        ComputeResource sent = RealAzureCorpus.read("azure-cli-extensions/ci-put-request-schedules.json",
                ComputeResource.class);
        assertThat(StartStopSchedules.of(((ComputeInstanceProperties) sent.properties()).properties().schedules()))
                .extracting(ComputeSchedule::action, ComputeSchedule::frequency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stop", null),
                        org.assertj.core.groups.Tuple.tuple("start", "week"));
    }

    @Test
    void nodesAndEmptyNodeLists() {
        ComputeNodesPage one = RealAzureCorpus.read("azure-cli-extensions/cluster-listnodes.json", ComputeNodesPage.class);
        assertThat(one.nodes()).singleElement().satisfies(n -> {
            assertThat(n.nodeState()).isEqualTo("idle");
            assertThat(n.port()).isEqualTo(50000);
            assertThat(n.runId()).isNull();
        });
        assertThat(RealAzureCorpus.read("azure-powershell/listnodes-empty.json", ComputeNodesPage.class).nodes()).isEmpty();
    }

    @Test
    void synapsePoolsWithoutAutoscaleOrAutopause() {
        BigDataPool pool = RealAzureCorpus.read("azure-powershell/synapse-bigdatapool.json", BigDataPool.class);
        assertThat(pool.properties().autoScale()).isNull();
        assertThat(pool.properties().autoPause()).isNull();
        assertThat(pool.properties().creationDate().getOffset()).isEqualTo(ZoneOffset.UTC);
        ArmErrorResponse notFound = RealAzureCorpus.read("azure-powershell/synapse-bigdatapool-404.json",
                ArmErrorResponse.class);
        assertThat(notFound.error().code()).isEqualTo("ResourceNotFound");
        assertThat(notFound.error().details()).isNull();
    }
}
