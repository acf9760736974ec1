package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.CustomService;
import dev.computedesk.azure.model.DatabricksProperties;
import dev.computedesk.azure.model.DataLakeAnalyticsProperties;
import dev.computedesk.azure.model.HdInsightProperties;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.yaml.ComputeYaml;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.domain.ssh.SshKeys;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.ui.common.ComputeFormKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * YAML → form → YAML → ARM for every form and every field it holds: a file as the one mapping writes it is read
 * into the form, the form's review shows the same file (secrets masked), and the request it sends carries every
 * value, including strings YAML would read as something else if they were not quoted.
 */
@org.junit.jupiter.api.Timeout(120)
class YamlRoundTripTest {
    /** Strings a hand-quoted writer changed on the way back: octal, sexagesimal, boolean, null, comment, quotes. */
    private static final String DESCRIPTION = "Team 0042 \u2603 caf\u00e9 \u6f22\u5b57\n"
            + "  12:30 yes ~ # not a comment\n"
            + "say \"hi\" and 'bye'";
    private static final String DESCRIPTION_YAML = "description: |-\n"
            + "  Team 0042 \u2603 caf\u00e9 \u6f22\u5b57\n"
            + "    12:30 yes ~ # not a comment\n"
            + "  say \"hi\" and 'bye'\n";
    private static final String SUBNET = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/"
            + DemoSeed.RESOURCE_GROUP + "/providers/Microsoft.Network/virtualNetworks/" + DemoSeed.VNET
            + "/subnets/default";
    private static final String IDENTITY = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/"
            + DemoSeed.RESOURCE_GROUP + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
            + DemoSeed.IDENTITY_COMPUTE;
    private static String publicKey;

    private final FormTestSupport support = new FormTestSupport();

    @BeforeAll
    static void key() throws Exception {
        KeyPair pair = SshKeys.generateRsa();
        publicKey = SshKeys.openSshPublicKey((RSAPublicKey) pair.getPublic(), "round-trip");
    }

    @AfterEach
    void close() {
        support.close();
    }

    /** Reads {@code yaml} into the form and returns its review YAML; nothing may be left out. */
    private String throughTheForm(ComputeFormViewModel form, String yaml) {
        support.run();
        form.loadYaml(yaml, "compute.yml");
        support.run();
        assertThat(form.errorProperty().get()).isNull();
        assertThat(form.noticeProperty().get()).isEqualTo("Values read from compute.yml");
        form.refreshReview();
        return form.reviewYamlProperty().get();
    }

    /** The request the form sends (secrets as typed), with its name. */
    private static ComputeResource sent(ComputeFormViewModel form) {
        return ComputeFormViewModel.withName(form.buildRequest(SecretMode.SEND), form.name().get());
    }

