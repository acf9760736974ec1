package dev.computedesk.bench;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.http.CallScope;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.emulator.Seed;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the LARGE seed's 10,000 computes (100 pages of 100 through {@code nextLink}) and prints, per page and per
 * whole list: the first, COLD round (a just-started emulator, as the app meets it) with a plain JDK HttpClient; the
 * median of warm rounds with that client; then the app's own client ({@code ArmComputeClient.list} through the
 * connection's azure-core pipeline, under a call scope as the app's tasks run it), cold and warm. The client's CPU is
 * the listing thread's; the rest of the process's CPU in a round is the emulator's (and the JVM's: GC, JIT). Not a
 * test: run it with
 * {@code ./mvnw -B -o -q -Pbench test-compile exec:java -Dexec.mainClass=dev.computedesk.bench.EmulatorListBenchmark}
 * (add {@code -Dexec.args=app-first} to give the app's client the cold emulator instead of the JDK client).
 */
public final class EmulatorListBenchmark {
    private static final Pattern NEXT_LINK = Pattern.compile("\"nextLink\":\"([^\"]+)\"");
    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EmulatorListBenchmark() {
    }

    /** One listing: each page's milliseconds, the whole list's, and CPU (ms) of the listing thread and the process. */
    private record Round(List<Double> pageMs, double listMs, double clientCpuMs, double processCpuMs, int items) {
        double restMedian() {
            return percentile(pageMs.subList(1, pageMs.size()), 50);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean appFirst = args.length > 0 && args[0].equals("app-first");
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
            System.out.printf(Locale.ROOT, "LARGE seed: emulator start incl. seeding %.0f ms; heap after seeding %.1f MB "
                    + "(%.1f MB over the JVM baseline); load average %.2f%n", startMs, heapAfter / 1048576.0,
                    (heapAfter - heapBefore) / 1048576.0,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String first = emulator.baseUrl() + DemoSeed.workspaceId(DemoSeed.LARGE_WORKSPACE).substring(1)
                    + "/computes?api-version=2026-07-01";
            AzureConnection connection = new ConnectionFactory(ConnectionOptions.defaults())
                    .emulator(emulator.baseUrl(), emulator.token());
            WorkspaceRef workspace = WorkspaceRef.fromId(DemoSeed.workspaceId(DemoSeed.LARGE_WORKSPACE), "eastus");

            if (appFirst) {
                print("app client, COLD emulator and client", appRound(connection, workspace));
                print("JDK client, cold client", jdkRound(http, first, emulator.token()));
            } else {
                print("JDK client, COLD emulator", jdkRound(http, first, emulator.token()));
                print("app client, cold client", appRound(connection, workspace));
            }
            List<Round> jdk = new ArrayList<>();
            List<Round> app = new ArrayList<>();
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                Round j = jdkRound(http, first, emulator.token());
                Round a = appRound(connection, workspace);
                if (round >= WARMUP_ROUNDS) {
                    jdk.add(j);
                    app.add(a);
                }
            }
            printWarm("JDK client, warm", jdk);
            printWarm("app client, warm", app);
            connection.close();
        }
    }

    private static Round jdkRound(HttpClient http, String first, String token) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long process0 = processCpu();
        long listStart = System.nanoTime();
        List<Double> pageMs = new ArrayList<>();
        String next = first;
        int count = 0;
        while (next != null) {
            long t = System.nanoTime();
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(next))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) {
                throw new IllegalStateException("page answered " + res.statusCode() + ": " + res.body());
            }
            pageMs.add((System.nanoTime() - t) / 1e6);
            count += countItems(res.body());
            Matcher m = NEXT_LINK.matcher(res.body());
            next = m.find() ? m.group(1) : null;
        }
        return new Round(pageMs, (System.nanoTime() - listStart) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6, (processCpu() - process0) / 1e6, count);
    }

    private static Round appRound(AzureConnection connection, WorkspaceRef workspace) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long process0 = processCpu();
        List<Double> pageMs = new ArrayList<>();
        List<CallRecord> calls = new ArrayList<>();
        long listStart = System.nanoTime();
        long[] last = {listStart};
        int count;
        try (CallScope scope = CallScope.open(calls::add)) {
            count = connection.computes().list(workspace, page -> {
                long now = System.nanoTime();
                pageMs.add((now - last[0]) / 1e6);
                last[0] = now;
            }).size();
        }
        return new Round(pageMs, (System.nanoTime() - listStart) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6, (processCpu() - process0) / 1e6, count);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void print(String label, Round r) {
        System.out.printf(Locale.ROOT, "%s: %d computes in %d pages, whole list %.0f ms; first page %.1f ms, "
                        + "pages 2-11 %s ms, later pages median %.1f ms; CPU: client thread %.0f ms, rest of the "
                        + "process (emulator, GC, JIT) %.0f ms%n", label, r.items(), r.pageMs().size(), r.listMs(),
                r.pageMs().get(0), pages(r.pageMs().subList(1, Math.min(11, r.pageMs().size()))), r.restMedian(),
                r.clientCpuMs(), r.processCpuMs() - r.clientCpuMs());
    }

    private static void printWarm(String label, List<Round> rounds) {
        List<Double> pages = new ArrayList<>();
        List<Double> lists = new ArrayList<>();
        List<Double> client = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        for (Round r : rounds) {
            pages.addAll(r.pageMs());
            lists.add(r.listMs());
            client.add(r.clientCpuMs());
            rest.add(r.processCpuMs() - r.clientCpuMs());
        }
        System.out.printf(Locale.ROOT, "%s (%d rounds after %d warm-up): median per page %.2f ms (p90 %.2f); median "
                        + "whole list %.0f ms (min %.0f, max %.0f); median CPU per list: client thread %.0f ms, "
                        + "rest %.0f ms%n", label, rounds.size(), WARMUP_ROUNDS, percentile(pages, 50),
                percentile(pages, 90), percentile(lists, 50), Collections.min(lists), Collections.max(lists),
                percentile(client, 50), percentile(rest, 50));
    }

    private static String pages(List<Double> ms) {
        StringBuilder sb = new StringBuilder();
        for (double m : ms) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", m));
        }
        return sb.toString();
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
