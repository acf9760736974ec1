package dev.computedesk.azure.it;

import dev.computedesk.testing.EmulatorFixture;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AksComputeSecrets;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeSecrets;
import dev.computedesk.azure.model.DatabricksComputeSecrets;
import dev.computedesk.azure.model.DatabricksProperties;
import dev.computedesk.azure.model.DatabricksSettings;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.UserAccountCredentials;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.model.VirtualMachineSecrets;
import dev.computedesk.azure.model.VirtualMachineSettings;
import dev.computedesk.azure.model.VirtualMachineSshCredentials;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A full scenario (create with passwords, attach with a private key and a token, list keys, a retry, a failure)
 * with every logger at DEBUG and azure-core's HTTP logging at headers-and-body level: no token, password, key,
 * kube config or connection string reaches the log.
 */
class NoSecretsInLogsTest {
    private static final String CLUSTER_PASSWORD = "Cluster-Pa55word-S3cret";
    private static final String VM_PASSWORD = "Vm-Pa55word-S3cret";
    private static final String PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIEsecretKeyMaterialAbc123\n"
            + "-----END RSA PRIVATE KEY-----";
    private static final String DATABRICKS_TOKEN = "dapi0123456789abcdefSecretToken";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger root;
    private Level previousRoot;

    @BeforeEach
    void captureEverything() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousRoot = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restore() {
        root.detachAppender(appender);
        root.setLevel(previousRoot);
    }

    @Test
    void fullScenarioLeavesNoSecretInTheLog() {
        List<String> secrets = new ArrayList<>(List.of(CLUSTER_PASSWORD, VM_PASSWORD, "MIIEsecretKeyMaterialAbc123",
                DATABRICKS_TOKEN));
        org.slf4j.Logger careless = LoggerFactory.getLogger("test.careless.viewmodel");
        try (EmulatorFixture fx = EmulatorFixture.start()) {
            AzureConnection c = fx.connection();
            String token = fx.emulator().token();
            secrets.add(token);
            secrets.add(token.split("\\.")[1]);
            ComputeClient computes = c.computes();

            ComputeResource cluster = ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(
                    null, null, AmlComputeSettings.forCreate("Standard_DS3_v2", "Dedicated", "Linux",
                            new ScaleSettings(1, 0, "PT2M"),
                            new UserAccountCredentials("azureuser", null, CLUSTER_PASSWORD), null, "Enabled", true)));
            careless.debug("Creating {}", cluster);
            ArmOperation<ComputeResource> op = computes.createOrUpdate(fx.demoWorkspace(), "cl-secret", cluster);
            fx.emulator().advanceClock(Duration.ofHours(1));
            careless.debug("Created {}", op.waitForCompletion());

            String vmId = c.pickers().listVirtualMachines(DemoSeed.SUBSCRIPTION_ID).get(0).id();
            ComputeResource vm = ComputeResource.request(DemoSeed.LOCATION, null, VirtualMachineProperties.forRequest(
                    null, vmId, VirtualMachineSettings.forAttach(22,
                            new VirtualMachineSshCredentials("azureuser", VM_PASSWORD, null, PRIVATE_KEY))));
            careless.debug("Attaching {}", vm);
            ArmOperation<ComputeResource> attachVm = computes.createOrUpdate(fx.demoWorkspace(), "vm-secret", vm);
            fx.emulator().advanceClock(Duration.ofHours(1));
            attachVm.waitForCompletion();

            String dbxId = c.pickers().listDatabricksWorkspaces(DemoSeed.SUBSCRIPTION_ID).get(0).id();
            ComputeResource dbx = ComputeResource.request(DemoSeed.LOCATION, null, DatabricksProperties.forRequest(
                    null, dbxId, new DatabricksSettings(DATABRICKS_TOKEN, null)));
            careless.debug("Attaching {}", dbx);
            ArmOperation<ComputeResource> attachDbx = computes.createOrUpdate(fx.demoWorkspace(), "dbx-secret", dbx);
            fx.emulator().advanceClock(Duration.ofHours(1));
            attachDbx.waitForCompletion();

            fx.emulator().injectFault(Fault.status("POST", "/listKeys$", 1, 429, 0));
            for (String name : List.of(DemoSeed.AKS_CLUSTER, DemoSeed.ATTACHED_VM, DemoSeed.ATTACHED_DATABRICKS,
                    "vm-secret", "dbx-secret")) {
                ComputeSecrets keys = computes.listKeys(fx.demoWorkspace(), name);
                careless.debug("Keys of {}: {}", name, keys);
                secrets.addAll(secretValues(keys));
            }
            try {
                computes.get(fx.demoWorkspace(), "no-such-compute");
            } catch (ArmException e) {
                careless.debug("Expected failure", e);
            }
        }

