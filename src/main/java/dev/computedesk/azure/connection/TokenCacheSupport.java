package dev.computedesk.azure.connection;

import dev.computedesk.domain.text.Messages;

import com.azure.identity.TokenCachePersistenceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether azure-identity may persist its token cache in the OS keychain. On Windows (DPAPI) and macOS
 * (Keychain) it can; on Linux it needs libsecret and a running keyring, probed once. Where no keychain is usable,
 * tokens stay in memory only: unencrypted storage is never allowed.
 */
public final class TokenCacheSupport {
    /** The cache name the app uses (shared by all its sign-in methods). */
    public static final String CACHE_NAME = "compute-desk";

    private static final Logger LOG = LoggerFactory.getLogger(TokenCacheSupport.class);

    private final TokenCacheStatus status;

    private TokenCacheSupport(TokenCacheStatus status) {
        this.status = status;
    }

    /** Probes the platform. */
    public static TokenCacheSupport detect() {
        return new TokenCacheSupport(probe(System.getProperty("os.name", "")));
    }

    /** A fixed answer (tests, or a user setting that turns persistence off). */
    public static TokenCacheSupport of(TokenCacheStatus status) {
        return new TokenCacheSupport(status);
    }

    /** What to show the user. */
    public TokenCacheStatus status() {
        return status;
    }

    /** The persistence options to give a credential builder, or empty for memory only. */
    public Optional<TokenCachePersistenceOptions> persistenceOptions() {
        if (!status.persistent()) {
            return Optional.empty();
        }
        return Optional.of(new TokenCachePersistenceOptions().setName(CACHE_NAME).setUnencryptedStorageAllowed(false));
    }

    static TokenCacheStatus probe(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return TokenCacheStatus.keychain(Messages.get("net.tokens.where.windows"));
        }
        if (os.contains("mac")) {
            return TokenCacheStatus.keychain(Messages.get("net.tokens.where.mac"));
        }
        return probeLinuxKeyring();
    }

    private static TokenCacheStatus probeLinuxKeyring() {
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            return TokenCacheStatus.memoryOnly(Messages.get("net.tokens.why.noBus"));
        }
        Path probeFile = null;
        try {
            probeFile = Files.createTempFile("compute-desk-keyring-probe", ".bin");
            com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor accessor =
                    new com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor(probeFile.toString(),
                            "default", "dev.computedesk.probe", "Compute Desk keyring probe",
                            "Version", "1", "ProductGroup", "ComputeDesk");
            accessor.verify();
            accessor.delete();
            return TokenCacheStatus.keychain(Messages.get("net.tokens.where.linux"));
        } catch (Exception | LinkageError e) {
            LOG.debug("No usable keyring: {}", e.getClass().getSimpleName());
            return TokenCacheStatus.memoryOnly(Messages.get("net.tokens.why.noKeyring"));
        } finally {
            if (probeFile != null) {
                try {
                    Files.deleteIfExists(probeFile);
                } catch (java.io.IOException ignored) {
                    // a leftover empty temp file holds no secret
                }
            }
        }
    }
}
