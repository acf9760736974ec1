package dev.computedesk.ui.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.IsoDurations;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Copy as YAML": a compute as the CLI v2 file that recreates it ({@code az ml compute create -f} for instances
 * and clusters, {@code attach -f} for Kubernetes, virtual machines and Synapse Spark pools), with the keys of
 * the CLI v2 compute YAML schema. Secrets are never in it: ARM does not return them, and the file says where they go.
 */
public final class ComputeYaml {
    private static final String SCHEMAS = "https://azuremlschemas.azureedge.net/latest/";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./@+-][A-Za-z0-9_./:@=+,-]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile(
            "(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*");

    private final StringBuilder out = new StringBuilder();

    private ComputeYaml() {
    }

    /** True for the types the CLI v2 YAML covers. */
    public static boolean supports(ComputeResource compute) {
        Optional<ComputeKind> kind = ComputeRow.kindOf(compute);
        return kind.isPresent() && switch (kind.get()) {
            case COMPUTE_INSTANCE, AML_COMPUTE, KUBERNETES, VIRTUAL_MACHINE, SYNAPSE_SPARK -> true;
            default -> false;
        };
    }

    /**
     * The YAML file for {@code compute}.
     *
     * @throws IllegalArgumentException for a type the CLI v2 YAML does not cover ({@link #supports})
     */
    public static String of(ComputeResource compute) {
        if (!supports(compute)) {
            throw new IllegalArgumentException("The CLI v2 YAML has no file for compute type " + compute.computeType());
        }
        ComputeYaml yaml = new ComputeYaml();
        switch (ComputeRow.kindOf(compute).orElseThrow()) {
            case COMPUTE_INSTANCE -> yaml.instance(compute);
            case AML_COMPUTE -> yaml.cluster(compute);
            case KUBERNETES -> yaml.kubernetes(compute);
            case VIRTUAL_MACHINE -> yaml.virtualMachine(compute);
            default -> yaml.synapse(compute);
        }
        return yaml.out.toString();
    }

    private void header(ComputeResource c, String schema, String type) {
        line(0, "$schema", SCHEMAS + schema);
        line(0, "name", c.name());
        line(0, "type", type);
    }

    private void common(ComputeResource c) {
        if (c.properties() != null) {
            line(0, "description", c.properties().description());
        }
        identity(c.identity());
        tags(c.tags());
    }

    private void instance(ComputeResource c) {
        header(c, "computeInstance.schema.json", "computeinstance");
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        line(0, "location", c.location());
        if (ci != null) {
            line(0, "size", ci.vmSize());
            line(0, "idle_time_before_shutdown", ci.idleTimeBeforeShutdown());
            if (ci.sshSettings() != null) {
                boolean ssh = "Enabled".equalsIgnoreCase(ci.sshSettings().sshPublicAccess());
                line(0, "ssh_public_access_enabled", String.valueOf(ssh));
                if (ci.sshSettings().adminPublicKey() != null) {
                    key(0, "ssh_settings");
                    line(2, "ssh_key_value", ci.sshSettings().adminPublicKey());
                } else if (ssh) {
                    comment(0, "ssh_settings.ssh_key_value: not returned by Azure; add your public key");
                }
            }
            String assigned = ComputeColumn.assignedUser(ci);
            if (assigned != null) {
                key(0, "create_on_behalf_of");
                line(2, "user_tenant_id", ci.personalComputeInstanceSettings().assignedUser().tenantId());
                line(2, "user_object_id", assigned);
            }
            if (ci.subnet() != null && ci.subnet().id() != null) {
                key(0, "network_settings");
                line(2, "subnet", ci.subnet().id());
            }
            if (ci.enableNodePublicIp() != null) {
                line(0, "enable_node_public_ip", String.valueOf(ci.enableNodePublicIp()));
            }
            schedules(ci.schedules());
        }
        common(c);
    }

    private void cluster(ComputeResource c) {
        header(c, "amlCompute.schema.json", "amlcompute");
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        line(0, "location", c.properties() != null && c.properties().computeLocation() != null
                ? c.properties().computeLocation() : c.location());
        if (aml != null) {
            line(0, "size", aml.vmSize());
            line(0, "tier", "LowPriority".equalsIgnoreCase(aml.vmPriority()) ? "low_priority" : "dedicated");
            ScaleSettings scale = aml.scaleSettings();
            if (scale != null) {
                line(0, "min_instances", scale.minNodeCount() == null ? "0" : scale.minNodeCount().toString());
                line(0, "max_instances", scale.maxNodeCount() == null ? null : scale.maxNodeCount().toString());
                IsoDurations.parse(scale.nodeIdleTimeBeforeScaleDown()).ifPresent(idle ->
                        line(0, "idle_time_before_scale_down", Long.toString(idle.getSeconds())));
            }
            if (aml.remoteLoginPortPublicAccess() != null) {
                line(0, "ssh_public_access_enabled",
                        String.valueOf("Enabled".equalsIgnoreCase(aml.remoteLoginPortPublicAccess())));
            }
            if (aml.userAccountCredentials() != null && aml.userAccountCredentials().adminUserName() != null) {
                key(0, "ssh_settings");
                line(2, "admin_username", aml.userAccountCredentials().adminUserName());
                line(2, "ssh_key_value", aml.userAccountCredentials().adminUserSshPublicKey());
                comment(2, "admin_password: not returned by Azure; type it again to recreate the cluster");
            }
            if (aml.subnet() != null && aml.subnet().id() != null) {
                key(0, "network_settings");
                line(2, "subnet", aml.subnet().id());
            }
            if (aml.enableNodePublicIp() != null) {
                line(0, "enable_node_public_ip", String.valueOf(aml.enableNodePublicIp()));
            }
        }
        common(c);
    }

    private void kubernetes(ComputeResource c) {
        header(c, "kubernetesCompute.schema.json", "kubernetes");
        line(0, "resource_id", c.properties() == null ? null : c.properties().resourceId());
        if (c.properties() instanceof KubernetesProperties k) {
            line(0, "namespace", k.properties() == null || k.properties().namespace() == null
                    ? "default" : k.properties().namespace());
        }
        common(c);
    }

    private void virtualMachine(ComputeResource c) {
        header(c, "vmCompute.schema.json", "virtualmachine");
        line(0, "resource_id", c.properties() == null ? null : c.properties().resourceId());
        if (c.properties() instanceof VirtualMachineProperties vm && vm.properties() != null) {
            key(0, "ssh_settings");
            if (vm.properties().administratorAccount() != null) {
                line(2, "admin_username", vm.properties().administratorAccount().username());
            }
            if (vm.properties().sshPort() != null) {
                line(2, "ssh_port", vm.properties().sshPort().toString());
            }
            comment(2, "admin_password or ssh_private_key_file: not returned by Azure; add yours to attach again");
        }
        common(c);
    }

    private void synapse(ComputeResource c) {
        header(c, "synapsesparkcompute.schema.json", "synapsespark");
        line(0, "resource_id", c.properties() == null ? null : c.properties().resourceId());
        common(c);
    }

    private void identity(ManagedIdentity identity) {
        if (identity == null || identity.type() == null || identity.type().equalsIgnoreCase("None")) {
            return;
        }
        key(0, "identity");
        String type = identity.type().replace(" ", "").toLowerCase(Locale.ROOT)
                .replace("systemassigned", "system_assigned").replace("userassigned", "user_assigned");
        line(2, "type", type);
        if (identity.userAssignedIdentities() != null && !identity.userAssignedIdentities().isEmpty()) {
            key(2, "user_assigned_identities");
            identity.userAssignedIdentities().keySet().forEach(id -> line(4, "- resource_id", id));
        }
    }

    private void tags(Map<String, String> tags) {
        if (tags != null && !tags.isEmpty()) {
            key(0, "tags");
            tags.forEach((k, v) -> line(2, quote(k), v));
        }
    }

    /** {@code schedules.computeStartStop[]} as the CLI's {@code schedules.compute_start_stop}. */
    private void schedules(JsonNode schedules) {
        JsonNode list = schedules == null ? null : schedules.path("computeStartStop");
        if (list == null || !list.isArray() || list.isEmpty()) {
            return;
        }
        key(0, "schedules");
        key(2, "compute_start_stop");
        for (JsonNode s : list) {
            line(4, "- action", lower(s.path("action").asText(null)));
            String triggerType = s.path("triggerType").asText("");
            key(6, "trigger");
            if (triggerType.equalsIgnoreCase("Cron")) {
                JsonNode cron = s.path("cron");
                line(8, "type", "cron");
                line(8, "start_time", cron.path("startTime").asText(null));
                line(8, "time_zone", cron.path("timeZone").asText(null));
                line(8, "expression", cron.path("expression").asText(null));
            } else {
                JsonNode r = s.path("recurrence");
                line(8, "type", "recurrence");
                line(8, "frequency", lower(r.path("frequency").asText(null)));
                line(8, "interval", r.path("interval").isMissingNode() ? null : r.path("interval").asText());
                line(8, "start_time", r.path("startTime").asText(null));
                line(8, "time_zone", r.path("timeZone").asText(null));
                JsonNode when = r.path("schedule");
                if (when.isObject()) {
                    key(8, "schedule");
                    flowList(10, "hours", when.path("hours"));
                    flowList(10, "minutes", when.path("minutes"));
                    flowList(10, "week_days", when.path("weekDays"));
                    flowList(10, "month_days", when.path("monthDays"));
                }
            }
            line(6, "state", lower(s.path("status").asText(null)));
        }
    }

    private void flowList(int indent, String key, JsonNode values) {
        if (values.isArray() && !values.isEmpty()) {
            StringBuilder items = new StringBuilder("[");
            // Inside [ ] a comma separates items, so an item holding one is quoted.
            values.forEach(v -> {
                String item = lower(v.asText());
                items.append(items.length() == 1 ? "" : ", ")
                        .append(item.contains(",") ? '"' + item + '"' : quote(item));
            });
            out.append(" ".repeat(indent)).append(key).append(": ").append(items).append("]\n");
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private void key(int indent, String key) {
        out.append(" ".repeat(indent)).append(key).append(":\n");
    }

    private void line(int indent, String key, String value) {
        if (value != null) {
            out.append(" ".repeat(indent)).append(key).append(": ").append(quote(value)).append('\n');
        }
    }

    private void comment(int indent, String text) {
        out.append(" ".repeat(indent)).append("# ").append(text).append('\n');
    }

    /** A plain scalar where YAML reads it back as the same string; otherwise double-quoted. */
    static String quote(String value) {
        boolean keepsType = value.equals("true") || value.equals("false") || value.matches("[0-9]+");
        if (keepsType || (PLAIN.matcher(value).matches() && !LOOKS_TYPED.matcher(value).matches())) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
