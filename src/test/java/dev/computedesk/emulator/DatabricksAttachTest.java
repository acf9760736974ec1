package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attaching a Databricks workspace of another subscription than the ML workspace's: the caller needs Contributor
 * (or Owner) on it, as Microsoft's attach page says; without it the emulator answers 403 and attaches nothing.
 */
class DatabricksAttachTest extends EmulatorTestSupport {
    private static final String WS2 = DemoSeed.WORKSPACE_2;
    private static final String OTHER_SUBSCRIPTION = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";
    private static final String FOREIGN = "/subscriptions/" + OTHER_SUBSCRIPTION
            + "/resourceGroups/rg-analytics/providers/Microsoft.Databricks/workspaces/dbx-analytics";

    @TempDir
    Path dir;

    @Override
    EmulatorConfig config() {
        return super.config().withStateFile(dir.resolve("state.json"));
    }

    private static ObjectNode databricks(String resourceId) {
        ObjectNode body = ComputeApiTest.attachBody("Databricks", resourceId);
        ((ObjectNode) body.get("properties")).putObject("properties").put("databricksAccessToken", "dapi-test-token");
        return body;
    }

    @Test
    void aWorkspaceOfAnotherSubscriptionIsRefusedWithoutContributorOnIt() {
        var refused = arm.put(ml(compute(WS2, "dbx-foreign")), databricks(FOREIGN));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("AuthorizationFailed");
        assertThat(refused.message()).contains(FOREIGN).contains("'resourceId'")
                .contains("another subscription").contains("Contributor");
        assertThat(refused.header("x-ms-request-id")).isPresent();
        assertThat(arm.get(ml(compute(WS2, "dbx-foreign"))).status()).isEqualTo(404);
    }

    @Test
    void aWorkspaceOfTheSameSubscriptionNeedsNoRoleOnIt() {
        String same = DemoSeed.resourceGroupId() + "/providers/Microsoft.Databricks/workspaces/"
                + DemoSeed.DATABRICKS_WORKSPACE;
        assertThat(arm.put(ml(compute(WS2, "dbx-same")), databricks(same)).status()).isEqualTo(201);
    }

    @Test
    void aContributorOfTheOtherSubscriptionMayAttachIt() throws IOException {
        emulator.close();
        Path file = dir.resolve("state.json");
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        String scope = "/subscriptions/" + OTHER_SUBSCRIPTION;
        String id = scope + "/providers/Microsoft.Authorization/roleAssignments/7e1c2d3b-0a9f-4e8d-b7c6-a5f4e3d2c1b0";
        ObjectNode assignment = Json.obj();
        assignment.put("id", id);
        assignment.put("name", "7e1c2d3b-0a9f-4e8d-b7c6-a5f4e3d2c1b0");
        assignment.put("type", "Microsoft.Authorization/roleAssignments");
        ObjectNode p = assignment.putObject("properties");
        p.put("roleDefinitionId", scope + "/providers/Microsoft.Authorization/roleDefinitions/"
                + DemoSeed.CONTRIBUTOR_ROLE_ID);
        p.put("principalId", DemoSeed.USER_OID);
        p.put("principalType", "User");
        p.put("scope", scope);
        ((ObjectNode) root.path("store").path("resources")).set(Store.key(id), assignment);
        Json.MAPPER.writeValue(file.toFile(), root);
        emulator = Emulator.start(config());
        arm = new ArmTestClient(emulator);

        var accepted = arm.put(ml(compute(WS2, "dbx-foreign")), databricks(FOREIGN));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.body().path("properties").path("resourceId").asText()).isEqualTo(FOREIGN);
    }
}
