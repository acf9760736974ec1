package dev.computedesk.azure.connection;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.identity.AuthenticationRecord;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.DeviceCodeCredential;
import com.azure.identity.InteractiveBrowserCredential;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.identity.InteractiveBrowserCredentialBuilder;
import dev.computedesk.azure.network.Network;
import dev.computedesk.azure.network.NetworkSettings;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds the azure-identity credential of each sign-in method for a cloud and (optional) tenant, with the
 * token cache persisted in the OS keychain where {@link TokenCacheSupport} allows it, each reaching the sign-in service
 * through the app's {@link Network} (proxy and TLS trust). The Azure CLI credential runs {@code az}, which uses its
 * own proxy settings ({@code HTTPS_PROXY}).
 */
public final class CredentialFactory {
    private final TokenCacheSupport tokenCache;
    private final HttpClient httpClient;

    /** With the given token-cache decision, on this process's network with the system's proxy. */
    public CredentialFactory(TokenCacheSupport tokenCache) {
        this(tokenCache, Network.forThisProcess(NetworkSettings.system()));
    }

    /**
     * With the given token-cache decision; the credentials reach the sign-in service through {@code network} (its
     * proxy and TLS trust, as the ARM calls do).
     */
    public CredentialFactory(TokenCacheSupport tokenCache, Network network) {
        this.tokenCache = Objects.requireNonNull(tokenCache);
        this.httpClient = network.httpClient(null);
    }

    /** What happens to tokens (for the sign-in dialog). */
    public TokenCacheStatus tokenCacheStatus() {
        return tokenCache.status();
    }

    /** Reuses the Azure CLI login ({@code az login}); the CLI keeps its own cache. */
    public TokenCredential azureCli(AzureCloud cloud, String tenantId) {
        AzureCliCredentialBuilder b = new AzureCliCredentialBuilder();
        if (tenantId != null && !tenantId.isBlank()) {
            b.tenantId(tenantId);
        }
        b.additionallyAllowedTenants("*");
        return b.build();
    }

    /** Interactive sign-in in the system browser (redirect to a loopback port). */
    public TokenCredential interactiveBrowser(AzureCloud cloud, String tenantId) {
        return interactiveBrowser(cloud, tenantId, null);
    }

    /**
     * Interactive browser sign-in that first tries the account of {@code account} (remembered from an earlier run)
     * silently from the persistent cache; the browser opens only when that fails.
     */
    public TokenCredential interactiveBrowser(AzureCloud cloud, String tenantId, AuthenticationRecord account) {
        InteractiveBrowserCredentialBuilder b = new InteractiveBrowserCredentialBuilder()
                .authorityHost(cloud.authorityHost()).httpClient(httpClient);
        if (account != null) {
            b.authenticationRecord(account);
        }
        if (tenantId != null && !tenantId.isBlank()) {
            b.tenantId(tenantId);
        }
        b.additionallyAllowedTenants("*");
        tokenCache.persistenceOptions().ifPresent(b::tokenCachePersistenceOptions);
        return b.build();
    }

    /**
     * Device-code sign-in: {@code challenge} receives the code and URL (on an azure-identity thread) when a
     * token is first requested; the UI shows them with a Copy button.
     */
    public TokenCredential deviceCode(AzureCloud cloud, String tenantId, Consumer<DeviceCodeInfo> challenge) {
        return deviceCode(cloud, tenantId, challenge, null);
    }

    /** Device-code sign-in that first tries the remembered {@code account} silently from the persistent cache. */
    public TokenCredential deviceCode(AzureCloud cloud, String tenantId, Consumer<DeviceCodeInfo> challenge,
                                      AuthenticationRecord account) {
        Objects.requireNonNull(challenge, "challenge");
        DeviceCodeCredentialBuilder b = new DeviceCodeCredentialBuilder()
                .authorityHost(cloud.authorityHost()).httpClient(httpClient)
                .challengeConsumer(adapt(challenge));
        if (account != null) {
            b.authenticationRecord(account);
        }
        if (tenantId != null && !tenantId.isBlank()) {
            b.tenantId(tenantId);
        }
        b.additionallyAllowedTenants("*");
        tokenCache.persistenceOptions().ifPresent(b::tokenCachePersistenceOptions);
        return b.build();
    }

    /** A service principal (or workload identity) from the standard {@code AZURE_*} environment variables. */
    public TokenCredential environment(AzureCloud cloud) {
        return new EnvironmentCredentialBuilder().authorityHost(cloud.authorityHost()).httpClient(httpClient).build();
    }

    /** The credential for a connection kind (not {@link ConnectionKind#EMULATOR}). */
    public TokenCredential forKind(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                   Consumer<DeviceCodeInfo> deviceCodeChallenge) {
        return forKind(kind, cloud, tenantId, deviceCodeChallenge, null);
    }

    /** As {@link #forKind(ConnectionKind, AzureCloud, String, Consumer)}, reusing a remembered account. */
    public TokenCredential forKind(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                   Consumer<DeviceCodeInfo> deviceCodeChallenge, AuthenticationRecord account) {
        switch (kind) {
            case AZURE_CLI:
                return azureCli(cloud, tenantId);
            case BROWSER:
                return interactiveBrowser(cloud, tenantId, account);
            case DEVICE_CODE:
                return deviceCode(cloud, tenantId, deviceCodeChallenge, account);
            case ENVIRONMENT:
                return environment(cloud);
            default:
                throw new IllegalArgumentException("No Azure credential for " + kind);
        }
    }

    /**
     * Signs in now with a browser or device-code credential (showing the browser or calling the challenge) and
     * returns the account to remember ({@link SettingsStore#saveAccount}); null for other credentials, which keep
     * no account of their own. Blocking; call off the FX thread.
     */
    public static AuthenticationRecord signIn(TokenCredential credential, AzureCloud cloud, String tenantId) {
        TokenRequestContext ctx = new TokenRequestContext().addScopes(cloud.armScope());
        if (tenantId != null && !tenantId.isBlank()) {
            ctx.setTenantId(tenantId);
        }
        if (credential instanceof InteractiveBrowserCredential) {
            return ((InteractiveBrowserCredential) credential).authenticate(ctx).block();
        }
        if (credential instanceof DeviceCodeCredential) {
            return ((DeviceCodeCredential) credential).authenticate(ctx).block();
        }
        return null;
    }

    /** Maps azure-identity's challenge to the app's record (the device code itself is not passed on). */
    static Consumer<com.azure.identity.DeviceCodeInfo> adapt(Consumer<DeviceCodeInfo> challenge) {
        return info -> challenge.accept(new DeviceCodeInfo(info.getUserCode(), info.getVerificationUrl(),
                info.getExpiresOn(), info.getMessage()));
    }
}
