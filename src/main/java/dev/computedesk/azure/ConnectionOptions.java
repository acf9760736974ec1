package dev.computedesk.azure;

import dev.computedesk.azure.network.Network;
import dev.computedesk.azure.network.NetworkSettings;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * Knobs of the HTTP layer, shared by {@code azure.connect.ConnectionFactory} and the pipeline and clients it builds (its own
 * file, so {@code internal} reads it without depending on the factory that depends on {@code internal}).
 *
 * @param appVersion    the version in the {@code ComputeDesk/<version>} user agent
 * @param sslContext    a fixed TLS trust (a test's own certificate), or null for the {@code network}'s (the system's
 *                      and the JDK's certificates plus the company CA file)
 * @param maxRetries    retries after the first attempt (429, 408, 5xx and I/O failures; a POST only after 429)
 * @param pollFallback  the wait between polls when ARM sends no {@code Retry-After}
 * @param maxRetryAfter the longest wait honoured for one {@code Retry-After} (retries and polls; longer values
 *                      are waited as this)
 * @param followLimit   how long an accepted operation is followed before
 *                      {@link OperationNoLongerFollowedException} ends the following
 * @param network       the proxy and TLS trust of every HTTP client (azure-core's and azure-identity's)
 */
public record ConnectionOptions(String appVersion, SSLContext sslContext, int maxRetries, Duration pollFallback,
                                Duration maxRetryAfter, Duration followLimit, Network network) {
    /** As the canonical constructor, following operations for the default 30 minutes. */
    public ConnectionOptions(String appVersion, SSLContext sslContext, int maxRetries, Duration pollFallback,
                             Duration maxRetryAfter) {
        this(appVersion, sslContext, maxRetries, pollFallback, maxRetryAfter, Duration.ofMinutes(30));
    }

    /** As the canonical constructor, on this process's network with the system's proxy. */
    public ConnectionOptions(String appVersion, SSLContext sslContext, int maxRetries, Duration pollFallback,
                             Duration maxRetryAfter, Duration followLimit) {
        this(appVersion, sslContext, maxRetries, pollFallback, maxRetryAfter, followLimit,
                Network.forThisProcess(NetworkSettings.system()));
    }

    /**
     * Version from the jar manifest, the system's proxy and trust, 4 retries, 2 s fallback, 60 s cap, 30 min follow
     * limit.
     */
    public static ConnectionOptions defaults() {
        String v = ConnectionOptions.class.getPackage().getImplementationVersion();
        return new ConnectionOptions(v == null ? "dev" : v, null, 4, Duration.ofSeconds(2), Duration.ofSeconds(60),
                Duration.ofMinutes(30));
    }

    /** A copy on {@code newNetwork} (its proxy and trust). */
    public ConnectionOptions withNetwork(Network newNetwork) {
        return new ConnectionOptions(appVersion, sslContext, maxRetries, pollFallback, maxRetryAfter, followLimit,
                newNetwork);
    }

    /** A copy trusting {@code context} (e.g. an emulator's self-signed certificate). */
    public ConnectionOptions withSslContext(SSLContext context) {
        return new ConnectionOptions(appVersion, context, maxRetries, pollFallback, maxRetryAfter, followLimit, network);
    }

    /** A copy with the app's version for the user agent. */
    public ConnectionOptions withAppVersion(String version) {
        return new ConnectionOptions(version, sslContext, maxRetries, pollFallback, maxRetryAfter, followLimit, network);
    }

    /** A copy with another number of retries. */
    public ConnectionOptions withMaxRetries(int retries) {
        return new ConnectionOptions(appVersion, sslContext, retries, pollFallback, maxRetryAfter, followLimit, network);
    }

    /** A copy with another fallback poll interval. */
    public ConnectionOptions withPollFallback(Duration fallback) {
        return new ConnectionOptions(appVersion, sslContext, maxRetries, fallback, maxRetryAfter, followLimit, network);
    }

    /** A copy with another cap on one {@code Retry-After} wait. */
    public ConnectionOptions withMaxRetryAfter(Duration cap) {
        return new ConnectionOptions(appVersion, sslContext, maxRetries, pollFallback, cap, followLimit, network);
    }

    /** A copy with another follow limit. */
    public ConnectionOptions withFollowLimit(Duration limit) {
        return new ConnectionOptions(appVersion, sslContext, maxRetries, pollFallback, maxRetryAfter, limit, network);
    }
}
