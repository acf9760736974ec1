package dev.computedesk.azure.connection;

import dev.computedesk.domain.text.Messages;

import com.microsoft.aad.msal4jextensions.persistence.CacheFileAccessor;
import com.microsoft.aad.msal4jextensions.persistence.ICacheAccessor;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import com.microsoft.aad.msal4jextensions.persistence.mac.KeyChainAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where the manual proxy's password is kept: in the OS keychain through the same access azure-identity's token cache
 * uses (msal4j-persistence-extension: the desktop keyring through libsecret on Linux, the Keychain on macOS, a
 * DPAPI-encrypted file on Windows), one entry per proxy and user; where {@link TokenCacheSupport} finds no keychain,
 * in memory for this session only. Never in the settings file, never logged.
 *
 * <p>Reads and writes the keychain: call off the FX thread. Thread-safe.
 */
public final class ProxyPasswords {
    private static final Logger LOG = LoggerFactory.getLogger(ProxyPasswords.class);
    private static final String SERVICE = "Compute Desk proxy";

    private final Function<String, ICacheAccessor> keychain;
    private final String where;
    private final Map<String, String> session = new ConcurrentHashMap<>();

    /**
     * @param keychain the keychain entry of an account ({@code user@host:port}), or null for session only
     * @param where    what the settings window says about where the password is kept
     */
    ProxyPasswords(Function<String, ICacheAccessor> keychain, String where) {
        this.keychain = keychain;
        this.where = where;
    }

    /**
     * The platform's keychain where {@code tokenCache} found one usable, else the session.
     *
     * @param folder where the keychain's marker files (empty) and, on Windows, the encrypted files are kept
     */
    public static ProxyPasswords forPlatform(TokenCacheSupport tokenCache, Path folder) {
        if (!tokenCache.status().persistent()) {
            return sessionOnly();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new ProxyPasswords(account -> new CacheFileAccessor(file(folder, account, ".dpapi")),
                    Messages.get("net.proxyPassword.windows"));
        }
        if (os.contains("mac")) {
            return new ProxyPasswords(account -> new KeyChainAccessor(marker(folder, account), SERVICE, account),
                    Messages.get("net.proxyPassword.mac"));
        }
        return new ProxyPasswords(account -> new KeyRingAccessor(marker(folder, account), "default",
                "dev.computedesk.proxy", SERVICE, "service", SERVICE, "account", account),
                Messages.get("net.proxyPassword.linux"));
    }

    /** Memory only: no keychain is usable here. */
    public static ProxyPasswords sessionOnly() {
        return new ProxyPasswords(null, Messages.get("net.proxyPassword.session"));
    }

    /** Whether a password survives the app's end. */
    public boolean persistent() {
        return keychain != null;
    }

    /** Where the password is kept, in the settings window's words. */
    public String where() {
        return where;
    }

    /** The password of {@code user} on {@code proxy}, if kept. */
    public Optional<String> load(URI proxy, String user) {
        String account = account(proxy, user);
        String known = session.get(account);
        if (known != null || keychain == null) {
            return Optional.ofNullable(known);
        }
        try {
            byte[] stored = keychain.apply(account).read();
            if (stored == null || stored.length == 0) {
                return Optional.empty();
            }
            String password = new String(stored, StandardCharsets.UTF_8);
            session.put(account, password);
            return Optional.of(password);
        } catch (RuntimeException e) {
            LOG.warn("The proxy password could not be read from the keychain ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Keeps {@code password} for {@code user} on {@code proxy}; empty or null forgets it. */
    public void save(URI proxy, String user, String password) {
        String account = account(proxy, user);
        boolean forget = password == null || password.isEmpty();
        if (forget) {
            session.remove(account);
        } else {
            session.put(account, password);
        }
        if (keychain == null) {
            return;
        }
        try {
            ICacheAccessor entry = keychain.apply(account);
            if (forget) {
                entry.delete();
            } else {
                entry.write(password.getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            LOG.warn("The proxy password could not be kept in the keychain ({}); it is kept for this session",
                    e.getClass().getSimpleName());
        }
    }

    /** The keychain account of a proxy user: {@code user@host:port}. */
    static String account(URI proxy, String user) {
        int port = proxy.getPort() > 0 ? proxy.getPort() : 80;
        return user + "@" + proxy.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The keychain entry's marker file (empty; msal4j's accessors touch it on each write). */
    private static String marker(Path folder, String account) {
        String path = file(folder, account, ".marker");
        try {
            Files.createDirectories(folder);
            if (!Files.exists(Path.of(path))) {
                Files.createFile(Path.of(path));
            }
        } catch (IOException e) {
            LOG.debug("No marker file for the keychain entry: {}", e.getMessage());
        }
        return path;
    }

    private static String file(Path folder, String account, String suffix) {
        return folder.resolve("proxy-password-" + Integer.toHexString(account.hashCode()) + suffix).toString();
    }
}
