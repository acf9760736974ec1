package dev.computedesk.azure.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ConnectionFactory;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.RealAzureCorpus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client against a loopback stub that answers with the bytes recorded from real Azure: Stop answered
 * {@code 202} with an empty body and only {@code Azure-AsyncOperation} (no {@code Location}, no
 * {@code Retry-After}), then the recorded status bodies, then the recorded compute.
 */
class RecordedOperationReplayTest {
    private static final WorkspaceRef WORKSPACE = new WorkspaceRef("00000000-0000-0000-0000-000000000000", "ml-test",
            "mlworkspace-test2", "eastus");
    private static final String COMPUTE_PATH = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-test"
            + "/providers/Microsoft.MachineLearningServices/workspaces/mlworkspace-test2/computes/recordedci1";
    private static final String STATUS_PATH = "/subscriptions/00000000-0000-0000-0000-000000000000/providers"
            + "/Microsoft.MachineLearningServices/locations/eastus/computeOperationsStatus/aae1cbb6-1288-4ff6-b131-e2c023feb89e";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Deque<String> statusBodies = new ArrayDeque<>();

    @BeforeEach
    void start() throws IOException {
        JsonNode manifest = RealAzureCorpus.tree("azure-powershell/stop-202.manifest.json");
        manifest.path("then").forEach(step -> statusBodies.add(RealAzureCorpus.text("azure-powershell/"
                + step.path("body").asText())));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        requests.add(method + " " + path);
        JsonNode manifest = RealAzureCorpus.tree("azure-powershell/stop-202.manifest.json");
        if (method.equals("POST") && path.equals(COMPUTE_PATH + "/stop")) {
            // The recorded headers, the status URL pointed at this stub (its query kept as recorded).
            String recorded = manifest.path("headers").path("Azure-AsyncOperation").asText();
            String query = recorded.substring(recorded.indexOf('?'));
            exchange.getResponseHeaders().add("Azure-AsyncOperation", base() + STATUS_PATH + query);
            exchange.getResponseHeaders().add("x-ms-request-id", manifest.path("headers").path("x-ms-request-id").asText());
            exchange.sendResponseHeaders(202, -1);
        } else if (method.equals("GET") && path.equals(STATUS_PATH)) {
            String body = statusBodies.size() > 1 ? statusBodies.poll() : statusBodies.peek();
            send(exchange, 200, body);
        } else if (method.equals("GET") && path.equals(COMPUTE_PATH)) {
            send(exchange, 200, RealAzureCorpus.tree("azure-powershell/compute-list.json").path("value").path(1).toString());
        } else {
            send(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Not recorded: " + method + " " + path + "\"}}");
        }
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String token() {
        String payload = "{\"oid\":\"33333333-3333-3333-3333-333333333333\",\"tid\":\"t\",\"name\":\"Replay\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    @Test
    void theRecordedStopIsFollowedThroughAzureAsyncOperationToSucceeded() {
        AzureConnection connection = new ConnectionFactory(EmulatorFixture.testOptions())
                .emulator(URI.create(base() + "/"), token());
        List<OperationStatus> seen = new CopyOnWriteArrayList<>();

        ArmOperation<ComputeResource> stop = connection.computes().stop(WORKSPACE, "recordedci1");
        stop.addListener(seen::add);
        ComputeResource after = stop.waitForCompletion();

        assertThat(after.name()).isEqualTo("recordedci1");
        assertThat(stop.status().state()).isEqualTo(OperationStatus.State.SUCCEEDED);
        assertThat(seen).extracting(OperationStatus::state).contains(OperationStatus.State.SUCCEEDED);
        assertThat(requests).as("one stop, every recorded status, then the compute read again")
                .startsWith("POST " + COMPUTE_PATH + "/stop")
                .containsSubsequence("GET " + STATUS_PATH, "GET " + STATUS_PATH, "GET " + STATUS_PATH, "GET " + COMPUTE_PATH)
                .filteredOn(r -> r.equals("GET " + STATUS_PATH)).hasSize(3);
        assertThat(requests).filteredOn(r -> r.startsWith("POST")).hasSize(1);
    }
}
