package dev.computedesk.bench;

import dev.computedesk.azure.internal.ApiVersions;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.emulator.Seed;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.compute.ComputePage;
import dev.computedesk.ui.common.Page;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Compute page against the emulator's LARGE seed (10,000 computes): time from selecting the workspace to the
 * first rows on screen and to the full list, the longest FX-thread stall meanwhile (gaps between pulses, seen by
 * an AnimationTimer), per-keystroke filter time (median, p95), frame times while scrolling, and the heap after
 * the load, the time of a sort, and the process's peak RSS. Throttling is off, so the figures are the app's and not
 * ARM's bucket. By default the emulator runs in another process ({@code --emulator-only}), so heap and RSS are the
 * page's; {@code -Dbench.emulator=embedded} runs it in this JVM, as the app's embedded emulator does. Run under Xvfb
 * (or headless with {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}):
 * {@code ./mvnw -B -q -Pbench test-compile exec:java -Dexec.mainClass=dev.computedesk.bench.ComputePageBenchmark}.
 */
public final class ComputePageBenchmark {
    private static final long NS = 1_000_000L;

    private ComputePageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean embedded = "embedded".equals(System.getProperty("bench.emulator", "external"));
        AutoCloseable emulator;
        AzureConnection connection;
        if (embedded) {
            Emulator inProcess = Emulator.start(EmulatorConfig.defaults().withSeed(Seed.LARGE)
                    .withClockMode(ClockMode.MANUAL).withThrottling(false));
            emulator = inProcess;
            connection = new ConnectionFactory().emulator(inProcess.baseUrl(), inProcess.token());
        } else {
            ExternalEmulator external = ExternalEmulator.start();
            if (Boolean.getBoolean("bench.warmEmulator")) {
                // Real ARM is a warm service: one unmeasured list by a plain HTTP client compiles the emulator's list
                // path, so the figures that follow are the app's own and not the stand-in's first-request JIT.
                external.listOnce(DemoSeed.workspaceId(DemoSeed.LARGE_WORKSPACE));
            }
            emulator = external;
            connection = new ConnectionFactory().externalEmulator(URI.create(external.url()), external.token());
        }
        WorkspaceRef large = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
                DemoSeed.LARGE_WORKSPACE, DemoSeed.LOCATION);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        OperationLog operations = new OperationLog();
        TrackingTaskExecutor executor = TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(),
                Platform::runLater);
        WorkspaceContext workspace = new WorkspaceContext();
        Stage[] stage = new Stage[1];
        Scene[] scene = new Scene[1];
        onFx(() -> {
            workspace.connect(connection);
            stage[0] = new Stage();
            UiContext context = new UiContext(executor, operations, new NoDialogs(), text -> { }, workspace,
                    new NoNavigation(), new ComputeEvents(), url -> { }, Path.of("target", "bench-settings"),
                    () -> stage[0], List.of(), () -> { });
            scene[0] = new Scene((Parent) ComputePage.create(context), 1200, 780);
            for (String css : new String[] {"app.css", "theme-light.css", "compute.css"}) {
                scene[0].getStylesheets().add(ComputePageBenchmark.class.getResource("/css/" + css).toExternalForm());
            }
            stage[0].setScene(scene[0]);
            stage[0].show();
            return null;
        });
        long heapBefore = usedHeapAfterGc();
        String loadBefore = loadAverage();

        // Frame gaps: an AnimationTimer sees every pulse; a long gap is a stalled FX thread.
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        long[] firstRows = {0};
        long[] fullList = {0};
        long[] start = {0};
        TableView<?> instances = onFx(() -> (TableView<?>) scene[0].lookup("#instancesTable"));
        // Looked up once: a lookup per pulse walks the scene graph and would add to the stalls measured. Only the
        // selected tab's table is built; the list is whole once the page stops loading.
        javafx.scene.Node loading = onFx(() -> scene[0].lookup("#loadingIndicator"));
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(System.nanoTime());
                if (firstRows[0] == 0 && !instances.getItems().isEmpty()) {
                    firstRows[0] = System.nanoTime();
                }
                if (fullList[0] == 0 && !instances.getItems().isEmpty() && !loading.isVisible()) {
                    fullList[0] = System.nanoTime();
                }
            }
        };
        onFx(() -> {
            timer.start();
            start[0] = System.nanoTime();
            workspace.selectWorkspace(large);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (fullList[0] == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500);
        onFx(() -> {
            timer.stop();
            return null;
        });
        long stall = longestGap(frames, start[0]);
        long stallAt = longestGapEnd(frames, start[0]) - start[0];
        long heapAfter = usedHeapAfterGc();
        int instanceRows = onFx(() -> instances.getItems().size());
        String loadAfterList = loadAverage();

        // Filter per keystroke: set the field's text as typing does, then lay the table out as the pulse would.
        List<Long> keystrokes = new ArrayList<>();
        // The filter of the tab on screen: every tab has a #filterField, and a hidden tab's would not lay out rows.
        TextField filter = onFx(() -> (TextField) ((javafx.scene.control.TabPane) scene[0].lookup("#computeTabs"))
                .getSelectionModel().getSelectedItem().getContent().lookup("#filterField"));
        for (int round = 0; round < 3; round++) {
            for (String typed : new String[] {"p", "pe", "per", "perf", "perf0", "perf01", "perf012", "perf0123",
                    "perf01", "perf", "", "ci", "c", ""}) {
                keystrokes.add(onFx(() -> {
                    long t = System.nanoTime();
                    filter.setText(typed);
                    scene[0].getRoot().applyCss();
                    scene[0].getRoot().layout();
                    return System.nanoTime() - t;
                }));
            }
        }

        // Sorting: each sortable column of the instances tab, ascending then descending, one pulse apart.
        List<Long> sorts = new ArrayList<>();
        for (int column = 0; column < 4; column++) {
            for (TableColumn.SortType order : TableColumn.SortType.values()) {
                int index = column;
                sorts.add(onFx(() -> {
                    long t = System.nanoTime();
                    TableColumn<?, ?> sorted = instances.getColumns().get(index);
                    sorted.setSortType(order);
                    sortBy(instances, sorted);
                    scene[0].getRoot().applyCss();
                    scene[0].getRoot().layout();
                    return System.nanoTime() - t;
                }));
            }
        }
        onFx(() -> {
            instances.getSortOrder().clear();
            return null;
        });

        // Scrolling: the clusters tab (6,667 rows) scrolled 25 rows per frame (a fast fling) for 240 frames.
        onFx(() -> {
            ((javafx.scene.control.TabPane) scene[0].lookup("#computeTabs")).getSelectionModel().select(1);
            return null;
        });
        TableView<?> clusters = onFx(() -> (TableView<?>) scene[0].lookup("#clustersTable"));
        String fling = scroll(scene[0], clusters, 25);
        String wheel = scroll(scene[0], clusters, 3);

        System.out.printf(Locale.ROOT, "Compute page, LARGE seed (%,d computes; throttling off; emulator %s; "
                + "JVM options %s)%n", DemoSeed.LARGE_COMPUTE_COUNT,
                embedded ? "in this JVM" : "in another process (--emulator-only)",
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("  load average: before " + loadBefore + "; after the list " + loadAfterList);
        System.out.printf(Locale.ROOT, "  first rows on screen:   %,d ms%n", (firstRows[0] - start[0]) / NS);
        System.out.printf(Locale.ROOT, "  full list loaded:       %,d ms (%,d instances in their table, %,d clusters "
                + "in theirs once shown)%n", (fullList[0] - start[0]) / NS, instanceRows, clusters.getItems().size());
        System.out.printf(Locale.ROOT, "  longest FX stall:       %,d ms (largest gap between pulses during the load; "
                + "it ended %,d ms after the workspace was selected)%n", stall / NS, stallAt / NS);
        System.out.printf(Locale.ROOT, "  filter per keystroke:   median %.1f ms, p95 %.1f ms, longest %.1f ms "
                + "(%d keystrokes; each is FX-thread time, so the longest is the stall while filtering)%n",
                percentile(keystrokes, 50) / 1e6, percentile(keystrokes, 95) / 1e6, percentile(keystrokes, 100) / 1e6,
                keystrokes.size());
        System.out.printf(Locale.ROOT, "  sort (click to laid out): median %.1f ms, max %.1f ms (%d sorts)%n",
                percentile(sorts, 50) / 1e6, percentile(sorts, 100) / 1e6, sorts.size());
        System.out.println("  scrolling, 3 rows/frame:  " + wheel);
        System.out.println("  scrolling, 25 rows/frame: " + fling);
        System.out.printf(Locale.ROOT, "  heap after load:        %,d MB (before: %,d MB%s)%n",
                heapAfter / (1024 * 1024), heapBefore / (1024 * 1024), embedded ? "; the emulator shares this JVM" : "");
        System.out.println("  peak RSS (VmHWM):       " + peakRss() + " (this process: the page"
                + (embedded ? " and the emulator)" : "; the emulator runs apart)"));

        executor.close();
        emulator.close();
        Platform.exit();
        System.exit(0);
    }

    /** Scrolls the table {@code rowsPerFrame} rows per pulse for 240 pulses; frame gaps and CSS+layout per pulse. */
    private static String scroll(Scene scene, TableView<?> table, int rowsPerFrame) throws Exception {
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        List<Long> layouts = Collections.synchronizedList(new ArrayList<>());
        long[] layoutStart = {0};
        Runnable beforeLayout = () -> layoutStart[0] = System.nanoTime();
        Runnable afterLayout = () -> layouts.add(System.nanoTime() - layoutStart[0]);
        CompletableFuture<Void> done = new CompletableFuture<>();
        AnimationTimer scroller = new AnimationTimer() {
            private int step;

            @Override
            public void handle(long now) {
                frames.add(System.nanoTime());
                table.scrollTo(Math.min(step * rowsPerFrame, table.getItems().size() - 1));
                if (++step > 240) {
                    stop();
                    done.complete(null);
                }
            }
        };
        onFx(() -> {
            table.scrollTo(0);
            scene.addPreLayoutPulseListener(beforeLayout);
            scene.addPostLayoutPulseListener(afterLayout);
            scroller.start();
            return null;
        });
        done.get(120, TimeUnit.SECONDS);
        onFx(() -> {
            scene.removePreLayoutPulseListener(beforeLayout);
            scene.removePostLayoutPulseListener(afterLayout);
            return null;
        });
        List<Long> gaps = gaps(frames);
        return String.format(Locale.ROOT, "frame median %.1f ms, p95 %.1f ms, longest %.1f ms; CSS+layout median "
                        + "%.1f ms, p95 %.1f ms", percentile(gaps, 50) / 1e6, percentile(gaps, 95) / 1e6,
                percentile(gaps, 100) / 1e6, percentile(layouts, 50) / 1e6, percentile(layouts, 95) / 1e6);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, TableColumn column) {
        table.getSortOrder().setAll(column);
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB").findFirst().orElse("unknown");
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }

    private static long longestGap(List<Long> frames, long from) {
        long longest = 0;
        long previous = from;
        synchronized (frames) {
            for (long frame : frames) {
                longest = Math.max(longest, frame - previous);
                previous = frame;
            }
        }
        return longest;
    }

    private static long longestGapEnd(List<Long> frames, long from) {
        long longest = 0;
        long end = from;
        long previous = from;
        synchronized (frames) {
            for (long frame : frames) {
                if (frame - previous > longest) {
                    longest = frame - previous;
                    end = frame;
                }
                previous = frame;
            }
        }
        return end;
    }

    private static List<Long> gaps(List<Long> frames) {
        List<Long> gaps = new ArrayList<>();
        synchronized (frames) {
            for (int i = 1; i < frames.size(); i++) {
                gaps.add(frames.get(i) - frames.get(i - 1));
            }
        }
        return gaps;
    }

    private static double percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The emulator with the large seed in its own JVM ({@code --emulator-only}), its clock manual, throttling off. */
    private record ExternalEmulator(Process process, String url, String token) implements AutoCloseable {
        static ExternalEmulator start() throws Exception {
            Path state = Files.createTempDirectory("compute-desk-bench").resolve("state.json");
            String classPath = Files.readString(Path.of("target", "app-classpath.txt")).strip()
                    + File.pathSeparator + Path.of("target", "classes").toAbsolutePath();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath, "dev.computedesk.app.Launcher", "--emulator-only", "--emulator-seed", "large",
                    "--emulator-clock", "manual", "--emulator-state", state.toString())
                    .redirectErrorStream(true).start();
            String[] line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine().split(" ");
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(line[1] + "/_emulator/settings"))
                    .header("Authorization", "Bearer " + line[2]).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"throttling\":false}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("throttling stays on: " + answer.statusCode());
            }
            return new ExternalEmulator(process, line[1], line[2]);
        }

        /** Reads every page of the workspace's compute list once, following nextLink, and drops the answers. */
        void listOnce(String workspaceId) throws Exception {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String next = url.replaceAll("/+$", "") + workspaceId + "/computes?api-version=" + ApiVersions.ML;
            java.util.regex.Pattern nextLink = java.util.regex.Pattern.compile("\"nextLink\"\\s*:\\s*\"([^\"]+)\"");
            while (next != null) {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(next))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() != 200) {
                    throw new IllegalStateException("warm-up list answered " + page.statusCode());
                }
                java.util.regex.Matcher m = nextLink.matcher(page.body());
                next = m.find() ? m.group(1) : null;
            }
        }

        @Override
        public void close() {
            process.destroy();
        }
    }

    private static final class NoDialogs implements DialogService {
        @Override
        public boolean confirm(Confirmation confirmation) {
            return false;
        }

        @Override
        public void inform(String title, String message) {
        }
    }

    private static final class NoNavigation implements Navigator {
        @Override
        public void openCreateForm(ComputeFormKind kind) {
        }

        @Override
        public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
        }

        @Override
        public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
        }

        @Override
        public void showPage(Page page) {
        }
    }
}
