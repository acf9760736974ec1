package dev.computedesk.azure.connect;

import dev.computedesk.domain.text.Messages;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.management.AzureEnvironment;
import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.Principal;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.internal.ArmConnection;
import dev.computedesk.azure.internal.PipelineFactory;
import dev.computedesk.azure.model.ArmError;
import dev.computedesk.azure.network.ConnectionFailures;
import dev.computedesk.azure.network.Network;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@link AzureConnection}s: to the emulator (base URL + its bearer token) or to Azure (an azure-identity
 * credential + a cloud). Both use the same pipeline and clients; only the endpoint and credential differ.
 */
public final class ConnectionFactory {

    private final ConnectionOptions options;

    /** With default options (system proxy, default trust store, real time). */
    public ConnectionFactory() {
        this(ConnectionOptions.defaults());
    }

    /** With the given options. */
    public ConnectionFactory(ConnectionOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    /** The network (proxy and TLS trust) every connection and credential of this factory uses. */
    public Network network() {
        return options.network();
    }

    /**
     * A connection to an emulator at {@code baseUrl} (e.g. {@code http://127.0.0.1:PORT/}) with its token.
     * Over plain http a small policy sets {@code Authorization: Bearer <token>} (azure-core's bearer policy refuses
     * http); over https azure-core's own {@code BearerTokenAuthenticationPolicy} is used.
     */
    public AzureConnection emulator(URI baseUrl, String token) {
        return emulator(baseUrl, token, Messages.get("net.localEmulator"));
    }

    /**
     * A connection to an emulator the app did not start ({@code --emulator-url}), named after its URL
     * ("Emulator at http://127.0.0.1:PORT") so {@code #connectionLabel} does not pass it off as the local one.
     */
    public AzureConnection externalEmulator(URI baseUrl, String token) {
        String url = baseUrl.toString();
        return emulator(baseUrl, token, "Emulator at " + (url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
    }

    private AzureConnection emulator(URI baseUrl, String token, String displayName) {
        Objects.requireNonNull(token, "token");
        AzureEnvironment env = environmentFor(baseUrl);
        Principal principal = Principal.fromAccessToken(token);
        PipelineFactory pipelines = new PipelineFactory(options);
        var pipeline = "https".equalsIgnoreCase(baseUrl.getScheme())
                ? pipelines.bearer(staticCredential(token), AzureCloud.armScope(env))
                : pipelines.staticBearer(token);
        return new ArmConnection(ConnectionKind.EMULATOR, displayName, principal, env, pipeline, options);
    }

    /**
     * A connection to Azure with an azure-identity credential. A first token is requested now (this may show a
     * browser or call the device-code callback), to learn the principal from its claims; call off the FX thread.
     *
     * @throws AuthenticationRequiredException when no token can be obtained
     */
    public AzureConnection azure(ConnectionKind kind, TokenCredential credential, AzureCloud cloud, String tenantId) {
        return azure(kind, credential, cloud.environment(), tenantId);
    }

    /**
     * As {@link #azure(ConnectionKind, TokenCredential, AzureCloud, String)} with any environment: tests point
     * {@code resourceManagerEndpointUrl} at an emulator over https to run this exact pipeline.
     */
    public AzureConnection azure(ConnectionKind kind, TokenCredential credential, AzureEnvironment environment,
                                 String tenantId) {
        String scope = AzureCloud.armScope(environment);
        TokenRequestContext ctx = new TokenRequestContext().addScopes(scope);
        if (tenantId != null && !tenantId.isBlank()) {
            ctx.setTenantId(tenantId);
        }
        String token;
        try {
            var accessToken = credential.getTokenSync(ctx);
            token = accessToken == null ? null : accessToken.getToken();
        } catch (RuntimeException e) {
            throw signInFailed(e, environment);
        }
        if (token == null) {
            throw new AuthenticationRequiredException(0, dev.computedesk.azure.model.ArmError.of(
                    "AuthenticationFailed", "Sign-in did not produce a token"), null, null, null);
        }
        Principal principal = Principal.fromAccessToken(token);
        var pipeline = new PipelineFactory(options).bearer(credential, scope);
        String label = (principal.name() == null ? principal.objectId() : principal.name())
                + (principal.tenantId() == null ? "" : " (" + principal.tenantId() + ")");
        return new ArmConnection(kind, label, principal, environment, pipeline, options);
    }

    /**
     * Reconnects to the Azure account remembered in {@code settings} (kind, cloud, tenant). The emulator kind is
     * not handled here: the composition root owns the embedded emulator and calls {@link #emulator}.
     *
     * @param deviceCode shows the device code (used only for {@link ConnectionKind#DEVICE_CODE})
     * @throws AuthenticationRequiredException when the credential cannot produce a token
     */
    public AzureConnection azure(dev.computedesk.azure.connection.ConnectionSettings settings,
                                 dev.computedesk.azure.connection.CredentialFactory credentials,
                                 java.util.function.Consumer<dev.computedesk.azure.connection.DeviceCodeInfo> deviceCode) {
        return azure(settings, credentials, deviceCode, null);
    }

    /**
     * As {@link #azure(dev.computedesk.azure.connection.ConnectionSettings,
     * dev.computedesk.azure.connection.CredentialFactory, java.util.function.Consumer)}, reusing the remembered
     * {@code account} (from {@code SettingsStore.loadAccount()}) so a browser or device-code sign-in is silent when
     * the keychain cache still holds its refresh token.
     */
    public AzureConnection azure(dev.computedesk.azure.connection.ConnectionSettings settings,
                                 dev.computedesk.azure.connection.CredentialFactory credentials,
                                 java.util.function.Consumer<dev.computedesk.azure.connection.DeviceCodeInfo> deviceCode,
                                 com.azure.identity.AuthenticationRecord account) {
        if (settings.kind() == ConnectionKind.EMULATOR) {
            throw new IllegalArgumentException("The emulator connection is built with emulator(baseUrl, token)");
        }
        AzureCloud cloud = settings.cloud() == null ? AzureCloud.AZURE : settings.cloud();
        TokenCredential credential = credentials.forKind(settings.kind(), cloud, settings.tenantId(), deviceCode,
                account);
        return azure(settings.kind(), credential, cloud, settings.tenantId());
    }

    /**
     * Why no token came: a connection failure to the sign-in service of {@code environment} (proxy, certificate,
     * DNS, timeout) in plain words with its host, else the failure's type.
     */
    public AuthenticationRequiredException signInFailed(RuntimeException e, AzureEnvironment environment) {
        URI login = URI.create(environment.getActiveDirectoryEndpoint());
        var problem = ConnectionFailures.describe(e, login, options.network().proxyFor(login));
        ArmError error = problem.map(p -> ArmError.of(p.code(), "Sign-in failed: " + p.message()))
                .orElseGet(() -> ArmError.of("AuthenticationFailed",
                        "Sign-in did not produce a token: " + e.getClass().getSimpleName()));
        return new AuthenticationRequiredException(0, error, null, null, e);
    }

    /** An environment whose ARM endpoint is {@code baseUrl} (management endpoint kept as Azure's, for the scope). */
    public static AzureEnvironment environmentFor(URI baseUrl) {
        String url = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", url);
        return new AzureEnvironment(endpoints);
    }

    private static TokenCredential staticCredential(String token) {
        return request -> reactor.core.publisher.Mono.just(
                new com.azure.core.credential.AccessToken(token, java.time.OffsetDateTime.now().plusHours(1)));
    }
}