    @Test
    void aComputeInstanceWithEveryField() {
        String yaml = String.join("\n",
                "$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json",
                "name: ci-yaml",
                "type: computeinstance",
                DESCRIPTION_YAML + "location: eastus",
                "size: Standard_DS4_v2",
                "idle_time_before_shutdown: PT45M",
                "idle_time_before_shutdown_minutes: 45",
                "ssh_public_access_enabled: true",
                "ssh_settings:",
                "  ssh_key_value: " + publicKey,
                "create_on_behalf_of:",
                "  user_tenant_id: " + DemoSeed.TENANT_ID,
                "  user_object_id: " + DemoSeed.OTHER_USER_OID,
                "network_settings:",
                "  subnet: " + SUBNET,
                "enable_node_public_ip: false",
                "enable_sso: false",
                "schedules:",
                "  compute_start_stop:",
                "    - action: stop",
                "      trigger:",
                "        type: cron",
                "        time_zone: Pacific Standard Time",
                "        expression: \"30 18 * * 1,2,3,4,5\"",
                "      state: enabled",
                "    - action: start",
                "      trigger:",
                "        type: cron",
                "        time_zone: UTC",
                "        expression: 0 7 * * 1",
                "      state: enabled",
                "setup_scripts:",
                "  creation_script:",
                "    path: Users/me/setup.sh",
                "    command: --level 0042 --at 12:30",
                "  startup_script:",
                "    path: Users/me/start.sh",
                "    command: \"yes\"",
                "identity:",
                "  type: user_assigned",
                "  user_assigned_identities:",
                "    - resource_id: " + IDENTITY,
                "tags:",
                "  octal: \"0042\"",
                "  time: \"12:30\"",
                "  word: \"yes\"",
                "  tilde: \"~\"",
                "  hash: \"# not a comment\"",
                "  quotes: say \"hi\"",
                "  unicode: caf\u00e9 \u2603",
                "");
        ComputeInstanceFormViewModel form = new ComputeInstanceFormViewModel(support.services());

        assertThat(throughTheForm(form, yaml)).isEqualTo(yaml);
        assertThat(form.idleMinutes().get()).isEqualTo("45");
        assertThat(form.tags()).contains(new Tag("octal", "0042"), new Tag("time", "12:30"), new Tag("tilde", "~"));
        assertThat(form.descriptionProperty().get()).isEqualTo(DESCRIPTION);

        ComputeResource request = sent(form);
        assertThat(ComputeYaml.write(request)).isEqualTo(yaml);
        ComputeInstanceSettings arm = ((ComputeInstanceProperties) request.properties()).properties();
        assertThat(arm.vmSize()).isEqualTo("Standard_DS4_v2");
        assertThat(arm.idleTimeBeforeShutdown()).isEqualTo("PT45M");
        assertThat(arm.sshSettings().adminPublicKey()).isEqualTo(publicKey);
        assertThat(arm.personalComputeInstanceSettings().assignedUser().objectId()).isEqualTo(DemoSeed.OTHER_USER_OID);
        assertThat(arm.subnet().id()).isEqualTo(SUBNET);
        assertThat(arm.enableNodePublicIp()).isFalse();
        assertThat(arm.schedules().path("computeStartStop")).hasSize(2);
        assertThat(arm.setupScripts().path("scripts").path("creationScript").path("scriptArguments").asText())
                .isEqualTo("--level 0042 --at 12:30");
        assertThat(request.properties().description()).isEqualTo(DESCRIPTION);
        assertThat(request.tags()).containsEntry("octal", "0042").containsEntry("time", "12:30")
                .containsEntry("word", "yes").containsEntry("hash", "# not a comment");
        assertThat(request.identity().userAssignedIdentities()).containsOnlyKeys(IDENTITY);
    }

    @Test
    void aComputeInstanceWithCustomApplicationsSsoAndAKeySetUpLater() {
        String yaml = String.join("\n",
                "$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json",
                "name: ci-apps",
                "type: computeinstance",
                "location: eastus",
                "size: Standard_DS3_v2",
                "ssh_public_access_enabled: true",
                "enable_sso: false",
                "custom_applications:",
                "  - name: rstudio",
                "    type: docker",
                "    image:",
                "      reference: ghcr.io/azure/rocker-rstudio-ml-verse:latest",
                "    endpoints:",
                "      - target: 8787",
                "        published: 8787",
                "    environment_variables:",
                "      TZ: Europe/Berlin",
                "      LEVEL: \"0042\"",
                "    bind_mounts:",
                "      - source: /home/azureuser/cloudfiles",
                "        target: /home/azureuser/cloudfiles",
                "  - name: metrics",
                "    type: docker",
                "    image:",
                "      reference: prom/prometheus:v2.53.0",
                "    endpoints:",
                "      - target: 9090",
                "        published: 9090",
                "        protocol: tcp",
                "        name: web",
                "    bind_mounts:",
                "      - source: /mnt/config",
                "        target: /etc/prometheus",
                "        read_only: true",
                "# ssh_settings.ssh_key_value: none here (Azure does not return it, or the key is to be set up later);"
                        + " add your public key",
                "# custom_applications[1]: protocol tcp is not a CLI v2 key (az ml sends http and refuses the key);"
                        + " this app reads it",
                "# custom_applications[1]: endpoint name web is not a CLI v2 key (az ml names every endpoint connect"
                        + " and refuses the key); this app reads it",
                "# custom_applications[1]: read_only is not a CLI v2 key (az ml mounts read-write and refuses the"
                        + " key); this app reads it",
                "");
        ComputeInstanceFormViewModel form = new ComputeInstanceFormViewModel(support.services());

        assertThat(throughTheForm(form, yaml)).isEqualTo(yaml);
        assertThat(form.ssoProperty().get()).isFalse();
        assertThat(form.ssh().keySourceProperty().get()).isEqualTo(SshSection.KeySource.LATER);
        assertThat(form.customApplications().applications()).extracting(CustomService::name)
                .containsExactly("rstudio", "metrics");

        ComputeResource request = sent(form);
        assertThat(ComputeYaml.write(request)).isEqualTo(yaml);
        ComputeInstanceSettings arm = ((ComputeInstanceProperties) request.properties()).properties();
        assertThat(arm.enableSSO()).isFalse();
        assertThat(arm.sshSettings().sshPublicAccess()).isEqualTo("Enabled");
        assertThat(arm.sshSettings().adminPublicKey()).isNull();
        CustomService rstudio = arm.customServiceList().get(0);
        assertThat(rstudio.endpoints()).containsExactly(CustomService.Endpoint.http("connect", 8787, 8787));
        assertThat(rstudio.environmentVariables()).containsEntry("LEVEL", CustomService.EnvironmentVariable.local("0042"));
        assertThat(rstudio.docker().privileged()).as("as azure-ai-ml sends it").isTrue();
        CustomService metrics = arm.customServiceList().get(1);
        assertThat(metrics.endpoints()).containsExactly(new CustomService.Endpoint("tcp", "web", 9090, 9090, null));
        assertThat(metrics.volumes()).containsExactly(CustomService.Volume.bind("/mnt/config", "/etc/prometheus", true));
    }

