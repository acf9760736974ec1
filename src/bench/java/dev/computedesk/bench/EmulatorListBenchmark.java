package dev.computedesk.bench;

import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.emulator.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the LARGE seed's 10,000 computes through the paged HTTP API with the JDK HttpClient, and
 * prints the median milliseconds per page and per whole list over several rounds, plus the heap
 * used after seeding. Not a test: run it with
 * {@code ./mvnw -B -o -q -Pbench test-compile exec:java -Dexec.mainClass=dev.computedesk.bench.EmulatorListBenchmark}.
 */
public final class EmulatorListBenchmark {
    private static final Pattern NEXT_LINK = Pattern.compile("\"nextLink\":\"([^\"]+)\"");
    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 10;

    private EmulatorListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long seedStart = System.nanoTime();
        EmulatorConfig config = EmulatorConfig.defaults().withSeed(Seed.LARGE).withClockMode(ClockMode.MANUAL)
                .withThrottling(false);
        try (Emulator emulator = Emulator.start(config)) {
            double startMs = (System.nanoTime() - seedStart) / 1e6;
            System.gc();
            Thread.sleep(200);
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String first = emulator.baseUrl() + DemoSeed.workspaceId(DemoSeed.LARGE_WORKSPACE).substring(1)
                    + "/computes?api-version=2026-07-01";
            List<Double> pageMs = new ArrayList<>();
            List<Double> listMs = new ArrayList<>();
            int items = 0;
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                boolean measured = round >= WARMUP_ROUNDS;
                long listStart = System.nanoTime();
                String next = first;
                int count = 0;
                while (next != null) {
                    long t = System.nanoTime();
                    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(next))
                            .header("Authorization", "Bearer " + emulator.token()).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() != 200) {
                        throw new IllegalStateException("page answered " + res.statusCode() + ": " + res.body());
                    }
                    if (measured) {
                        pageMs.add((System.nanoTime() - t) / 1e6);
                    }
                    count += countItems(res.body());
                    Matcher m = NEXT_LINK.matcher(res.body());
                    next = m.find() ? m.group(1) : null;
                }
                if (measured) {
                    listMs.add((System.nanoTime() - listStart) / 1e6);
                }
                items = count;
            }
            System.out.printf("LARGE seed: emulator start incl. seeding %.0f ms; heap after seeding %.1f MB "
                    + "(%.1f MB over the JVM baseline)%n", startMs, heapAfter / 1048576.0,
                    (heapAfter - heapBefore) / 1048576.0);
            System.out.printf("listed %d computes in %d pages per round, %d measured rounds (%d warm-up)%n", items,
                    pageMs.size() / ROUNDS, ROUNDS, WARMUP_ROUNDS);
            System.out.printf("median per page: %.2f ms (p90 %.2f ms)%n", percentile(pageMs, 50), percentile(pageMs, 90));
            System.out.printf("median whole list: %.1f ms (min %.1f, max %.1f)%n", percentile(listMs, 50),
                    Collections.min(listMs), Collections.max(listMs));
        }
    }

    private static int countItems(String body) {
        int count = 0;
        int i = 0;
        String marker = "\"type\":\"Microsoft.MachineLearningServices/workspaces/computes\"";
        while ((i = body.indexOf(marker, i)) >= 0) {
            count++;
            i += marker.length();
        }
        return count;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
