package dev.computedesk.app;

import dev.computedesk.app.logging.FileLogging;
import dev.computedesk.domain.text.Language;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    @Test
    void noOptionsMeansTheLastConnectionOnARealClock() throws Exception {
        LaunchOptions options = LaunchOptions.parse(List.of());
        assertThat(options.forceEmulator()).isFalse();
        assertThat(options.emulatorClock()).isEqualTo("real");
        assertThat(options.emulatorSeed()).isEqualTo("demo");
        assertThat(options.exitWhenReady()).isFalse();
    }

    @Test
    void readsEveryContractOption() throws Exception {
        LaunchOptions options = LaunchOptions.parse(List.of("--emulator-url", "http://127.0.0.1:4040",
                "--emulator-token", "abc", "--settings-dir", "/tmp/s", "--emulator-state", "/tmp/e.json",
                "--emulator-clock", "manual", "--emulator-seed", "large", "--exit-when-ready"));
        assertThat(options.emulatorUrl()).isEqualTo(URI.create("http://127.0.0.1:4040/"));
        assertThat(options.emulatorToken()).isEqualTo("abc");
        assertThat(options.settingsDir()).isEqualTo(Path.of("/tmp/s"));
        assertThat(options.emulatorState()).isEqualTo(Path.of("/tmp/e.json"));
        assertThat(options.emulatorClock()).isEqualTo("manual");
        assertThat(options.emulatorSeed()).isEqualTo("large");
        assertThat(options.exitWhenReady()).isTrue();
    }

    @Test
    void logLevelAndFolder() throws Exception {
        assertThat(LaunchOptions.parse(List.of()).logLevel()).isEqualTo(FileLogging.LogLevel.INFO);
        assertThat(LaunchOptions.parse(List.of()).logDir()).isNull();
        LaunchOptions options = LaunchOptions.parse(List.of("--log-level", "debug", "--log-dir", "/tmp/l"));
        assertThat(options.logLevel()).isEqualTo(FileLogging.LogLevel.DEBUG);
        assertThat(options.logDir()).isEqualTo(Path.of("/tmp/l"));
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--log-level", "trace")))
                .hasMessageStartingWith("--log-level wants one of info, debug, not 'trace'.");
    }

    @Test
    void langChoosesTheLanguageOfTheRun() throws Exception {
        assertThat(LaunchOptions.parse(List.of()).language()).as("none given: the settings', else the system's")
                .isNull();
        assertThat(LaunchOptions.parse(List.of("--lang", "ko")).language()).isEqualTo(Language.KOREAN);
        assertThat(LaunchOptions.parse(List.of("--lang", "en")).language()).isEqualTo(Language.ENGLISH);
        assertThat(LaunchOptions.parse(List.of("--lang", "qps")).language()).isEqualTo(Language.PSEUDO);
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--lang", "de")))
                .hasMessageStartingWith("--lang wants one of en, ko, qps, not 'de'.");
    }

    @Test
    void emulatorOnlyTakesAPort() throws Exception {
        LaunchOptions options = LaunchOptions.parse(List.of("--emulator-only", "--port", "8123"));
        assertThat(options.emulatorOnly()).isTrue();
        assertThat(options.port()).isEqualTo(8123);
    }

    @Test
    void anUnknownOptionIsNamedWithTheUsage() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--frobnicate")))
                .isInstanceOf(LaunchOptions.UsageException.class)
                .hasMessageStartingWith("unknown option '--frobnicate'. usage: compute-desk");
    }

    @Test
    void badValuesAreRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--emulator-clock", "fast")))
                .hasMessageStartingWith("--emulator-clock wants one of real, manual, not 'fast'.");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--emulator-only", "--port", "70000")))
                .hasMessageStartingWith("--port wants a number from 0 to 65535, not '70000'.");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--emulator-url", "http://127.0.0.1:1")))
                .hasMessageStartingWith("--emulator-url and --emulator-token go together.");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--settings-dir")))
                .hasMessageStartingWith("--settings-dir needs a value.");
    }

    @Test
    void anUnknownOptionExitsWithCodeTwoAndNoStackTrace() {
        assertThat(Launcher.run(new String[] {"--nope"})).isEqualTo(2);
    }

    @Test
    void directoriesFollowEachOperatingSystem() {
        Path home = Path.of("/home/ada");
        assertThat(AppDirectories.forUser("Linux", home, Map.of()))
                .isEqualTo(new AppDirectories(Path.of("/home/ada/.config/compute-desk"),
                        Path.of("/home/ada/.local/share/compute-desk")));
        assertThat(AppDirectories.forUser("Linux", home, Map.of("XDG_CONFIG_HOME", "/cfg")).settingsDir())
                .isEqualTo(Path.of("/cfg/compute-desk"));
        assertThat(AppDirectories.forUser("Mac OS X", home, Map.of()).settingsDir())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Compute Desk"));
        assertThat(AppDirectories.forUser("Windows 11", home, Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"))
                .settingsDir()).isEqualTo(Path.of("C:/Users/ada/AppData/Roaming/Compute Desk"));
    }
}
