package dev.computedesk.azure.network;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The trust manager of the app's {@code SSLContext}: {@link TrustSources} for the company CA file the settings name
 * now, built on the first handshake (off the FX thread: it reads the system's store) and again when the file
 * changes. A CA file that cannot be read fails every handshake with the reason, rather than trusting less silently.
 */
final class LiveTrust extends X509ExtendedTrustManager {
    private final Supplier<Path> caFile;
    private Built built;

    private record Built(Path caFile, X509ExtendedTrustManager manager, String problem) {
    }

    LiveTrust(Supplier<Path> caFile) {
        this.caFile = caFile;
    }

    private synchronized X509ExtendedTrustManager current() throws CertificateException {
        Path file = caFile.get();
        if (built == null || !Objects.equals(built.caFile(), file)) {
            try {
                built = new Built(file, TrustSources.build(file), null);
            } catch (IOException | GeneralSecurityException e) {
                built = new Built(file, null, "the company CA file " + file + " could not be read: " + e.getMessage());
            }
        }
        if (built.manager() == null) {
            throw new CertificateException(built.problem());
        }
        return built.manager();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        current().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        current().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        current().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        current().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        current().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        current().checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        try {
            return current().getAcceptedIssuers();
        } catch (CertificateException unreadable) {
            return new X509Certificate[0];
        }
    }
}
