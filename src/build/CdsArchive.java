import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the class data sharing archive of the Maven run (docs/performance.md), once, at build time: runs the app
 * with {@code --exit-when-ready} recording the classes it loads, then dumps the jars' classes of that list into a
 * static archive. The app's own classes (target/classes, a directory) stay out: the JDK 17 archive holds classes
 * from jars only, and an archive without them stays valid while the code changes. Lambda proxies stay out too: the
 * JDK 17.0.15 dump crashes on them. Classes of signed jars (the Azure SDK's) stay out too: the JDK skips them, and the
 * message says how many. Needs a display: on Linux it uses xvfb-run where installed, else the user's display, and where neither is
 * there it prints why it skipped; it never fails the build. Single-file program, run by the pom:
 * {@code java CdsArchive.java ARCHIVE DEPENDENCY_CLASS_PATH CLASSES_DIR MAIN_CLASS [JVM_OPTIONS...]}.
 */
public final class CdsArchive {
    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        String dependencies = args[1];
        String classes = args[2];
        String mainClass = args[3];
        List<String> jvmOptions = Arrays.asList(args).subList(4, args.length);
        Path work = Files.createTempDirectory("compute-desk-cds");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        List<String> display = displayWrapper();
        if (display == null) {
            System.out.println("CDS archive skipped: no display (DISPLAY unset) and no xvfb-run; the app starts "
                    + "without it.");
            return;
        }
        Path classList = work.resolve("classes.lst");
        List<String> training = new ArrayList<>(display);
        training.add(java);
        training.addAll(jvmOptions);
        training.addAll(List.of("-XX:DumpLoadedClassList=" + classList,
                "-cp", dependencies + System.getProperty("path.separator") + classes, mainClass,
                "--exit-when-ready", "--settings-dir", work.resolve("settings").toString(),
                "--emulator-state", work.resolve("state.json").toString(), "--log-dir", work.toString()));
        if (!run(training, work.resolve("training.log")) || !Files.exists(classList)) {
            System.out.println("CDS archive skipped: the training run did not end normally (see "
                    + work.resolve("training.log") + ").");
            return;
        }
        Path jarClasses = work.resolve("jar-classes.lst");
        Files.write(jarClasses, Files.readAllLines(classList).stream().filter(line -> !line.startsWith("@")).toList());
        List<String> dump = new ArrayList<>(List.of(java));
        dump.addAll(jvmOptions);
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + jarClasses,
                "-XX:SharedArchiveFile=" + archive, "-cp", dependencies));
        if (run(dump, work.resolve("dump.log")) && Files.exists(archive)) {
            System.out.println("CDS archive written: " + archive + signedJarsLeftOut(work.resolve("dump.log")));
        } else {
            Files.deleteIfExists(archive);
            System.out.println("CDS archive skipped: the dump failed (see " + work.resolve("dump.log") + ").");
        }
    }

    /**
     * What the dump left out because it came from a signed jar (the JDK archives no class of a signed jar and says
     * "Skipping …: Signed JAR"): azure-core, azure-json and the other Azure SDK jars are signed, so their classes load
     * from the jars at every start (docs/performance.md). Empty when there were none.
     */
    private static String signedJarsLeftOut(Path dumpLog) throws IOException {
        long skipped = Files.readAllLines(dumpLog).stream().filter(line -> line.endsWith(": Signed JAR")).count();
        return skipped == 0 ? "" : " (" + skipped + " classes of signed jars left out: the JDK does not archive them)";
    }

    /**
     * xvfb-run on Linux where it is installed (so no window flashes on the user's screen), else nothing when a
     * display is there (or the OS always has one; the window opens and closes once), else null.
     */
    private static List<String> displayWrapper() {
        boolean linux = System.getProperty("os.name").toLowerCase().contains("linux");
        if (!linux) {
            return List.of();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "xvfb-run"))) {
                return List.of(Path.of(dir, "xvfb-run").toString(), "-a");
            }
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null ? List.of() : null;
    }

    private static boolean run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }
}
