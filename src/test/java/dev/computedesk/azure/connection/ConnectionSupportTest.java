package dev.computedesk.azure.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.AzureCliCredential;
import com.azure.identity.DeviceCodeCredential;
import com.azure.identity.EnvironmentCredential;
import com.azure.identity.InteractiveBrowserCredential;
import com.azure.identity.TokenCachePersistenceOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in support up to where a real identity provider would answer: clouds and their endpoints, each credential
 * builder, the device-code challenge handed to the UI, token-cache persistence, and the settings file.
 */
class ConnectionSupportTest {

    @Test
    void cloudsHaveTheirArmEndpointsAuthoritiesAndScopes() {
        assertThat(AzureCloud.AZURE.resourceManagerEndpoint()).isEqualTo("https://management.azure.com/");
        assertThat(AzureCloud.AZURE_CHINA.resourceManagerEndpoint()).isEqualTo("https://management.chinacloudapi.cn/");
        assertThat(AzureCloud.AZURE_US_GOVERNMENT.resourceManagerEndpoint())
                .isEqualTo("https://management.usgovcloudapi.net/");
        assertThat(AzureCloud.AZURE.authorityHost()).isEqualTo("https://login.microsoftonline.com/");
        assertThat(AzureCloud.AZURE_CHINA.authorityHost()).isEqualTo("https://login.chinacloudapi.cn/");
        assertThat(AzureCloud.AZURE_US_GOVERNMENT.authorityHost()).isEqualTo("https://login.microsoftonline.us/");
        assertThat(AzureCloud.AZURE.armScope()).isEqualTo("https://management.core.windows.net//.default");
        assertThat(AzureCloud.AZURE_CHINA.armScope()).isEqualTo("https://management.core.chinacloudapi.cn//.default");
        assertThat(AzureCloud.AZURE_US_GOVERNMENT.armScope())
                .isEqualTo("https://management.core.usgovcloudapi.net//.default");
    }

