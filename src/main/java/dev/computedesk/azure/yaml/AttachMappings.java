package dev.computedesk.azure.yaml;

import dev.computedesk.azure.model.ComputeProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.DataLakeAnalyticsProperties;
import dev.computedesk.azure.model.DatabricksProperties;
import dev.computedesk.azure.model.DatabricksSettings;
import dev.computedesk.azure.model.HdInsightProperties;
import dev.computedesk.azure.model.HdInsightSettings;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.azure.model.KubernetesSettings;
import dev.computedesk.azure.model.SynapseSparkProperties;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.model.VirtualMachineSettings;
import dev.computedesk.azure.model.VirtualMachineSshCredentials;
import dev.computedesk.azure.model.WorkspaceRef;

import java.util.List;
import java.util.function.Function;

/**
 * The attached types: one resource ({@code resource_id}, a key all types share) and what connecting to it needs.
 * Kubernetes, virtual machine and Synapse Spark follow the CLI v2 schemas; HDInsight, Databricks and Data Lake
 * Analytics, which the CLI v2 cannot attach, use the same style ({@code ssh_settings}, {@code access_token}).
 */
final class AttachMappings {
    private AttachMappings() {
    }

    static List<KindMapping> all() {
        return List.of(new Kubernetes(), virtualMachine(), hdInsight(), new Databricks(), new DataLakeAnalytics(),
                new SynapseSpark());
    }

    /** {@code ssh_settings} of a virtual machine or HDInsight cluster (azure-ai-ml's VirtualMachineSshSettings). */
    private static YamlOut ssh(VirtualMachineSshCredentials account, Integer port, List<String> notes) {
        YamlOut out = new YamlOut();
        if (account != null) {
            out.text("admin_username", account.username()).text("admin_password", account.password())
                    .text("ssh_private_key", account.privateKeyData());
        }
        out.number("ssh_port", port);
        if (account == null || (account.password() == null && account.privateKeyData() == null)) {
            notes.add("ssh_settings.admin_password or ssh_private_key: not returned by Azure; add yours to attach"
                    + " again");
        }
        return out;
    }

    /** The credentials, or null; {@code ssh_private_key_file} is named as not read (the form takes the key's text). */
    private static VirtualMachineSshCredentials credentials(YamlFields ssh) {
        if (ssh == null) {
            return null;
        }
        String user = ssh.text("admin_username");
        String password = ssh.secret("admin_password");
        String key = ssh.secret("ssh_private_key");
        if (ssh.text("ssh_private_key_file") != null) {
            ssh.problem("ssh_settings.ssh_private_key_file: the key file is not read; paste the private key");
        }
        return user == null && password == null && key == null ? null
                : new VirtualMachineSshCredentials(user, password, null, key);
    }

    private static Integer port(YamlFields ssh) {
        return ssh == null ? null : ssh.integer("ssh_port");
    }

    static final class Kubernetes implements KindMapping {
        @Override
        public String yamlType() {
            return "kubernetes";
        }

        @Override
        public String computeType() {
            return KubernetesProperties.COMPUTE_TYPE;
        }

        @Override
        public String schema() {
            return "kubernetesCompute.schema.json";
        }

        @Override
        public void write(ComputeResource compute, YamlOut out, List<String> notes) {
            if (compute.properties() instanceof KubernetesProperties k) {
                // The CLI's schema writes "default" when the compute names none.
                out.text("namespace", k.properties() == null || k.properties().namespace() == null
                        ? "default" : k.properties().namespace());
            }
        }