    @Test
    void idleShutdownCopiedFromAnInstanceSurvivesOpenYaml() {
        ComputeInstanceFormViewModel form = new ComputeInstanceFormViewModel(support.services());
        support.run();
        form.loadYaml("name: ci-copy\ntype: computeinstance\nidle_time_before_shutdown: PT2H\n", "copied.yml");
        assertThat(form.idleShutdownProperty().get()).isTrue();
        assertThat(form.idleMinutes().get()).isEqualTo("120");
        form.refreshReview();
        assertThat(form.reviewYamlProperty().get()).contains("idle_time_before_shutdown: PT120M\n",
                "idle_time_before_shutdown_minutes: 120\n");
        assertThat(((ComputeInstanceProperties) sent(form).properties()).properties().idleTimeBeforeShutdown())
                .isEqualTo("PT120M");
    }

    @Test
    void aComputeClusterWithEveryField() {
        String yaml = String.join("\n",
                "$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json",
                "name: cpu-yaml",
                "type: amlcompute",
                DESCRIPTION_YAML + "location: eastus",
                "size: Standard_DS4_v2",
                "tier: low_priority",
                "min_instances: 1",
                "max_instances: 4",
                "idle_time_before_scale_down: 300",
                "ssh_public_access_enabled: true",
                "ssh_settings:",
                "  admin_username: \"0042\"",
                "  ssh_key_value: " + publicKey,
                "network_settings:",
                "  subnet: " + SUBNET,
                "enable_node_public_ip: false",
                "identity:",
                "  type: system_assigned",
                "");
        ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(support.services());

        assertThat(throughTheForm(form, yaml)).isEqualTo(yaml);
        assertThat(form.tierProperty().get()).isEqualTo(VmPriority.LOW_PRIORITY);
        assertThat(form.vmSizeProperty().get().name()).as("low_priority keeps the file's size").isEqualTo("Standard_DS4_v2");
        assertThat(form.ssh().adminUser().get()).isEqualTo("0042");

        ComputeResource request = sent(form);
        assertThat(ComputeYaml.write(request)).isEqualTo(yaml);
        var arm = ((AmlComputeProperties) request.properties()).properties();
        assertThat(arm.vmPriority()).isEqualTo("LowPriority");
        assertThat(arm.vmSize()).isEqualTo("Standard_DS4_v2");
        assertThat(arm.scaleSettings().nodeIdleTimeBeforeScaleDown()).isEqualTo("PT5M");
        assertThat(arm.userAccountCredentials().adminUserName()).isEqualTo("0042");
        assertThat(request.identity().type()).isEqualTo("SystemAssigned");
    }

    @Test
    void aClusterWithoutSshPublicAccessEnabledIsNotSpecifiedAndStaysWithoutTheKey() {
        String yaml = String.join("\n",
                "$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json",
                "name: cpu-notspec",
                "type: amlcompute",
                "location: eastus",
                "size: Standard_DS3_v2",
                "tier: dedicated",
                "min_instances: 0",
                "max_instances: 2",
                "idle_time_before_scale_down: 120",
                "ssh_settings:",
                "  admin_username: azureuser",
                "  ssh_key_value: " + publicKey,
                "enable_node_public_ip: true",
                "");
        ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(support.services());

        assertThat(throughTheForm(form, yaml)).isEqualTo(yaml);
        assertThat(form.sshAccessProperty().get()).isEqualTo(ClusterSshAccess.NOT_SPECIFIED);
        ComputeResource request = sent(form);
        assertThat(((AmlComputeProperties) request.properties()).properties().remoteLoginPortPublicAccess())
                .isEqualTo("NotSpecified");
        assertThat(ComputeYaml.write(request)).isEqualTo(yaml);

        form.loadYaml(yaml.replace("ssh_settings:", "ssh_public_access_enabled: false\nssh_settings:"), "off.yml");
        support.run();
        assertThat(form.sshAccessProperty().get()).isEqualTo(ClusterSshAccess.DISABLED);
    }

