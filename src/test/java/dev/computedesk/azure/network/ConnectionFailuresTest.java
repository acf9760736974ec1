package dev.computedesk.azure.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * A failed connection in plain words: the cause, the host, and what to do (the proxy cases also run for real in
 * ProxyAndTrustTest).
 */
class ConnectionFailuresTest {
    private static final URI ARM = URI.create("https://management.azure.com/subscriptions?api-version=2022-12-01");
    private static final Optional<InetSocketAddress> PROXY =
            Optional.of(InetSocketAddress.createUnresolved("proxy.corp", 8080));

    private static ConnectionFailures.Problem describe(Throwable failure, Optional<InetSocketAddress> proxy) {
        return ConnectionFailures.describe(new RuntimeException(new UncheckedIOException(
                failure instanceof IOException io ? io : new IOException(failure))), ARM, proxy).orElseThrow();
    }

    @Test
    void anUnknownNameIsDnsNamingTheHostOrTheProxy() {
        var direct = describe(new UnknownHostException("management.azure.com"), Optional.empty());
        assertThat(direct.code()).isEqualTo("HostNotFound");
        assertThat(direct.message()).startsWith("management.azure.com could not be found (DNS).")
                .contains("Settings → Proxy").doesNotContain("api-version");

        var proxy = describe(new UnknownHostException("proxy.corp"), PROXY);
        assertThat(proxy.message()).isEqualTo("The proxy proxy.corp:8080 could not be found (DNS). Check the proxy"
                + " in Settings → Proxy.");
    }

    @Test
    void noAnswerInTimeSaysSoWithTheProxy() {
        var timeout = describe(new HttpConnectTimeoutException("HTTP connect timed out"), PROXY);
        assertThat(timeout.code()).isEqualTo("Timeout");
        assertThat(timeout.message()).isEqualTo("management.azure.com did not answer in time through the proxy"
                + " proxy.corp:8080. Check the network connection and the proxy in Settings → Proxy.");
    }

    @Test
    void aRefusedConnectionBlamesTheProxyOnlyWhenThereIsOne() {
        assertThat(describe(new ConnectException("Connection refused"), PROXY).code()).isEqualTo("ProxyRefused");
        var direct = describe(new ConnectException("Connection refused"), Optional.empty());
        assertThat(direct.code()).isEqualTo("ConnectionRefused");
        assertThat(direct.message()).startsWith("management.azure.com refused the connection.");
    }

    @Test
    void anUntrustedCertificatePointsToTheCompanyCaFile() {
        var untrusted = describe(new SSLHandshakeException("PKIX path building failed"), Optional.empty());
        assertThat(untrusted.code()).isEqualTo("CertificateNotTrusted");
        assertThat(untrusted.message()).startsWith("The certificate of management.azure.com is not trusted.")
                .endsWith("add its CA certificate (a PEM file) in Settings → Company CA file.");
    }

    @Test
    void otherFailuresAreNotGuessedAt() {
        assertThat(ConnectionFailures.describe(new IllegalStateException("boom"), ARM, PROXY)).isEmpty();
    }
}