        List<String> lines = appender.list.stream().map(NoSecretsInLogsTest::render).collect(Collectors.toList());
        String log = String.join("\n", lines);
        assertThat(secrets).allSatisfy(s -> assertThat(s).isNotBlank());
        for (String secret : secrets) {
            assertThat(log).as("log must not contain a secret").doesNotContain(secret);
        }
        // The scenario really was logged at body level, with the secrets masked.
        assertThat(appender.list).anySatisfy(e -> {
            assertThat(e.getLoggerName()).isEqualTo("dev.computedesk.azure.wire");
            assertThat(e.getFormattedMessage()).contains("\"adminUserPassword\":\"********\"");
        });
        // Method, URL and headers are azure-core's lines (HttpLogOptions): it names the redacted headers.
        assertThat(log).contains("\"userKubeConfig\":\"********\"").contains("\"redactedHeaders\":\"Authorization\"")
                .contains("\"method\":\"POST\"").contains("\"statusCode\":429");
    }

    /** The Azure pipeline (azure-core's bearer policy over HTTPS, a TokenCredential) at DEBUG leaks nothing either. */
    @Test
    void azurePipelineOverHttpsLeavesNoTokenInTheLog(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path keystore = TestCertificates.keystore(dir);
        List<String> secrets = new ArrayList<>();
        try (dev.computedesk.emulator.Emulator emu = dev.computedesk.emulator.Emulator.start(
                dev.computedesk.emulator.EmulatorConfig.defaults().withThrottling(false)
                        .withClockMode(dev.computedesk.emulator.ClockMode.MANUAL)
                        .withHttps(keystore, TestCertificates.PASSWORD))) {
            secrets.add(emu.token());
            secrets.add(emu.token().split("\\.")[1]);
            com.azure.core.credential.TokenCredential idp = request -> reactor.core.publisher.Mono.just(
                    new com.azure.core.credential.AccessToken(emu.token(), java.time.OffsetDateTime.now().plusHours(1)));
            AzureConnection c = new dev.computedesk.azure.connect.ConnectionFactory(EmulatorFixture.testOptions()
                    .withSslContext(TestCertificates.trusting(keystore))).azure(
                    dev.computedesk.azure.connection.ConnectionKind.DEVICE_CODE, idp,
                    dev.computedesk.azure.connect.ConnectionFactory.environmentFor(emu.baseUrl()), null);
            dev.computedesk.azure.model.WorkspaceRef ws = new dev.computedesk.azure.model.WorkspaceRef(
                    DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE, DemoSeed.LOCATION);
            c.computes().list(ws);
            secrets.addAll(secretValues(c.computes().listKeys(ws, DemoSeed.AKS_CLUSTER)));
            secrets.addAll(secretValues(c.computes().listKeys(ws, DemoSeed.ATTACHED_DATABRICKS)));
        }
        String log = appender.list.stream().map(NoSecretsInLogsTest::render).collect(Collectors.joining("\n"));
        assertThat(log).contains("\"method\":\"GET\",\"url\":\"https://127.0.0.1:")
                .contains("\"redactedHeaders\":\"Authorization\"");
        for (String secret : secrets) {
            assertThat(log).as("log must not contain a secret").doesNotContain(secret);
        }
    }

    /** A query parameter outside the allow-list reaches the log only as {@code REDACTED} (azure-core's doing). */
    @Test
    void queryParametersOutsideTheAllowListAreRedacted() {
        String signature = "sig-S3cret-value";
        try (EmulatorFixture fx = EmulatorFixture.start()) {
            var http = new dev.computedesk.azure.internal.ArmHttp(fx.connection().pipeline(),
                    fx.emulator().baseUrl().toString());
            String path = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/" + DemoSeed.RESOURCE_GROUP
                    + "/providers/Microsoft.MachineLearningServices/workspaces/" + DemoSeed.WORKSPACE + "/computes";
            assertThat(http.send(com.azure.core.http.HttpMethod.GET, http.url(path, "2026-07-01", "sig", signature,
                    "$top", "5"), null).getStatusCode()).isEqualTo(200);
        }
        String log = appender.list.stream().map(NoSecretsInLogsTest::render).collect(Collectors.joining("\n"));
        assertThat(log).doesNotContain(signature).contains("api-version=2026-07-01").contains("sig=REDACTED")
                .contains("%24top=5");
    }

    private static List<String> secretValues(ComputeSecrets keys) {
        List<String> out = new ArrayList<>();
        if (keys instanceof AksComputeSecrets) {
            AksComputeSecrets k = (AksComputeSecrets) keys;
            out.add(k.userKubeConfig());
            out.add(k.adminKubeConfig());
        } else if (keys instanceof VirtualMachineSecrets) {
            VirtualMachineSshCredentials a = ((VirtualMachineSecrets) keys).administratorAccount();
            if (a.password() != null) {
                out.add(a.password());
            }
            if (a.privateKeyData() != null) {
                out.add(a.privateKeyData());
            }
        } else if (keys instanceof DatabricksComputeSecrets) {
            out.add(((DatabricksComputeSecrets) keys).databricksAccessToken());
        }
        return out;
    }

    private static String render(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