    @Test
    void aClusterPasswordFromTheFileIsSentAndMaskedInTheReview() {
        ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(support.services());
        String review = throughTheForm(form, "name: cpu-pw\ntype: amlcompute\nssh_settings:\n"
                + "  admin_username: azureuser\n  admin_password: \"12:30\"\n");
        assertThat(review).contains("admin_password: '********'").doesNotContain("12:30");
        assertThat(((AmlComputeProperties) sent(form).properties()).properties().userAccountCredentials()
                .adminUserPassword()).isEqualTo("12:30");

        // The review's own YAML opened again: the masked password is named, never sent as ********.
        ComputeClusterFormViewModel again = new ComputeClusterFormViewModel(support.services());
        support.run();
        again.loadYaml(review, "review.yml");
        assertThat(again.noticeProperty().get()).isEqualTo("Values read from review.yml. Not used: "
                + "ssh_settings.admin_password: masked in the file, so it was not used; type it again");
        assertThat(again.ssh().password().get()).isEmpty();
    }

    @Test
    void lowPriorityFromAFileKeepsTheFilesSizeInAnyOrder() {
        ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(support.services());
        support.run();
        form.loadYaml("name: cpu-lp\ntype: amlcompute\nsize: Standard_DS4_v2\ntier: low_priority\n", "lp.yml");
        assertThat(form.tierProperty().get()).isEqualTo(VmPriority.LOW_PRIORITY);
        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_DS4_v2");
        form.loadYaml("name: cpu-lp\ntype: amlcompute\ntier: low_priority\nsize: Standard_D3_v2\n", "lp.yml");
        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_D3_v2");

        // In another region, once its sizes have loaded.
        form.loadYaml("name: cpu-lp\ntype: amlcompute\nlocation: westus2\nsize: Standard_DS4_v2\n"
                + "tier: low_priority\n", "lp.yml");
        support.run();
        assertThat(form.locationProperty().get()).isEqualTo("westus2");
        assertThat(form.tierProperty().get()).isEqualTo(VmPriority.LOW_PRIORITY);
        assertThat(form.vmSizeProperty().get().name()).isEqualTo("Standard_DS4_v2");
    }

    @Test
    void switchingTheVmTypeAwayAndBackRestoresTheSize() {
        ComputeInstanceFormViewModel instance = new ComputeInstanceFormViewModel(support.services());
        ComputeClusterFormViewModel cluster = new ComputeClusterFormViewModel(support.services());
        support.run();
        for (var vmType : java.util.List.of(instance.vmTypeProperty(), cluster.vmTypeProperty())) {
            var size = vmType == instance.vmTypeProperty() ? instance.vmSizeProperty() : cluster.vmSizeProperty();
            assertThat(size.get().name()).isEqualTo("Standard_DS3_v2");
            vmType.set("GPU");
            assertThat(size.get().gpus()).isPositive();
            vmType.set("CPU");
            assertThat(size.get().name()).as("the default size again").isEqualTo("Standard_DS3_v2");
        }
        instance.vmSizeProperty().set(instance.sizes().stream().filter(s -> s.name().equals("Standard_DS4_v2")).findFirst()
                .orElseThrow());
        instance.vmTypeProperty().set("GPU");
        instance.vmTypeProperty().set("CPU");
        assertThat(instance.vmSizeProperty().get().name()).as("the size last chosen").isEqualTo("Standard_DS4_v2");
    }

