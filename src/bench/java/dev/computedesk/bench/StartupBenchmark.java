package dev.computedesk.bench;

import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.ConnectionSettings;
import dev.computedesk.azure.connection.SettingsStore;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up against the toolkit's floor: runs the app with {@code --exit-when-ready} (READY = the window shown and the
 * first compute list on screen) and {@link BareWindowStartup} alternately, each in a fresh JVM, and prints the
 * medians, their ratio and each process's peak RSS. The app runs as {@code ./mvnw compile exec:exec} runs it: the
 * same class path (target/classes last) and the JVM options of the pom's {@code app.jvm.args}. Each app run reopens
 * the same settings and emulator state (the first, unmeasured run of each program creates them and warms the disk
 * cache). Run under a display (Xvfb will do):
 * {@code ./mvnw -B -q -Pbench test-compile exec:java -Dexec.mainClass=dev.computedesk.bench.StartupBenchmark
 * [-Dbench.runs=7] [-Dbench.seed=demo|large|large-embedded] [-Dbench.compare=CLASSES_DIR [-Dbench.compare.archive=JSA]] [-Dbench.classes=CLASSES_DIR]}. With {@code large} the app connects
 * ({@code --emulator-url}) to an emulator with the large seed started in another process, and reopens the
 * 10,000-compute workspace; {@code large-embedded} reopens it from the embedded emulator.
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 180;
    /** The kernel's clock ticks per second of /proc/PID/stat's times (USER_HZ, 100 on Linux). */
    private static final long CLOCK_TICKS = 100;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 7);
        String seed = System.getProperty("bench.seed", "demo");
        Path work = Files.createTempDirectory("compute-desk-startup");
        String classPath = appClassPath();
        List<String> jvmOptions = jvmOptions();

        List<String> appArgs = new ArrayList<>(List.of("--exit-when-ready", "--settings-dir",
                work.resolve("settings").toString(), "--emulator-state", work.resolve("state.json").toString()));
        Process emulator = null;
        if (!seed.equals("demo")) {
            appArgs.addAll(List.of("--emulator-seed", "large"));
            // Reopening the large workspace: the settings remember it as the last one.
            WorkspaceRef large = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
                    DemoSeed.LARGE_WORKSPACE, DemoSeed.LOCATION);
            new SettingsStore(work.resolve("settings")).save(
                    new ConnectionSettings(ConnectionKind.EMULATOR, null, null, large.id()));
        }
        if (seed.equals("large")) {
            emulator = new ProcessBuilder(command(jvmOptions, classPath, "dev.computedesk.app.Launcher",
                    List.of("--emulator-only", "--emulator-seed", "large", "--emulator-state",
                            work.resolve("external-state.json").toString())))
                    .redirectErrorStream(true).start();
            String[] line = new BufferedReader(new InputStreamReader(emulator.getInputStream(),
                    StandardCharsets.UTF_8)).readLine().split(" ");
            appArgs.addAll(List.of("--emulator-url", line[1], "--emulator-token", line[2]));
        }

        List<String> app = command(jvmOptions, classPath, "dev.computedesk.app.Launcher", appArgs);
        List<String> bare = command(List.of(), testClasses() + File.pathSeparator + classPath,
                BareWindowStartup.class.getName(), List.of());
        // -Dbench.compare=DIR: a second build of the app's classes (say, the commit before a change, compiled into
        // DIR) runs in the same alternation, with the same settings and state, so before and after meet the same load.
        String compareDir = System.getProperty("bench.compare", "").strip();
        // -Dbench.compare.archive=FILE: its own CDS archive (the one built from its own training run), so neither
        // build loads classes the other's archive lacks.
        String compareArchive = System.getProperty("bench.compare.archive", "").strip();
        List<String> compareOptions = compareArchive.isEmpty() ? jvmOptions : jvmOptions.stream()
                .map(option -> option.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile="
                        + Path.of(compareArchive).toAbsolutePath() : option).toList();
        List<String> compare = compareDir.isEmpty() ? null : command(compareOptions,
                Files.readString(Path.of("target", "app-classpath.txt")).strip() + File.pathSeparator
                        + Path.of(compareDir).toAbsolutePath(), "dev.computedesk.app.Launcher", appArgs);
        String loadBefore = loadAverage();
        try {
            Run.of(app);
            Run.of(bare);
            List<Run> appRuns = new ArrayList<>();
            List<Run> bareRuns = new ArrayList<>();
            List<Run> compareRuns = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                if (compare != null) {
                    compareRuns.add(Run.of(compare));
                }
                appRuns.add(Run.of(app));
                bareRuns.add(Run.of(bare));
            }
            print(seed, runs, jvmOptions, loadBefore, appRuns, bareRuns);
            if (compare != null) {
                double compareWall = median(compareRuns, Run::wallMs);
                System.out.println("  compared JVM options: " + String.join(" ", compareOptions));
                System.out.printf(Locale.ROOT, "  compared (%s) READY: median %,.0f ms from process start (JVM uptime "
                        + "%,.0f ms); ratio to bare %.2fx; peak RSS median %,.0f MB; CPU time median %,.0f ms%n",
                        compareDir, compareWall, median(compareRuns, Run::readyMs),
                        compareWall / median(bareRuns, Run::wallMs), median(compareRuns, Run::peakRssMb),
                        median(compareRuns, Run::cpuMs));
                System.out.println("  compared runs (ms): " + compareRuns.stream().map(r -> Long.toString(r.wallMs()))
                        .toList());
            }
        } finally {
            if (emulator != null) {
                emulator.destroy();
            }
        }
    }

    private static void print(String seed, int runs, List<String> jvmOptions, String loadBefore, List<Run> app,
                              List<Run> bare) throws IOException {
        double appWall = median(app, Run::wallMs);
        double bareWall = median(bare, Run::wallMs);
        double appReady = median(app, Run::readyMs);
        double bareReady = median(bare, Run::readyMs);
        System.out.printf(Locale.ROOT, "Start-up, %s seed, %d runs each, alternating (load before: %s)%n",
                seed, runs, loadBefore);
        System.out.println("  app JVM options: " + (jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions)));
        System.out.printf(Locale.ROOT, "  app  READY: median %,.0f ms from process start (JVM uptime %,.0f ms); "
                + "peak RSS median %,.0f MB%n", appWall, appReady, median(app, Run::peakRssMb));
        System.out.printf(Locale.ROOT, "  bare READY: median %,.0f ms from process start (JVM uptime %,.0f ms); "
                + "peak RSS median %,.0f MB%n", bareWall, bareReady, median(bare, Run::peakRssMb));
        System.out.printf(Locale.ROOT, "  ratio app/bare: %.2fx (process start), %.2fx (JVM uptime)%n",
                appWall / bareWall, appReady / bareReady);
        System.out.printf(Locale.ROOT, "  CPU time (user + system) median: app %,.0f ms, bare %,.0f ms: %.2fx%n",
                median(app, Run::cpuMs), median(bare, Run::cpuMs), median(app, Run::cpuMs) / median(bare, Run::cpuMs));
        System.out.println("  app  runs (ms): " + app.stream().map(r -> Long.toString(r.wallMs())).toList());
        System.out.println("  bare runs (ms): " + bare.stream().map(r -> Long.toString(r.wallMs())).toList());
        System.out.println("  load after: " + loadAverage());
    }

    /**
     * The run's class path as exec:exec builds it, with target/classes last (see docs/performance.md);
     * {@code -Dbench.classes=DIR} puts a copy of the app's classes there instead, so the sources can change meanwhile.
     */
    private static String appClassPath() throws IOException {
        String dependencies = Files.readString(Path.of("target", "app-classpath.txt")).strip();
        return dependencies + File.pathSeparator
                + Path.of(System.getProperty("bench.classes", "target/classes")).toAbsolutePath();
    }

    private static String testClasses() {
        return Path.of("target", "test-classes").toAbsolutePath().toString();
    }

    /** The pom's {@code app.jvm.args} (passed by the bench profile), split at spaces. */
    private static List<String> jvmOptions() {
        String options = System.getProperty("app.jvm.args", "").strip();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }

    private static List<String> command(List<String> jvmOptions, String classPath, String mainClass,
                                        List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(args);
        return command;
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }

    private static double median(List<Run> runs, java.util.function.ToLongFunction<Run> figure) {
        List<Long> values = new ArrayList<>(runs.stream().map(figure::applyAsLong).toList());
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
    }

    /**
     * One process: wall time from its start to its READY line, the uptime it printed, its peak RSS, and the CPU time
     * (user and system, all threads) it had used when last seen, just before it exited after READY: the work a start
     * costs, which a loaded machine stretches less than the wall time.
     */
    private record Run(long wallMs, long readyMs, long peakRssMb, long cpuMs) {
        static Run of(List<String> command) throws Exception {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            PeakRss rss = new PeakRss(process.pid());
            rss.start();
            long[] ready = {-1, -1};
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ") && ready[0] < 0) {
                        ready[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                        ready[1] = Long.parseLong(line.substring(6).strip());
                    }
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || ready[0] < 0) {
                process.destroyForcibly();
                throw new IllegalStateException("no READY from " + String.join(" ", command));
            }
            rss.interrupt();
            rss.join();
            return new Run(ready[0], ready[1], rss.peakKb / 1024, rss.cpuTicks * 1000 / CLOCK_TICKS);
        }
    }

    /** Reads the child's VmHWM (the kernel's peak RSS) until it exits; the last reading is its peak. */
    private static final class PeakRss extends Thread {
        private final Path status;
        private volatile long peakKb;
        private final Path stat;
        private volatile long cpuTicks;

        PeakRss(long pid) {
            this.status = Path.of("/proc", Long.toString(pid), "status");
            this.stat = Path.of("/proc", Long.toString(pid), "stat");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmHWM:")) {
                            peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                        }
                    }
                    // utime and stime: the 14th and 15th fields, counted after the command name's closing bracket.
                    String line = Files.readString(stat);
                    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    cpuTicks = Math.max(cpuTicks, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    Thread.sleep(5);
                } catch (IOException | RuntimeException gone) {
                    return;
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
