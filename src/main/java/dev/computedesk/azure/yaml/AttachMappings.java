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

/**
 * The attached types: one resource ({@code resource_id}, a key all types share) and what connecting to it needs.
 * Kubernetes, virtual machine and Synapse Spark follow the CLI v2 schemas; HDInsight, Databricks and Data Lake
 * Analytics, which the CLI v2 cannot attach, use the same style ({@code ssh_settings}, {@code access_token}).
 */
final class AttachMappings {
    private AttachMappings() {
    }

    static List<KindMapping> all() {
        return List.of(new Kubernetes(), new VirtualMachine(), new HdInsight(), new Databricks(),
                new DataLakeAnalytics(), new SynapseSpark());
    }

    /** {@code ssh_settings} of a virtual machine or HDInsight cluster (azure-ai-ml's VirtualMachineSshSettingsSchema). */
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
        String password = ssh.text("admin_password");
        String key = ssh.text("ssh_private_key");
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

    static final class VirtualMachine implements KindMapping {
        @Override
        public String yamlType() {
            return "virtualmachine";
        }

        @Override
        public String computeType() {
            return VirtualMachineProperties.COMPUTE_TYPE;
        }

        @Override
        public String schema() {
            return "vmCompute.schema.json";
        }

        @Override
        public void write(ComputeResource compute, YamlOut out, List<String> notes) {
            if (compute.properties() instanceof VirtualMachineProperties vm && vm.properties() != null) {
                out.object("ssh_settings", ssh(vm.properties().administratorAccount(), vm.properties().sshPort(),
                        notes));
            }
        }

        @Override
        public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
            YamlFields ssh = in.object("ssh_settings");
            VirtualMachineSshCredentials account = credentials(ssh);
            Integer port = port(ssh);
            in.setByAzure("compute_location");
            return VirtualMachineProperties.forRequest(description, resourceId,
                    account == null && port == null ? null : VirtualMachineSettings.forAttach(port, account));
        }
    }

    static final class HdInsight implements KindMapping {
        @Override
        public String yamlType() {
            return "hdinsight";
        }

        @Override
        public String computeType() {
            return HdInsightProperties.COMPUTE_TYPE;
        }

        @Override
        public String schema() {
            return null;
        }

        @Override
        public void write(ComputeResource compute, YamlOut out, List<String> notes) {
            if (compute.properties() instanceof HdInsightProperties hdi && hdi.properties() != null) {
                out.object("ssh_settings", ssh(hdi.properties().administratorAccount(), hdi.properties().sshPort(),
                        notes));
            }
        }

        @Override
        public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
            YamlFields ssh = in.object("ssh_settings");
            VirtualMachineSshCredentials account = credentials(ssh);
            Integer port = port(ssh);
            return HdInsightProperties.forRequest(description, resourceId,
                    account == null && port == null ? null : HdInsightSettings.forAttach(port, account));
        }
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
            String token = in.text("access_token");
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
