package dev.computedesk.emulator;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to start an {@link Emulator}.
 *
 * @param port             the loopback port; 0 picks a free one
 * @param stateFile        the JSON state file; {@code null} keeps state in memory only
 * @param seed             the data a new state starts with
 * @param clockMode        real or manual clock
 * @param httpsKeystore    a PKCS#12 keystore to serve HTTPS with, or {@code null} for plain HTTP
 * @param keystorePassword the keystore's password (may be {@code null} when there is no keystore)
 * @param throttling       whether the ARM token bucket answers 429 when exhausted
 * @param requestTimeout   how long a request's line, headers and body may take to arrive (a stalled one is
 *                         answered {@code 408} and its connection closed); {@code null}: {@link #DEFAULT_REQUEST_TIMEOUT}
 */
public record EmulatorConfig(int port, Path stateFile, Seed seed, ClockMode clockMode,
                             Path httpsKeystore, char[] keystorePassword, boolean throttling,
                             Duration requestTimeout) {

    /** How long a request may take to arrive unless configured otherwise. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public EmulatorConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        seed = seed == null ? Seed.DEMO : seed;
        clockMode = clockMode == null ? ClockMode.REAL : clockMode;
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
    }

    /** Port 0, in memory, the demo seed, the real clock, no TLS, throttling on, a 10 s request timeout. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig(0, null, Seed.DEMO, ClockMode.REAL, null, null, true, DEFAULT_REQUEST_TIMEOUT);
    }

    /** A copy on another port (0: a free one). */
    public EmulatorConfig withPort(int newPort) {
        return new EmulatorConfig(newPort, stateFile, seed, clockMode, httpsKeystore, keystorePassword, throttling, requestTimeout);
    }

    /** A copy keeping its state in {@code file} ({@code null}: in memory only). */
    public EmulatorConfig withStateFile(Path file) {
        return new EmulatorConfig(port, file, seed, clockMode, httpsKeystore, keystorePassword, throttling, requestTimeout);
    }

    /** A copy whose new state starts with {@code newSeed}. */
    public EmulatorConfig withSeed(Seed newSeed) {
        return new EmulatorConfig(port, stateFile, newSeed, clockMode, httpsKeystore, keystorePassword, throttling, requestTimeout);
    }

    /** A copy with another clock mode. */
    public EmulatorConfig withClockMode(ClockMode mode) {
        return new EmulatorConfig(port, stateFile, seed, mode, httpsKeystore, keystorePassword, throttling, requestTimeout);
    }

    /** A copy serving HTTPS with a PKCS#12 keystore ({@code null}: plain HTTP). */
    public EmulatorConfig withHttps(Path keystore, char[] password) {
        return new EmulatorConfig(port, stateFile, seed, clockMode, keystore, password, throttling, requestTimeout);
    }

    /** A copy with throttling on or off. */
    public EmulatorConfig withThrottling(boolean on) {
        return new EmulatorConfig(port, stateFile, seed, clockMode, httpsKeystore, keystorePassword, on, requestTimeout);
    }

    /** A copy with another request timeout (short in tests). */
    public EmulatorConfig withRequestTimeout(Duration timeout) {
        return new EmulatorConfig(port, stateFile, seed, clockMode, httpsKeystore, keystorePassword, throttling, timeout);
    }
}
