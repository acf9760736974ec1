package dev.computedesk.azure.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeInstanceProperties;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client against a loopback stub that answers with the bytes recorded from real Azure: Stop, Create and
 * Delete answered with only {@code Azure-AsyncOperation} (no {@code Location}, no {@code Retry-After}; Stop and
 * Delete with an empty body), then the recorded status bodies, then the recorded compute.
 */
class RecordedOperationReplayTest {
    private static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
    private static final String STATUS_PATH = "/subscriptions/" + SUBSCRIPTION
            + "/providers/Microsoft.MachineLearningServices/locations/eastus/computeOperationsStatus/";

    /** One recorded answer: status, body (a corpus file, or null for none) and the operation its status URL names. */
    private record Answer(int status, String bodyFile, String operationId) {
    }

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> script = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void on(String method, String path, Answer... answers) {
        script.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    private static String computePath(String workspace, String resourceGroup, String name) {
        return "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.MachineLearningServices/workspaces/" + workspace + "/computes/" + name;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        requests.add(key);
        Deque<Answer> answers = script.get(key);
        if (answers == null || answers.isEmpty()) {
            send(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Not recorded: " + key + "\"}}");
            return;
        }
        // The last answer repeats (a status URL keeps answering its final status).
        Answer a = answers.size() > 1 ? answers.poll() : answers.peek();
        if (a.operationId() != null) {
            // As recorded: the status URL's query carries api-version and service=new; no Location, no Retry-After.
            exchange.getResponseHeaders().add("Azure-AsyncOperation",
                    base() + STATUS_PATH + a.operationId() + "?api-version=2024-04-01&service=new");
        }
        if (a.bodyFile() == null) {
            exchange.sendResponseHeaders(a.status(), -1);
            exchange.close();
        } else {
            send(exchange, a.status(), body(a.bodyFile()));
        }
    }

    /** A corpus file's text; {@code file#n} is the n-th entry of the file's {@code value} list. */
    private static String body(String file) {
        int hash = file.indexOf('#');
        if (hash < 0) {
            return RealAzureCorpus.text(file);
        }
        return RealAzureCorpus.tree(file.substring(0, hash)).path("value")
                .path(Integer.parseInt(file.substring(hash + 1))).toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private AzureConnection connection() {
        String payload = "{\"oid\":\"33333333-3333-3333-3333-333333333333\",\"tid\":\"t\",\"name\":\"Replay\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
        return new ConnectionFactory(EmulatorFixture.testOptions()).emulator(URI.create(base() + "/"), token);
    }

    @Test
    void theRecordedStopIsFollowedThroughAzureAsyncOperationToSucceeded() {
        String compute = computePath("mlworkspace-test2", "ml-test", "recordedci1");
        JsonNode manifest = RealAzureCorpus.tree("azure-powershell/stop-202.manifest.json");
        assertThat(manifest.path("status").asInt()).isEqualTo(202);
        on("POST", compute + "/stop", new Answer(202, null, "aae1cbb6-1288-4ff6-b131-e2c023feb89e"));
        manifest.path("then").forEach(step -> on("GET", STATUS_PATH + "aae1cbb6-1288-4ff6-b131-e2c023feb89e",
                new Answer(step.path("status").asInt(), "azure-powershell/" + step.path("body").asText(), null)));
        // The compute's recorded GET body is the second entry of the recorded list (the same bytes).
        on("GET", compute, new Answer(200, "azure-powershell/compute-list.json#1", null));
        List<OperationStatus> seen = new CopyOnWriteArrayList<>();

        ArmOperation<ComputeResource> stop = connection().computes().stop(
                new WorkspaceRef(SUBSCRIPTION, "ml-test", "mlworkspace-test2", "eastus"), "recordedci1");
        stop.addListener(seen::add);
        ComputeResource after = stop.waitForCompletion();

        assertThat(after.name()).isEqualTo("recordedci1");
        assertThat(stop.status().state()).isEqualTo(OperationStatus.State.SUCCEEDED);
        assertThat(seen).extracting(OperationStatus::state).contains(OperationStatus.State.SUCCEEDED);
        String status = "GET " + STATUS_PATH + "aae1cbb6-1288-4ff6-b131-e2c023feb89e";
        assertThat(requests).as("one stop, every recorded status, then the compute read again")
                .startsWith("POST " + compute + "/stop")
                .containsSubsequence(status, status, status, "GET " + compute);
        assertThat(requests).filteredOn(status::equals).hasSize(3);
        assertThat(requests).filteredOn(r -> r.startsWith("POST")).hasSize(1);
    }

    @Test
    void theRecordedCreateEndsWithTheRecordedComputeAndItsSchedules() throws Exception {
        String compute = computePath("recordedws", "000000000000000", "testcomp007ci4");
        String operation = "48da561d-faa9-4d5f-92e7-6512b393b6d7";
        on("PUT", compute, new Answer(201, "azure-cli-extensions/ci-put-201-creating.json", operation));
        on("GET", STATUS_PATH + operation,
                new Answer(200, "azure-cli-extensions/status-inprogress.json", null),
                new Answer(200, "azure-cli-extensions/status-inprogress.json", null),
                new Answer(200, "azure-cli-extensions/status-succeeded.json", null));
        on("GET", compute, new Answer(200, "azure-cli-extensions/ci-with-schedules.json", null));
        ComputeResource body = ArmJson.mapper().readValue(RealAzureCorpus.text(
                "azure-cli-extensions/ci-put-request-schedules.json"), ComputeResource.class);

        ArmOperation<ComputeResource> create = connection().computes().createOrUpdate(
                new WorkspaceRef(SUBSCRIPTION, "000000000000000", "recordedws", "eastus"), "testcomp007ci4", body);
        ComputeResource created = create.waitForCompletion();

        assertThat(create.status().state()).isEqualTo(OperationStatus.State.SUCCEEDED);
        assertThat(((ComputeInstanceProperties) created.properties()).properties().schedules()
                .path("computeStartStop")).hasSize(2);
        assertThat(requests).filteredOn(r -> r.startsWith("PUT")).hasSize(1);
        assertThat(requests).filteredOn(("GET " + STATUS_PATH + operation)::equals).hasSize(3);
    }

    @Test
    void theRecordedDeleteWithNoBodyAndNoRequestIdEnds() {
        String compute = computePath("recordedws", "000000000000000", "testcomp007ci4");
        String operation = "ac47543b-a5f4-498f-af47-058b4c7ce852";
        on("DELETE", compute, new Answer(202, null, operation));
        on("GET", STATUS_PATH + operation,
                new Answer(200, "azure-cli-extensions/status-inprogress.json", null),
                new Answer(200, "azure-cli-extensions/status-succeeded.json", null));

        ArmOperation<Void> delete = connection().computes().delete(
                new WorkspaceRef(SUBSCRIPTION, "000000000000000", "recordedws", "eastus"), "testcomp007ci4",
                UnderlyingResourceAction.DELETE);
        delete.waitForCompletion();

        assertThat(delete.status().state()).isEqualTo(OperationStatus.State.SUCCEEDED);
        assertThat(requests).filteredOn(r -> r.startsWith("DELETE")).hasSize(1);
        assertThat(requests).filteredOn(("GET " + STATUS_PATH + operation)::equals).hasSize(2);
    }
}
