package dev.computedesk.azure.yaml;

import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.UserAccountCredentials;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.NodeCountRule;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** Compute cluster: the CLI v2 {@code amlCompute.schema.json} keys ↔ {@code AmlComputeSettings}. */
final class ClusterMapping implements KindMapping {
    @Override
    public String yamlType() {
        return "amlcompute";
    }

    @Override
    public String computeType() {
        return AmlComputeProperties.COMPUTE_TYPE;
    }

    @Override
    public String schema() {
        return "amlCompute.schema.json";
    }

    @Override
    public void write(ComputeResource compute, YamlOut out, List<String> notes) {
        AmlComputeSettings aml = compute.properties() instanceof AmlComputeProperties p ? p.properties() : null;
        if (aml == null) {
            return;
        }
        out.text("size", aml.vmSize());
        if (aml.vmPriority() != null) {
            out.text("tier", "LowPriority".equalsIgnoreCase(aml.vmPriority()) ? "low_priority" : "dedicated");
        }
        ScaleSettings scale = aml.scaleSettings();
        if (scale != null) {
            out.number("min_instances", scale.minNodeCount() == null ? 0 : scale.minNodeCount());
            out.number("max_instances", scale.maxNodeCount());
            OptionalLong idle = NodeCountRule.idleSecondsFromIso(scale.nodeIdleTimeBeforeScaleDown());
            if (idle.isPresent()) {
                out.number("idle_time_before_scale_down", idle.getAsLong());
            }
        }
        if (aml.remoteLoginPortPublicAccess() != null && !"NotSpecified".equalsIgnoreCase(
                aml.remoteLoginPortPublicAccess())) {
            out.bool("ssh_public_access_enabled", "Enabled".equalsIgnoreCase(aml.remoteLoginPortPublicAccess()));
        }
        UserAccountCredentials user = aml.userAccountCredentials();
        if (user != null) {
            out.object("ssh_settings", new YamlOut().text("admin_username", user.adminUserName())
                    .text("ssh_key_value", user.adminUserSshPublicKey())
                    .text("admin_password", user.adminUserPassword()));
            if (user.adminUserPassword() == null && user.adminUserSshPublicKey() == null) {
                notes.add("ssh_settings.admin_password: not returned by Azure; type it again to recreate the cluster");
            }
        }
        out.object("network_settings", Networks.write(aml.subnet()));
        out.bool("enable_node_public_ip", aml.enableNodePublicIp());
    }

    @Override
    public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
        String size = in.text("size");
        String tier = in.text("tier");
        String priority = null;
        if (tier != null) {
            String normalized = tier.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
            if (normalized.equals("lowpriority")) {
                priority = "LowPriority";
            } else if (normalized.equals("dedicated")) {
                priority = "Dedicated";
            } else {
                in.problem("tier: '" + tier + "' is neither dedicated nor low_priority, so it was not used");
            }
        }
        Integer min = in.integer("min_instances");
        Integer max = in.integer("max_instances");
        Long idle = in.whole("idle_time_before_scale_down");
        ScaleSettings scale = min == null && max == null && idle == null ? null
                : new ScaleSettings(max, min, idle == null ? null : NodeCountRule.idleSecondsToIso(idle));
        Boolean sshPublic = in.bool("ssh_public_access_enabled");
        YamlFields ssh = in.object("ssh_settings");
        UserAccountCredentials credentials = null;
        if (ssh != null) {
            String user = ssh.text("admin_username");
            String key = ssh.text("ssh_key_value");
            String password = ssh.secret("admin_password");
            if (user != null || key != null || password != null) {
                credentials = new UserAccountCredentials(user, key, password);
            }
        }
        Boolean publicIp = in.bool("enable_node_public_ip");
        AmlComputeSettings settings = AmlComputeSettings.forCreate(size, priority, null, scale, credentials,
                Networks.subnet(in.object("network_settings"), workspace),
                sshPublic == null ? null : sshPublic ? "Enabled" : "Disabled", publicIp);
        return AmlComputeProperties.forRequest(description, resourceId, settings);
    }
}
