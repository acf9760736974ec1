package dev.computedesk.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator as a local server facing hostile or broken clients (issue: "the emulator as a local server"):
 * raw sockets send exactly the bytes a test needs, and each answer is read as a client would.
 */
class ServerHardeningTest {
    private static final String SUBSCRIPTIONS = "/subscriptions?api-version=2022-12-01";
    private static final int MIB = 1024 * 1024;

    private final List<Socket> sockets = new ArrayList<>();
    private Emulator emulator;

    private Emulator start(Duration requestTimeout) throws IOException {
        emulator = Emulator.start(EmulatorConfig.defaults().withClockMode(ClockMode.MANUAL).withThrottling(false)
                .withRequestTimeout(requestTimeout));
        return emulator;
    }

    @AfterEach
    void stop() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed by the server
            }
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** A raw connection whose reads give up after 10 s, so a server that hangs fails the test instead of blocking it. */
    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", emulator.port());
        s.setSoTimeout(10_000);
        sockets.add(s);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
    }

    record Answer(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return ArmTestClient.MAPPER.readTree(body);
        }
    }

    /** Reads one HTTP/1.1 answer with a Content-Length body. */
    private static Answer read(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection after: " + b);
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static void assertEnvelope(Answer a, int status, String code) throws IOException {
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.headers().get("content-type")).startsWith("application/json");
        assertThat(a.headers()).containsKey("x-ms-request-id");
        assertThat(a.json().path("error").path("code").asText()).isEqualTo(code);
        assertThat(a.json().path("error").path("message").asText()).isNotBlank();
        assertThat(a.body()).doesNotContain("<h1>").doesNotContain("Exception");
    }

    @Test
    void anUnauthenticatedUploadIsRefusedBeforeItsBodyIsSentAndTheConnectionCloses() throws Exception {
        start(Duration.ofSeconds(30));
        Socket s = connect();
        // 8 MiB announced, 64 KiB sent, the rest held back: a server that read the body first would still be
        // waiting for it (and at best time out after 30 s with 408), never answer 401.
        send(s, "PUT /subscriptions/x/resourceGroups/rg?api-version=2022-12-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (8 * MIB) + "\r\n\r\n");
        s.getOutputStream().write(new byte[64 * 1024]);
        s.getOutputStream().flush();

        Answer answer = read(s);
        assertEnvelope(answer, 401, "AuthenticationFailed");
        assertThat(answer.headers().get("connection")).isEqualTo("close");
        // The server stops talking: what follows is the end of the stream (or a reset once it stops draining).
        try {
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        } catch (IOException reset) {
            assertThat(reset).hasMessageContaining("reset");
        }
    }

    @Test
    void aBodyOverFourMibWithTheTokenIsRefusedWith413WithoutWaitingForIt() throws Exception {
        start(Duration.ofSeconds(30));
        Socket s = connect();
        send(s, "PUT /subscriptions/x/resourceGroups/rg?api-version=2022-12-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + emulator.token() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (4 * MIB + 1) + "\r\n\r\n{");
        assertEnvelope(read(s), 413, "RequestEntityTooLarge");
    }

    @Test
    void aChunkedBodyOverFourMibIsRefusedWith413OnceItPassesTheLimit() throws Exception {
        start(Duration.ofSeconds(30));
        Socket s = connect();
        send(s, "PUT /subscriptions/x/resourceGroups/rg?api-version=2022-12-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + emulator.token() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n");
        Thread writer = new Thread(() -> {
            try {
                OutputStream out = s.getOutputStream();
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 5 * 16; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException expected) {
                // the server answered and closed before the last chunk
            }
        }, "chunked-writer");
        writer.setDaemon(true);
        writer.start();
        assertEnvelope(read(s), 413, "RequestEntityTooLarge");
    }

    @Test
    void twelveConnectionsStalledMidHeaderDoNotBlockAThirteenthRequest() throws Exception {
        // A long request timeout: only enough workers, not the timeout, can serve the 13th request.
        start(Duration.ofMinutes(5));
        for (int i = 0; i < 12; i++) {
            send(connect(), "GET " + SUBSCRIPTIONS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthoriz");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + SUBSCRIPTIONS.substring(1)))
                .header("Authorization", "Bearer " + emulator.token()).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(DemoSeed.SUBSCRIPTION_ID);
    }

    @Test
    void aMalformedUrlABadRequestLineAndAnUnknownMethodAreAnsweredWithTheArmEnvelope() throws Exception {
        start(Duration.ofSeconds(30));
        Socket bad = connect();
        send(bad, "GET /subscriptions/%ZZ?api-version=2022-12-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + emulator.token() + "\r\n\r\n");
        Answer malformed = read(bad);
        assertEnvelope(malformed, 400, "InvalidRequestUri");

        Socket garbage = connect();
        send(garbage, "this is not http\r\n\r\n");
        assertEnvelope(read(garbage), 400, "BadRequest");

        Socket brew = connect();
        send(brew, "BREW " + SUBSCRIPTIONS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + emulator.token() + "\r\n\r\n");
        Answer unknown = read(brew);
        assertThat(unknown.status()).isIn(404, 405);
        assertThat(unknown.json().path("error").path("code").asText()).isNotBlank();
        assertThat(unknown.headers().get("content-type")).startsWith("application/json");
    }

    @Test
    void aStalledBodyOrHeaderTimesOutWithTheConfiguredTimeout() throws Exception {
        start(Duration.ofMillis(300));
        Socket body = connect();
        send(body, "PUT /subscriptions/x/resourceGroups/rg?api-version=2022-12-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + emulator.token() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"location\":");
        assertEnvelope(read(body), 408, "RequestTimeout");
        assertThat(body.getInputStream().read()).isEqualTo(-1);

        Socket header = connect();
        send(header, "GET " + SUBSCRIPTIONS + " HTTP/1.1\r\nHost: 12");
        assertEnvelope(read(header), 408, "RequestTimeout");

        // The server goes on serving.
        Socket fine = connect();
        send(fine, "GET " + SUBSCRIPTIONS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + emulator.token() + "\r\n\r\n");
        assertThat(read(fine).status()).isEqualTo(200);
    }

    @Test
    void keptAliveConnectionsCarrySeveralRequestsAndExpectContinueIsHonoured() throws Exception {
        start(Duration.ofSeconds(30));
        Socket s = connect();
        for (int i = 0; i < 3; i++) {
            send(s, "GET " + SUBSCRIPTIONS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + emulator.token() + "\r\n\r\n");
            Answer a = read(s);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.headers().get("connection")).isEqualTo("keep-alive");
        }
        String body = "{\"method\":\"GET\",\"pathRegex\":\"nothing-matches-this\"}";
        send(s, "POST /_emulator/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + emulator.token()
                + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                + body.length() + "\r\n\r\n");
        assertThat(line(s.getInputStream())).isEqualTo("HTTP/1.1 100 Continue");
        assertThat(line(s.getInputStream())).isEmpty();
        send(s, body);
        assertThat(read(s).status()).isEqualTo(204);
    }
}
