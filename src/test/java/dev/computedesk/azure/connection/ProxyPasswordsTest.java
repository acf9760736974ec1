package dev.computedesk.azure.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4jextensions.persistence.CacheFileAccessor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proxy password: kept per proxy and user in a keychain entry (here msal4j's file accessor in a temporary folder
 * stands for the keyring, which a test machine has not), or for the session only where no keychain is usable.
 */
class ProxyPasswordsTest {
    private static final URI PROXY = URI.create("http://proxy.corp:8080");

    @TempDir
    Path dir;

    private ProxyPasswords keychain() {
        return new ProxyPasswords(account -> new CacheFileAccessor(dir.resolve(account).toString()), "test keychain");
    }

    @Test
    void aKeptPasswordIsThereAtTheNextStartForThatProxyAndUserOnly() {
        keychain().save(PROXY, "alice", "s3cret");

        ProxyPasswords nextRun = keychain();
        assertThat(nextRun.persistent()).isTrue();
        assertThat(nextRun.load(PROXY, "alice")).contains("s3cret");
        assertThat(nextRun.load(PROXY, "bob")).isEmpty();
        assertThat(nextRun.load(URI.create("http://other:8080"), "alice")).isEmpty();

        nextRun.save(PROXY, "alice", "");
        assertThat(keychain().load(PROXY, "alice")).isEmpty();
    }

    @Test
    void withoutAKeychainThePasswordLivesForTheSessionAndTheUserIsTold() throws Exception {
        ProxyPasswords session = ProxyPasswords.forPlatform(TokenCacheSupport.of(TokenCacheStatus.memoryOnly("test")),
                dir);
        assertThat(session.persistent()).isFalse();
        assertThat(session.where()).contains("this session only");
        session.save(PROXY, "alice", "s3cret");
        assertThat(session.load(PROXY, "alice")).contains("s3cret");
        assertThat(ProxyPasswords.sessionOnly().load(PROXY, "alice")).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