    @Test
    void anInferenceClusterCreatedWithEveryField() {
        String yaml = String.join("\n",
                "name: aks-yaml",
                "type: aks",
                DESCRIPTION_YAML + "location: eastus",
                "agent_vm_size: Standard_D3_v2",
                "agent_count: 4",
                "network:",
                "  subnet_id: " + SUBNET,
                "  service_cidr: 10.1.0.0/16",
                "  dns_service_ip: 10.1.0.10",
                "  docker_bridge_cidr: 172.18.0.1/16",
                "cluster_purpose: DevTest",
                "ssl:",
                "  leaf_domain_label: ml-0042",
                "  overwrite_existing_domain: true",
                "");
        AksFormViewModel form = new AksFormViewModel(support.services());

        assertThat(throughTheForm(form, yaml)).isEqualTo(yaml);
        ComputeResource request = sent(form);
        assertThat(ComputeYaml.write(request)).isEqualTo(yaml);
        var arm = ((AksProperties) request.properties()).properties();
        assertThat(arm.agentCount()).isEqualTo(4);
        assertThat(arm.aksNetworkingConfiguration().dnsServiceIP()).isEqualTo("10.1.0.10");
        assertThat(arm.sslConfiguration().status()).isEqualTo("Auto");
        assertThat(arm.sslConfiguration().overwriteExistingDomain()).isTrue();
    }

    @Test
    void anInferenceClusterAttachedWithACustomCertificate() {
        String id = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/" + DemoSeed.RESOURCE_GROUP
                + "/providers/Microsoft.ContainerService/managedClusters/aks-existing";
        String cert = "-----BEGIN CERTIFICATE-----\nMIIB0042\n-----END CERTIFICATE-----";
        String key = "-----BEGIN PRIVATE KEY-----\nMIIE12:30\n-----END PRIVATE KEY-----";
        String yaml = String.join("\n",
                "name: aks-attach",
                "type: aks",
                DESCRIPTION_YAML + "location: eastus",
                "resource_id: " + id,
                "cluster_purpose: FastProd",
                "ssl:",
                "  cert: |-",
                "    -----BEGIN CERTIFICATE-----",
                "    MIIB0042",
                "    -----END CERTIFICATE-----",
                "  key: |-",
                "    -----BEGIN PRIVATE KEY-----",
                "    MIIE12:30",
                "    -----END PRIVATE KEY-----",
                "  cname: 0042.example.com",
                "");
        AksFormViewModel form = new AksFormViewModel(support.services());

        String review = throughTheForm(form, yaml);
        assertThat(review).contains("  cert: '********'\n", "  key: '********'\n").doesNotContain("MIIE");
        ComputeResource request = sent(form);
        assertThat(ComputeYaml.write(request)).isEqualTo(yaml);
        var arm = ((AksProperties) request.properties()).properties();
        assertThat(arm.sslConfiguration().cert()).isEqualTo(cert);
        assertThat(arm.sslConfiguration().key()).isEqualTo(key);
        assertThat(((AksProperties) request.properties()).resourceId()).isEqualTo(id);
    }

