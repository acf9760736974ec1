package dev.computedesk.azure.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.azure.core.http.HttpMethod;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.internal.ArmHttp;
import dev.computedesk.azure.internal.PipelineFactory;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A POST without a body (start, stop, restart, listKeys) goes out with no hand-set {@code Content-Length}: the
 * JDK client frames it as {@code Content-Length: 0} itself, so azure-core's JDK client logs no "restricted header"
 * WARN, and ARM (here the emulator, and a plain socket that shows the wire) accepts it.
 */
class BodylessPostTest {
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    private Logger jdkClient;

    @BeforeEach
    void captureTheJdkClientsWarnings() {
        jdkClient = (Logger) LoggerFactory.getLogger("com.azure.core.http.jdk.httpclient");
        warnings.start();
        jdkClient.addAppender(warnings);
    }

    @AfterEach
    void release() {
        jdkClient.detachAppender(warnings);
    }

    private List<String> warningTexts() {
        List<String> out = new ArrayList<>();
        for (ILoggingEvent e : warnings.list) {
            if (e.getLevel().isGreaterOrEqual(Level.WARN)) {
                out.add(e.getFormattedMessage());
            }
        }
        return out;
    }

    @Test
    void stopAndStartWithoutABodyWorkAgainstTheEmulatorWithoutAWarning() {
        try (EmulatorFixture fx = EmulatorFixture.start()) {
            ComputeClient computes = fx.connection().computes();
            ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null,
                    ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate(
                            "Standard_DS3_v2", null, null, null, null, null, null, null, null)));
            ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), "ci-bodyless", body);
            fx.emulator().advanceClock(Duration.ofHours(1));
            create.waitForCompletion();
            warnings.list.clear();

            ArmOperation<ComputeResource> stop = computes.stop(fx.demoWorkspace(), "ci-bodyless");
            fx.emulator().advanceClock(Duration.ofHours(1));
            assertThat(((ComputeInstanceProperties) stop.waitForCompletion().properties()).properties().state())
                    .isEqualTo(ComputeInstanceState.STOPPED);
            ArmOperation<ComputeResource> start = computes.start(fx.demoWorkspace(), "ci-bodyless");
            fx.emulator().advanceClock(Duration.ofHours(1));
            assertThat(((ComputeInstanceProperties) start.waitForCompletion().properties()).properties().state())
                    .isEqualTo(ComputeInstanceState.RUNNING);
        }
        assertThat(warningTexts()).isEmpty();
    }

    @Test
    void onTheWireABodylessPostCarriesContentLengthZeroAndNoBody() throws Exception {
        List<Map.Entry<String, List<String>>> seen = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> answerTwo(server, seen));
            answering.start();
            String base = "http://127.0.0.1:" + server.getLocalPort() + "/";
            var pipeline = new PipelineFactory(EmulatorFixture.testOptions()).staticBearer("not-a-secret");
            var http = new ArmHttp(pipeline, base);
            assertThat(http.send(HttpMethod.POST, http.url("/subscriptions/s/x/stop", "2026-07-01"), null)
                    .getStatusCode()).isEqualTo(202);
            assertThat(warningTexts()).isEmpty();
            assertThat(http.send(HttpMethod.PUT, http.url("/subscriptions/s/x", "2026-07-01"), Map.of("a", "b"))
                    .getStatusCode()).isEqualTo(202);
            answering.join(10_000);
        }
        assertThat(seen).hasSize(2);
        List<String> post = seen.get(0).getValue();
        assertThat(seen.get(0).getKey()).startsWith("POST /subscriptions/s/x/stop?api-version=2026-07-01 ");
        assertThat(post).contains("content-length: 0").noneMatch(h -> h.startsWith("transfer-encoding"));
        // A body keeps its fixed length (not chunked): azure-core's JDK client frames it from Content-Length.
        List<String> put = seen.get(1).getValue();
        assertThat(put).contains("content-length: " + "{\"a\":\"b\"}".length())
                .noneMatch(h -> h.startsWith("transfer-encoding"));
    }

    /** Reads two requests (head, then the body its Content-Length announces) and answers each 202, closing. */
    private static void answerTwo(ServerSocket server, List<Map.Entry<String, List<String>>> seen) {
        for (int i = 0; i < 2; i++) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(10_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                String requestLine = in.readLine();
                List<String> headers = new ArrayList<>();
                int length = 0;
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    String h = line.toLowerCase(Locale.ROOT);
                    headers.add(h);
                    if (h.startsWith("content-length:")) {
                        length = Integer.parseInt(h.substring("content-length:".length()).trim());
                    }
                }
                for (int read = 0; read < length; read++) {
                    in.read();
                }
                seen.add(Map.entry(requestLine, headers));
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                return;
            }
        }
    }
}
