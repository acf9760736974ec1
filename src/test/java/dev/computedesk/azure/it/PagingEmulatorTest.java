package dev.computedesk.azure.it;

import dev.computedesk.testing.EmulatorFixture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** nextLink paging over many pages (the emulator's large seed, 100 items a page). */
class PagingEmulatorTest {
    private static EmulatorFixture fx;
    private static WorkspaceRef scale;

    @BeforeAll
    static void start() {
        fx = EmulatorFixture.startLarge();
        scale = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.LARGE_WORKSPACE,
                DemoSeed.LOCATION);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void listsEveryComputeAcrossAHundredPages() {
        EmulatorFixture.Recorded<List<ComputeResource>> r =
                EmulatorFixture.recorded(() -> fx.connection().computes().list(scale));
        assertThat(r.value()).hasSizeGreaterThanOrEqualTo(DemoSeed.LARGE_COMPUTE_COUNT);
        assertThat(r.value().stream().map(ComputeResource::name).collect(Collectors.toSet()))
                .hasSize(r.value().size());
        assertThat(r.calls()).hasSizeGreaterThanOrEqualTo(DemoSeed.LARGE_COMPUTE_COUNT / 100);
        assertThat(r.calls()).allSatisfy(c -> assertThat(c.status()).isEqualTo(200));
    }

    @Test
    void handsOverEachPageAsItArrives() {
        List<Integer> pageSizes = new java.util.ArrayList<>();
        List<ComputeResource> all = fx.connection().computes().list(scale, page -> pageSizes.add(page.size()));
        assertThat(pageSizes).hasSizeGreaterThanOrEqualTo(DemoSeed.LARGE_COMPUTE_COUNT / 100);
        assertThat(pageSizes.get(0)).isEqualTo(100);
        assertThat(pageSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(all.size());
    }

    @Test
    void listsEveryNodeAcrossTenPages() {
        EmulatorFixture.Recorded<List<AmlComputeNode>> r =
                EmulatorFixture.recorded(() -> fx.connection().computes().listNodes(scale, DemoSeed.LARGE_CLUSTER));
        assertThat(r.value()).hasSize(DemoSeed.LARGE_NODE_COUNT);
        assertThat(r.value().stream().map(AmlComputeNode::nodeId).collect(Collectors.toSet()))
                .hasSize(DemoSeed.LARGE_NODE_COUNT);
        assertThat(r.calls()).hasSize(10);
        assertThat(r.calls().get(0).method()).isEqualTo("POST");
        assertThat(r.calls().subList(1, 10)).extracting(CallRecord::method).containsOnly("GET");
    }
}
