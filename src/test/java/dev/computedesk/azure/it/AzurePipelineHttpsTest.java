package dev.computedesk.azure.it;

import dev.computedesk.testing.EmulatorFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.resources.ResourceManager;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * The Azure connection's pipeline, unchanged (azure-core's {@link BearerTokenAuthenticationPolicy} with a
 * {@link TokenCredential}), against the emulator over HTTPS with a certificate made here by {@code keytool} and
 * trusted through the JDK client's {@link SSLContext}. Only the endpoint and the identity provider differ from Azure.
 */
class AzurePipelineHttpsTest {
    @TempDir
    static Path dir;
    private static Emulator emulator;
    private static SSLContext trust;
    private static final AtomicInteger TOKEN_REQUESTS = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        Path keystore = TestCertificates.keystore(dir);
        emulator = Emulator.start(EmulatorConfig.defaults().withClockMode(ClockMode.MANUAL).withThrottling(false)
                .withHttps(keystore, TestCertificates.PASSWORD));
        trust = TestCertificates.trusting(keystore);
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** Plays the identity provider: hands out the emulator's token for the ARM scope. */
    static TokenCredential fakeIdentityProvider(List<String> scopesSeen) {
        return request -> {
            TOKEN_REQUESTS.incrementAndGet();
            scopesSeen.addAll(request.getScopes());
            return Mono.just(new AccessToken(emulator.token(), OffsetDateTime.now().plusHours(1)));
        };
    }

    private static AzureConnection azureConnection(List<String> scopes) {
        AzureEnvironment env = ConnectionFactory.environmentFor(emulator.baseUrl());
        return new ConnectionFactory(EmulatorFixture.testOptions().withSslContext(trust))
                .azure(ConnectionKind.BROWSER, fakeIdentityProvider(scopes), env, DemoSeed.TENANT_ID);
    }

    @Test
    void azurePipelineWithBearerPolicyWorksOverHttps() {
        assertThat(emulator.baseUrl().getScheme()).isEqualTo("https");
        List<String> scopes = new ArrayList<>();
        AzureConnection c = azureConnection(scopes);

        HttpPipeline pipeline = c.pipeline();
        boolean hasBearer = false;
        for (int i = 0; i < pipeline.getPolicyCount(); i++) {
            hasBearer |= pipeline.getPolicy(i) instanceof BearerTokenAuthenticationPolicy;
        }
        assertThat(hasBearer).isTrue();
        assertThat(c.principal().objectId()).isEqualTo(DemoSeed.USER_OID);
        assertThat(c.displayName()).contains(DemoSeed.USER_NAME);

        List<ComputeResource> computes = c.computes().list(new dev.computedesk.azure.model.WorkspaceRef(
                DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE, DemoSeed.LOCATION));
        assertThat(computes).extracting(ComputeResource::name).contains(DemoSeed.CI_RUNNING_SSH);
        assertThat(scopes).contains("https://management.core.windows.net//.default");
    }

    @Test
    void untrustedCertificateFailsFastWithoutRetries() {
        AzureEnvironment env = ConnectionFactory.environmentFor(emulator.baseUrl());
        AzureConnection untrusting = new ConnectionFactory(EmulatorFixture.testOptions())
                .azure(ConnectionKind.BROWSER, fakeIdentityProvider(new ArrayList<>()), env, null);
        List<dev.computedesk.azure.http.CallRecord> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var scope = dev.computedesk.azure.http.CallScope.open(calls::add)) {
            assertThatThrownBy(() -> untrusting.subscriptions().listSubscriptions())
                    .isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.httpStatus()).isZero();
                        assertThat(e.code()).isEqualTo("CertificateNotTrusted");
                        assertThat(e.armMessage()).startsWith("The certificate of 127.0.0.1 is not trusted.");
                    });
        }
        // A TLS failure is not retried: one attempt, no backoff.
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).failure()).contains("SSLHandshakeException");
    }

    @Test
    void resourceManagerRunsOnTheSamePipeline() {
        AzureConnection c = azureConnection(new ArrayList<>());
        ResourceManager arm = ResourceManager.authenticate(c.pipeline(),
                new AzureProfile(DemoSeed.TENANT_ID, DemoSeed.SUBSCRIPTION_ID, c.environment()))
                .withSubscription(DemoSeed.SUBSCRIPTION_ID);
        List<String> names = new ArrayList<>();
        arm.resourceGroups().list().forEach(g -> names.add(g.name()));
        assertThat(names).contains(DemoSeed.RESOURCE_GROUP);
    }
}
