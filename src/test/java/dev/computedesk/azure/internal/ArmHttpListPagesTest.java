package dev.computedesk.azure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.UnknownComputeProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list read page by page from its bytes ({@link ArmHttp#listAll(HttpMethod, String, String, Class,
 * java.util.function.Consumer)}) gives the same records as reading each page into a tree and converting each item,
 * and fails the same way: a page that is not JSON names the request id, an item that does not fit is named, and a
 * page is handed on only once it was read whole.
 */
class ArmHttpListPagesTest {
    private static final String BASE = "https://management.azure.com";
    private static final String COMPUTES = BASE + "/subscriptions/s/resourceGroups/rg/providers/"
            + "Microsoft.MachineLearningServices/workspaces/w/computes?api-version=2026-07-01";

    /** Microsoft's Compute_list example (its nextLink before its items), pointed at a second page. */
    private static String firstPage() throws Exception {
        JsonNode example = ArmJson.mapper().readTree(Files.readAllBytes(Path.of("src/test/resources/arm/examples/"
                + "Microsoft.MachineLearningServices/Compute_list.json")));
        com.fasterxml.jackson.databind.node.ObjectNode body =
                (com.fasterxml.jackson.databind.node.ObjectNode) example.at("/responses/200/body").deepCopy();
        body.put("nextLink", COMPUTES + "&$skip=2");
        return body.toString();
    }

    /** Kinds the example lacks: an instance (dates in two shapes), a cluster whose computeType is not first, an unknown kind. */
    private static final String SECOND_PAGE = """
            {"value": [
              {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/computes/ci1",
               "name": "ci1", "type": "Microsoft.MachineLearningServices/workspaces/computes", "location": "eastus",
               "systemData": {"createdAt": "2026-07-01T08:00:00Z", "lastModifiedAt": "2026-07-01T09:30:00.5-07:00"},
               "properties": {"computeType": "ComputeInstance", "provisioningState": "Succeeded",
                 "createdOn": "2026-07-01T08:00:00.0000000+00:00", "modifiedOn": "2026-07-01T09:30:00.123+02:00",
                 "properties": {"vmSize": "Standard_DS3_v2", "state": "Running"}}},
              {"name": "cl1", "properties": {"provisioningState": "Succeeded", "computeType": "AmlCompute",
                 "createdOn": "2026-07-01T08:00:00+00:00",
                 "properties": {"vmSize": "Standard_DS2_v2", "scaleSettings": {"maxNodeCount": 4, "minNodeCount": 0}}}},
              {"name": "future1", "properties": {"computeType": "SomethingNew", "description": "a kind not known yet"}}
            ],
            "nextLink": null}
            """;

    private static ArmHttp http(CapturingHttpClient transport) {
        return new ArmHttp(new HttpPipelineBuilder().httpClient(transport).build(), BASE + "/");
    }

    @Test
    void streamedPagesGiveTheRecordsTheTreesGave() throws Exception {
        CapturingHttpClient transport = new CapturingHttpClient();
        String first = firstPage();
        transport.then(200, first).then(200, SECOND_PAGE).then(200, first).then(200, SECOND_PAGE);
        ArmHttp http = http(transport);
        List<Integer> pageSizes = new ArrayList<>();

        List<ComputeResource> streamed = http.listAll(HttpMethod.GET, COMPUTES, "value", ComputeResource.class,
                page -> pageSizes.add(page.size()));
        List<ComputeResource> fromTrees = http.listAll(HttpMethod.GET, COMPUTES, "value",
                node -> http.convert(node, ComputeResource.class));

        assertThat(pageSizes).containsExactly(2, 3);
        assertThat(streamed).hasSize(5).isEqualTo(fromTrees);
        assertThat(transport.requests.get(1).getUrl().toString()).isEqualTo(COMPUTES + "&$skip=2");
        assertThat(streamed.get(2).properties()).isInstanceOf(ComputeInstanceProperties.class);
        assertThat(streamed.get(2).properties().modifiedOn())
                .isEqualTo(OffsetDateTime.of(2026, 7, 1, 9, 30, 0, 123_000_000, ZoneOffset.ofHours(2)));
        assertThat(streamed.get(3).properties()).isInstanceOf(AmlComputeProperties.class);
        assertThat(streamed.get(4).properties()).isInstanceOf(UnknownComputeProperties.class);

        // Each compute's properties as its kind's record reads them from a tree (not through the type dispatch).
        List<JsonNode> items = new ArrayList<>();
        ArmJson.mapper().readTree(first).path("value").forEach(items::add);
        ArmJson.mapper().readTree(SECOND_PAGE).path("value").forEach(items::add);
        List<Class<?>> kinds = List.of(AksProperties.class, AksProperties.class, ComputeInstanceProperties.class,
                AmlComputeProperties.class, UnknownComputeProperties.class);
        for (int i = 0; i < items.size(); i++) {
            assertThat(streamed.get(i).properties())
                    .isEqualTo(ArmJson.mapper().treeToValue(items.get(i).get("properties"), kinds.get(i)));
        }
    }

    @Test
    void aPageThatIsNotJsonFailsWithItsRequestIdAndIsNotHandedOn() throws Exception {
        CapturingHttpClient transport = new CapturingHttpClient();
        transport.then(200, firstPage()).then(200, "{\"value\": [ {\"name\": \"x\"} ]", "x-ms-request-id", "rid-2");
        List<Integer> pageSizes = new ArrayList<>();

        assertThatThrownBy(() -> http(transport).listAll(HttpMethod.GET, COMPUTES, "value", ComputeResource.class,
                page -> pageSizes.add(page.size())))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidResponseBody");
                    assertThat(e.getMessage()).contains("is not the expected JSON");
                    assertThat(e.requestId()).isEqualTo("rid-2");
                });
        assertThat(pageSizes).containsExactly(2);
    }

    @Test
    void anItemThatDoesNotFitIsNamedAndAPageThatIsNoObjectToo() {
        CapturingHttpClient misfit = new CapturingHttpClient();
        misfit.then(200, "{\"value\": [ {\"name\": \"x\", \"tags\": [1, 2]} ]}");
        assertThatThrownBy(() -> http(misfit).listAll(COMPUTES, ComputeResource.class))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidResponseBody");
                    assertThat(e.getMessage()).contains("An item is not a valid ComputeResource");
                });

        CapturingHttpClient array = new CapturingHttpClient();
        array.then(200, "[{\"name\": \"x\"}]");
        assertThatThrownBy(() -> http(array).listAll(COMPUTES, ComputeResource.class))
                .isInstanceOfSatisfying(ArmException.class,
                        e -> assertThat(e.getMessage()).contains("A list page is not a JSON object"));
    }

    @Test
    void aRepeatedNextLinkStopsTheList() throws Exception {
        CapturingHttpClient transport = new CapturingHttpClient();
        String first = firstPage();
        transport.then(200, first).then(200, first);
        assertThatThrownBy(() -> http(transport).listAll(COMPUTES, ComputeResource.class))
                .isInstanceOfSatisfying(ArmException.class,
                        e -> assertThat(e.getMessage()).contains("nextLink repeats a page"));
    }
}
