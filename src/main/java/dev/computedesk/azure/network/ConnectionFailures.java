package dev.computedesk.azure.network;

import dev.computedesk.domain.text.Messages;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Names the cause of a failed connection in plain words, with the host and what to do: the proxy refused, the proxy
 * wants a user and password ({@code 407}), the certificate is not trusted, the name is unknown (DNS), or no answer in
 * time. Messages name hosts and proxies, never a URL's query or a credential.
 */
public final class ConnectionFailures {
    private ConnectionFailures() {
    }

    /**
     * A failure's cause.
     *
     * @param code    a stable code ({@code ProxyRefused}, {@code ProxyAuthenticationRequired},
     *                {@code CertificateNotTrusted}, {@code HostNotFound}, {@code Timeout}, {@code ConnectionRefused})
     * @param message what happened and what to do
     */
    public record Problem(String code, String message) {
    }

    /**
     * The cause of {@code failure} on a request to {@code target} through {@code proxy} (empty: direct), or empty
     * when the failure is not one of the causes above.
     */
    public static Optional<Problem> describe(Throwable failure, URI target, Optional<InetSocketAddress> proxy) {
        String host = target.getHost() == null ? String.valueOf(target) : target.getHost();
        String via = proxy.map(p -> p.getHostString() + ":" + p.getPort()).orElse(null);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLHandshakeException || t instanceof CertPathBuilderException
                    || t instanceof CertPathValidatorException || t instanceof CertificateException) {
                if (untrusted(t)) {
                    return Optional.of(untrustedCertificate(host, via));
                }
            }
            if (t instanceof UnknownHostException unknown) {
                return Optional.of(notFound(unknown.getMessage(), host, via, proxy));
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
                    || t instanceof TimeoutException) {
                return Optional.of(new Problem("Timeout", via == null ? Messages.get("net.failure.timeout", host)
                        : Messages.get("net.failure.timeoutViaProxy", host, via)));
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (via != null && (message.contains("407") || message.toLowerCase(Locale.ROOT)
                    .contains("proxy authentication"))) {
                return Optional.of(proxyAuthentication(host, via));
            }
            if (via != null && (t instanceof ConnectException || message.toLowerCase(Locale.ROOT)
                    .contains("tunnel failed"))) {
                return Optional.of(new Problem("ProxyRefused", Messages.get("net.failure.proxyRefused", via, host)));
            }
            if (t instanceof ConnectException) {
                return Optional.of(new Problem("ConnectionRefused", Messages.get("net.failure.connectionRefused", host)));
            }
        }
        return Optional.empty();
    }

    /** A proxy's {@code 407} answer: it wants a user and password, or refused the ones sent. */
    public static Problem proxyAuthentication(String host, String via) {
        return new Problem("ProxyAuthenticationRequired", Messages.get("net.failure.proxyAuthentication", via, host));
    }

    private static Problem untrustedCertificate(String host, String via) {
        return new Problem("CertificateNotTrusted", via == null ? Messages.get("net.failure.untrusted", host)
                : Messages.get("net.failure.untrustedViaProxy", host, via));
    }

    private static Problem notFound(String name, String host, String via, Optional<InetSocketAddress> proxy) {
        String missing = name == null || name.isBlank() ? host : name;
        boolean proxyMissing = proxy.isPresent() && missing.startsWith(proxy.get().getHostString());
        if (proxyMissing) {
            return new Problem("HostNotFound", Messages.get("net.failure.proxyNotFound", via));
        }
        return new Problem("HostNotFound", Messages.get("net.failure.hostNotFound", missing));
    }

    private static boolean untrusted(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String message = c.getMessage() == null ? "" : c.getMessage();
            if (c instanceof CertPathBuilderException || c instanceof CertPathValidatorException
                    || message.contains("PKIX") || message.contains("certification path")
                    || message.contains("subject alternative") || message.contains("company CA file")) {
                return true;
            }
        }
        return false;
    }
}