    @Test
    void everyAttachKindWithEveryField() {
        String rg = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/" + DemoSeed.RESOURCE_GROUP
                + "/providers/";
        String privateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn 0042\n-----END OPENSSH PRIVATE KEY-----";
        String k8s = String.join("\n",
                "$schema: https://azuremlschemas.azureedge.net/latest/kubernetesCompute.schema.json",
                "name: k8s-yaml",
                "type: kubernetes",
                DESCRIPTION_YAML + "location: eastus",
                "resource_id: " + rg + "Microsoft.Kubernetes/connectedClusters/arc-0042",
                "namespace: \"0042\"",
                "identity:",
                "  type: system_assigned",
                "");
        String vm = String.join("\n",
                "$schema: https://azuremlschemas.azureedge.net/latest/vmCompute.schema.json",
                "name: vm-yaml",
                "type: virtualmachine",
                DESCRIPTION_YAML + "location: eastus",
                "resource_id: " + rg + "Microsoft.Compute/virtualMachines/vm-0042",
                "ssh_settings:",
                "  admin_username: \"yes\"",
                "  ssh_private_key: |-",
                "    -----BEGIN OPENSSH PRIVATE KEY-----",
                "    b3Blbn 0042",
                "    -----END OPENSSH PRIVATE KEY-----",
                "  ssh_port: 2222",
                "");
        String hdi = String.join("\n",
                "name: hdi-yaml",
                "type: hdinsight",
                DESCRIPTION_YAML + "location: eastus",
                "resource_id: " + rg + "Microsoft.HDInsight/clusters/hdi-0042",
                "ssh_settings:",
                "  admin_username: sshuser",
                "  admin_password: \"~\"",
                "  ssh_port: 22",
                "");
        String databricks = String.join("\n",
                "name: dbx-yaml",
                "type: databricks",
                DESCRIPTION_YAML + "location: eastus",
                "resource_id: " + rg + "Microsoft.Databricks/workspaces/dbx-0042",
                "access_token: \"0042\"",
                "");
        String adla = String.join("\n",
                "name: adla-yaml",
                "type: datalakeanalytics",
                DESCRIPTION_YAML + "location: eastus",
                "resource_id: " + rg + "Microsoft.DataLakeAnalytics/accounts/adla0042",
                "");

        AttachFormViewModel k8sForm = new AttachFormViewModel(support.services(), ComputeFormKind.KUBERNETES);
        assertThat(throughTheForm(k8sForm, k8s)).isEqualTo(k8s);
        assertThat(ComputeYaml.write(sent(k8sForm))).isEqualTo(k8s);
        assertThat(((KubernetesProperties) sent(k8sForm).properties()).properties().namespace()).isEqualTo("0042");

        AttachFormViewModel vmForm = new AttachFormViewModel(support.services(), ComputeFormKind.VIRTUAL_MACHINE);
        assertThat(throughTheForm(vmForm, vm)).contains("  ssh_private_key: '********'\n").doesNotContain("b3Blbn");
        assertThat(ComputeYaml.write(sent(vmForm))).isEqualTo(vm);
        var vmArm = ((VirtualMachineProperties) sent(vmForm).properties()).properties();
        assertThat(vmArm.administratorAccount().privateKeyData()).isEqualTo(privateKey);
        assertThat(vmArm.administratorAccount().username()).isEqualTo("yes");
        assertThat(vmArm.sshPort()).isEqualTo(2222);

        AttachFormViewModel hdiForm = new AttachFormViewModel(support.services(), ComputeFormKind.HDINSIGHT);
        assertThat(throughTheForm(hdiForm, hdi)).contains("  admin_password: '********'\n");
        assertThat(ComputeYaml.write(sent(hdiForm))).isEqualTo(hdi);
        assertThat(((HdInsightProperties) sent(hdiForm).properties()).properties().administratorAccount().password())
                .isEqualTo("~");

        AttachFormViewModel dbxForm = new AttachFormViewModel(support.services(), ComputeFormKind.DATABRICKS);
        assertThat(throughTheForm(dbxForm, databricks)).contains("access_token: '********'\n");
        assertThat(ComputeYaml.write(sent(dbxForm))).isEqualTo(databricks);
        assertThat(((DatabricksProperties) sent(dbxForm).properties()).properties().databricksAccessToken())
                .isEqualTo("0042");

        AttachFormViewModel adlaForm = new AttachFormViewModel(support.services(), ComputeFormKind.DATA_LAKE_ANALYTICS);
        assertThat(throughTheForm(adlaForm, adla)).isEqualTo(adla);
        assertThat(ComputeYaml.write(sent(adlaForm))).isEqualTo(adla);
        assertThat(((DataLakeAnalyticsProperties) sent(adlaForm).properties()).description()).isEqualTo(DESCRIPTION);
    }

    @Test
    void whatTheFormCannotHoldIsNamed() {
        ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(support.services());
        support.run();
        form.loadYaml("name: cpu-tags\ntype: amlcompute\ncustom_applications: []\nprovisioning_state: Failed\n"
                + "tags:\n  team: vision\n", "tags.yml");
        assertThat(form.noticeProperty().get()).startsWith("Values read from tags.yml. Not used: ")
                .contains("provisioning_state: set by Azure, not sent")
                .contains("custom_applications: not a key this app reads for amlcompute, so it was not used")
                .contains("tags.team: this form cannot hold it, so it was not kept");

        ComputeInstanceFormViewModel instance = new ComputeInstanceFormViewModel(support.services());
        support.run();
        instance.loadYaml("name: ci-rec\ntype: computeinstance\nschedules:\n  compute_start_stop:\n"
                + "    - action: start\n      trigger:\n        type: recurrence\n        frequency: day\n"
                + "        interval: 1\n", "rec.yml");
        assertThat(instance.noticeProperty().get()).contains(
                "schedules.compute_start_stop[0].trigger.frequency: this form cannot hold it, so it was not kept");
        assertThat(instance.schedules()).isEmpty();

        instance.loadYaml("name: cpu-a\ntype: amlcompute\n", "cluster.yml");
        assertThat(instance.errorProperty().get().message()).isEqualTo(
                "The file is of type 'amlcompute'; this form reads type 'computeinstance'");
        assertThat(instance.name().get()).isEqualTo("ci-rec");
    }
}
