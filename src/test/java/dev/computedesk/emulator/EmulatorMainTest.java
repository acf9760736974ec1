package dev.computedesk.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The {@code --emulator-only} mode of docs/ui-contract.md. */
class EmulatorMainTest {
    @Test
    void unknownOptionsAnswerUsageAndExitCode2() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EmulatorMain.run(new String[]{"--emulator-only", "--frobnicate"}, new PrintStream(out, true,
                StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(1);
        assertThat(text).contains("--frobnicate").contains("usage:");
        assertThat(EmulatorMain.run(new String[]{"--emulator-seed", "huge"}, new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(EmulatorMain.run(new String[]{"--port"}, new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8))).isEqualTo(2);
    }

    @Test
    void parsesEveryOption() {
        EmulatorConfig c = EmulatorMain.parse(new String[]{"--emulator-only", "--port", "0", "--emulator-state",
                "x.json", "--emulator-seed", "large", "--emulator-clock", "manual"});
        assertThat(c.seed()).isEqualTo(Seed.LARGE);
        assertThat(c.clockMode()).isEqualTo(ClockMode.MANUAL);
        assertThat(c.stateFile().toString()).isEqualTo("x.json");
        assertThat(c.throttling()).isTrue();
        assertThat(EmulatorMain.parse(new String[]{"--emulator-only"}).stateFile())
                .isEqualTo(EmulatorMain.defaultStateFile());
        assertThat(EmulatorMain.defaultStateFile().getFileName().toString()).isEqualTo("emulator-state.json");
    }

    @Test
    void printsTheUrlAndTokenAndServesUntilStopped() throws Exception {
        PipedLines out = new PipedLines();
        AtomicInteger exit = new AtomicInteger(-1);
        String state = java.nio.file.Files.createTempDirectory("emulator-main").resolve("state.json").toString();
        Thread runner = new Thread(() -> exit.set(EmulatorMain.run(new String[]{"--emulator-only", "--port", "0",
                "--emulator-clock", "manual", "--emulator-state", state, "--settings-dir", "ignored"}, out.stream)));
        runner.start();
        String line = out.firstLine();
        assertThat(line).matches("EMULATOR http://127\\.0\\.0\\.1:\\d+ \\S+\\.\\S+\\.");
        String[] parts = line.split(" ");
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(parts[1] + "/subscriptions?api-version=2022-12-01"))
                .header("Authorization", "Bearer " + parts[2]).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains(DemoSeed.SUBSCRIPTION_ID);
        var clock = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(parts[1] + "/_emulator/clock"))
                .header("Authorization", "Bearer " + parts[2])
                .POST(HttpRequest.BodyPublishers.ofString("{\"advanceSeconds\":5}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(clock.statusCode()).isEqualTo(200);
        runner.interrupt();
        runner.join(10_000);
        assertThat(runner.isAlive()).isFalse();
        assertThat(exit.get()).isEqualTo(0);
        assertThat(java.nio.file.Path.of(state)).exists();
    }

    /** Collects what run() prints and hands back its first line once written. */
    private static final class PipedLines {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String x) {
                super.println(x);
                synchronized (PipedLines.this) {
                    PipedLines.this.notifyAll();
                }
            }
        };

        synchronized String firstLine() throws InterruptedException {
            long deadline = System.currentTimeMillis() + 20_000;
            while (!bytes.toString(StandardCharsets.UTF_8).contains("\n") && System.currentTimeMillis() < deadline) {
                wait(200);
            }
            return bytes.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        }
    }
}