    @Test
    void buildsACredentialForEverySignInMethodAndCloud() {
        CredentialFactory f = new CredentialFactory(TokenCacheSupport.of(TokenCacheStatus.memoryOnly("test")));
        for (AzureCloud cloud : AzureCloud.values()) {
            assertThat(f.forKind(ConnectionKind.AZURE_CLI, cloud, "tenant-a", null)).isInstanceOf(AzureCliCredential.class);
            assertThat(f.forKind(ConnectionKind.BROWSER, cloud, null, null))
                    .isInstanceOf(InteractiveBrowserCredential.class);
            assertThat(f.forKind(ConnectionKind.DEVICE_CODE, cloud, "tenant-a", info -> { }))
                    .isInstanceOf(DeviceCodeCredential.class);
            assertThat(f.forKind(ConnectionKind.ENVIRONMENT, cloud, null, null)).isInstanceOf(EnvironmentCredential.class);
        }
        assertThatThrownBy(() -> f.forKind(ConnectionKind.EMULATOR, AzureCloud.AZURE, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.deviceCode(AzureCloud.AZURE, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void persistentCacheBuildersAlsoBuild() {
        CredentialFactory f = new CredentialFactory(TokenCacheSupport.of(TokenCacheStatus.keychain("test keychain")));
        TokenCredential browser = f.interactiveBrowser(AzureCloud.AZURE, "tenant-b");
        TokenCredential device = f.deviceCode(AzureCloud.AZURE_US_GOVERNMENT, null, info -> { });
        assertThat(browser).isNotNull();
        assertThat(device).isNotNull();
        assertThat(f.tokenCacheStatus().persistent()).isTrue();
    }

    @Test
    void deviceCodeChallengeReachesTheUiAsItsOwnRecord() {
        List<DeviceCodeInfo> shown = new ArrayList<>();
        Consumer<com.azure.identity.DeviceCodeInfo> sdkSide = CredentialFactory.adapt(shown::add);
        OffsetDateTime expires = OffsetDateTime.now().plusMinutes(15);
        // What azure-identity passes to the challenge consumer once the provider has issued a code.
        sdkSide.accept(new com.azure.identity.DeviceCodeInfo("ABCD-EFGH", "device-code-secret",
                "https://microsoft.com/devicelogin", expires,
                "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH"));
        assertThat(shown).containsExactly(new DeviceCodeInfo("ABCD-EFGH", "https://microsoft.com/devicelogin", expires,
                "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH"));
        assertThat(shown.get(0).toString()).doesNotContain("device-code-secret");
    }

    @Test
    void tokenCacheUsesTheKeychainOrSaysMemoryOnlyNeverAPlainFile() {
        TokenCacheSupport keychain = TokenCacheSupport.of(TokenCacheStatus.keychain("macOS Keychain"));
        TokenCachePersistenceOptions options = keychain.persistenceOptions().orElseThrow();
        assertThat(options.getName()).isEqualTo(TokenCacheSupport.CACHE_NAME);
        assertThat(options.isUnencryptedStorageAllowed()).isFalse();

        TokenCacheSupport memory = TokenCacheSupport.of(TokenCacheStatus.memoryOnly("no keyring"));
        assertThat(memory.persistenceOptions()).isEmpty();
        assertThat(memory.status().message()).isEqualTo("tokens kept in memory only: no keyring");

        assertThat(TokenCacheSupport.probe("Windows 11").persistent()).isTrue();
        assertThat(TokenCacheSupport.probe("Mac OS X").persistent()).isTrue();
        // This machine (a headless Linux without a keyring daemon) must answer, not throw.
        TokenCacheStatus here = TokenCacheSupport.detect().status();
        assertThat(here.message()).isNotBlank();
        if (!here.persistent()) {
            assertThat(here.message()).startsWith("tokens kept in memory only");
        }
    }

    @Test
    void aCredentialWithoutATokenAsksForSignInInsteadOfCrashing() {
        // No AZURE_CLIENT_ID / AZURE_TENANT_ID / AZURE_CLIENT_SECRET here: the environment credential is unavailable.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("AZURE_CLIENT_ID") == null);
        CredentialFactory f = new CredentialFactory(TokenCacheSupport.of(TokenCacheStatus.memoryOnly("test")));
        ConnectionSettings remembered = new ConnectionSettings(ConnectionKind.ENVIRONMENT, AzureCloud.AZURE, null, null);
        assertThatThrownBy(() -> new dev.computedesk.azure.connect.ConnectionFactory().azure(remembered, f, info -> { }))
                .isInstanceOfSatisfying(dev.computedesk.azure.AuthenticationRequiredException.class,
                        e -> assertThat(e.code()).isEqualTo("AuthenticationFailed"));
        assertThatThrownBy(() -> new dev.computedesk.azure.connect.ConnectionFactory()
                .azure(ConnectionSettings.firstRun(), f, info -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsRoundTripAtomicallyWithoutSecrets(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("cfg"));
        assertThat(store.load()).isEqualTo(ConnectionSettings.firstRun());

        ConnectionSettings s = new ConnectionSettings(ConnectionKind.DEVICE_CODE, AzureCloud.AZURE_CHINA, "tenant-x",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws");
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
        store.save(s.withLastWorkspaceId(null));
        assertThat(store.load().lastWorkspaceId()).isNull();

        String json = Files.readString(store.file(), StandardCharsets.UTF_8);
        assertThat(json).contains("DEVICE_CODE").contains("AZURE_CHINA").doesNotContainIgnoringCase("token\"")
                .doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret");
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsStore.FILE_NAME);
        }
    }

    @Test
    void remembersTheAccountWithoutAnyToken(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir);
        assertThat(store.loadAccount()).isEmpty();
        String json = "{\"authority\":\"login.microsoftonline.com\",\"homeAccountId\":\"oid.tid\","
                + "\"tenantId\":\"tid\",\"clientId\":\"04b07795-8ddb-461a-bbee-02f9e1bf7b46\","
                + "\"username\":\"dana@example.com\"}";
        com.azure.identity.AuthenticationRecord record = com.azure.identity.AuthenticationRecord.deserialize(
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        store.saveAccount(record);
        com.azure.identity.AuthenticationRecord back = store.loadAccount().orElseThrow();
        assertThat(back.getUsername()).isEqualTo("dana@example.com");
        assertThat(back.getHomeAccountId()).isEqualTo("oid.tid");
        assertThat(Files.readString(store.file())).doesNotContainIgnoringCase("token")
                .doesNotContainIgnoringCase("secret").contains("dana@example.com");

        CredentialFactory f = new CredentialFactory(TokenCacheSupport.of(TokenCacheStatus.keychain("test")));
        assertThat(f.forKind(ConnectionKind.BROWSER, AzureCloud.AZURE, "tid", null, back))
                .isInstanceOf(InteractiveBrowserCredential.class);
        assertThat(f.forKind(ConnectionKind.DEVICE_CODE, AzureCloud.AZURE, "tid", info -> { }, back))
                .isInstanceOf(DeviceCodeCredential.class);
        assertThat(CredentialFactory.signIn(f.environment(AzureCloud.AZURE), AzureCloud.AZURE, null)).isNull();

        store.forgetAccount();
        assertThat(store.loadAccount()).isEmpty();
        assertThat(Files.readString(store.file())).doesNotContain("dana@example.com");
    }

    @Test
    void unreadableSettingsReadAsFirstRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{not json");
        assertThat(new SettingsStore(dir).load()).isEqualTo(ConnectionSettings.firstRun());
        String newer = "{\"connection\":{\"kind\":\"SOMETHING_NEW\",\"extra\":1},\"layout\":{\"page\":\"COMPUTE\"}}";
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), newer);
        // A kind from a newer version reads as first run, and the file stays as it is until the user connects.
        assertThat(new SettingsStore(dir).load()).isEqualTo(ConnectionSettings.firstRun());
        assertThat(Files.readString(dir.resolve(SettingsStore.FILE_NAME))).isEqualTo(newer);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith(SettingsStore.FILE_NAME + ".corrupt-"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }))
                    .containsExactly("{not json");
        }
    }
}