        @Override
        public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
            String namespace = in.text("namespace");
            return KubernetesProperties.forRequest(description, resourceId,
                    KubernetesSettings.forAttach(namespace == null ? "default" : namespace, null, null));
        }
    }

    /** A compute reached over SSH: a virtual machine or an HDInsight cluster, whose settings differ only in type. */
    static final class SshAttached implements KindMapping {
        /** The settings both types have. */
        record Ssh(Integer port, VirtualMachineSshCredentials account) {
        }

        /** Builds the type's ARM properties from the description, resource id, port and account. */
        interface Properties {
            ComputeProperties build(String description, String resourceId, Integer port,
                                    VirtualMachineSshCredentials account);
        }

        private final String yamlType;
        private final String computeType;
        private final String schema;
        private final Function<ComputeProperties, Ssh> portAndAccount;
        private final Properties properties;

        SshAttached(String yamlType, String computeType, String schema,
                    Function<ComputeProperties, Ssh> portAndAccount, Properties properties) {
            this.yamlType = yamlType;
            this.computeType = computeType;
            this.schema = schema;
            this.portAndAccount = portAndAccount;
            this.properties = properties;
        }

        @Override
        public String yamlType() {
            return yamlType;
        }

        @Override
        public String computeType() {
            return computeType;
        }

        @Override
        public String schema() {
            return schema;
        }

        @Override
        public void write(ComputeResource compute, YamlOut out, List<String> notes) {
            Ssh settings = portAndAccount.apply(compute.properties());
            if (settings != null) {
                out.object("ssh_settings", ssh(settings.account(), settings.port(), notes));
            }
        }

        @Override
        public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
            YamlFields ssh = in.object("ssh_settings");
            VirtualMachineSshCredentials account = credentials(ssh);
            Integer port = port(ssh);
            in.setByAzure("compute_location");
            return properties.build(description, resourceId, port, account);
        }
    }

    private static KindMapping virtualMachine() {
        return new SshAttached("virtualmachine", VirtualMachineProperties.COMPUTE_TYPE, "vmCompute.schema.json",
                props -> props instanceof VirtualMachineProperties vm && vm.properties() != null
                        ? new SshAttached.Ssh(vm.properties().sshPort(), vm.properties().administratorAccount())
                        : null,
                (description, id, port, account) -> VirtualMachineProperties.forRequest(description, id,
                        account == null && port == null ? null : VirtualMachineSettings.forAttach(port, account)));
    }

    /** HDInsight: the CLI v2 cannot attach it; its keys are the virtual machine's. */
    private static KindMapping hdInsight() {
        return new SshAttached("hdinsight", HdInsightProperties.COMPUTE_TYPE, null,
                props -> props instanceof HdInsightProperties hdi && hdi.properties() != null
                        ? new SshAttached.Ssh(hdi.properties().sshPort(), hdi.properties().administratorAccount())
                        : null,
                (description, id, port, account) -> HdInsightProperties.forRequest(description, id,
                        account == null && port == null ? null : HdInsightSettings.forAttach(port, account)));
    }

    static final class Databricks implements KindMapping {
        @Override
        public String yamlType() {
            return "databricks";
        }

        @Override
        public String computeType() {
            return DatabricksProperties.COMPUTE_TYPE;
        }

        @Override
        public String schema() {
            return null;
        }

        @Override
        public void write(ComputeResource compute, YamlOut out, List<String> notes) {
            if (compute.properties() instanceof DatabricksProperties d && d.properties() != null) {
                out.text("access_token", d.properties().databricksAccessToken())
                        .text("workspace_url", d.properties().workspaceUrl());
            }
        }

        @Override
        public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
            String token = in.secret("access_token");
            String url = in.text("workspace_url");
            return DatabricksProperties.forRequest(description, resourceId,
                    token == null && url == null ? null : new DatabricksSettings(token, url));
        }
    }

    static final class DataLakeAnalytics implements KindMapping {
        @Override
        public String yamlType() {
            return "datalakeanalytics";
        }

        @Override
        public String computeType() {
            return DataLakeAnalyticsProperties.COMPUTE_TYPE;
        }

        @Override
        public String schema() {
            return null;
        }

        @Override
        public void write(ComputeResource compute, YamlOut out, List<String> notes) {
            // Nothing beyond the resource.
        }

        @Override
        public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
            return DataLakeAnalyticsProperties.forRequest(description, resourceId, null);
        }
    }

    static final class SynapseSpark implements KindMapping {
        @Override
        public String yamlType() {
            return "synapsespark";
        }

        @Override
        public String computeType() {
            return SynapseSparkProperties.COMPUTE_TYPE;
        }

        @Override
        public String schema() {
            return "synapsesparkcompute.schema.json";
        }

        @Override
        public void write(ComputeResource compute, YamlOut out, List<String> notes) {
            // The pool's size and scaling belong to Synapse: the CLI writes them as read-only keys.
        }

        @Override
        public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
            in.setByAzure("node_family", "node_size", "node_count", "spark_version", "scale_settings",
                    "auto_pause_settings");
            return SynapseSparkProperties.forRequest(description, resourceId, null);
        }
    }
}
