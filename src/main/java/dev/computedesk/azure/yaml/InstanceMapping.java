package dev.computedesk.azure.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.model.AssignedUser;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeInstanceSshSettings;
import dev.computedesk.azure.model.ComputeProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.PersonalComputeInstanceSettings;
import dev.computedesk.azure.model.ResourceId;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.IdleShutdownRule;

import java.util.List;
import java.util.OptionalLong;

/**
 * Compute instance: the CLI v2 {@code computeInstance.schema.json} keys (azure-ai-ml's
 * {@code ComputeInstanceSchema}) ↔ {@code ComputeInstanceSettings}.
 */
final class InstanceMapping implements KindMapping {
    /** A script's {@code timeout} as the CLI writes it: minutes, "15m". */
    private static final java.util.regex.Pattern SCRIPT_TIMEOUT = java.util.regex.Pattern.compile("(\\d+)m");

    @Override
    public String yamlType() {
        return "computeinstance";
    }

    @Override
    public String computeType() {
        return ComputeInstanceProperties.COMPUTE_TYPE;
    }

    @Override
    public String schema() {
        return "computeInstance.schema.json";
    }

    @Override
    public void write(ComputeResource compute, YamlOut out, List<String> notes) {
        ComputeInstanceSettings ci = compute.properties() instanceof ComputeInstanceProperties p ? p.properties()
                : null;
        if (ci == null) {
            return;
        }
        out.text("size", ci.vmSize());
        // Both keys, as `az ml compute show` writes them: the ISO one (deprecated in the CLI) and the minutes,
        // which the CLI reads first.
        out.text("idle_time_before_shutdown", ci.idleTimeBeforeShutdown());
        OptionalLong minutes = IdleShutdownRule.fromIso(ci.idleTimeBeforeShutdown());
        if (minutes.isPresent()) {
            out.number("idle_time_before_shutdown_minutes", minutes.getAsLong());
        }
        ComputeInstanceSshSettings ssh = ci.sshSettings();
        if (ssh != null && ssh.sshPublicAccess() != null && !"NotSpecified".equalsIgnoreCase(ssh.sshPublicAccess())) {
            out.bool("ssh_public_access_enabled", "Enabled".equalsIgnoreCase(ssh.sshPublicAccess()));
        }
        if (ssh != null && ssh.adminPublicKey() != null) {
            out.object("ssh_settings", new YamlOut().text("ssh_key_value", ssh.adminPublicKey()));
        } else if (ssh != null && "Enabled".equalsIgnoreCase(ssh.sshPublicAccess())) {
            notes.add("ssh_settings.ssh_key_value: none here (Azure does not return it, or the key is to be set up"
                    + " later); add your public key");
        }
        AssignedUser assigned = ci.personalComputeInstanceSettings() == null ? null
                : ci.personalComputeInstanceSettings().assignedUser();
        if (assigned != null) {
            out.object("create_on_behalf_of", new YamlOut().text("user_tenant_id", assigned.tenantId())
                    .text("user_object_id", assigned.objectId()));
        }
        if (ci.subnet() != null) {
            out.object("network_settings", new YamlOut().text("subnet", ci.subnet().id()));
        }
        out.bool("enable_node_public_ip", ci.enableNodePublicIp());
        out.bool("enable_sso", ci.enableSSO());
        out.object("schedules", Schedules.write(ci.schedules()));
        out.object("setup_scripts", setupScripts(ci.setupScripts()));
        out.list("custom_applications", CustomApplicationsYaml.write(ci.customServiceList(), notes));
    }

    private static YamlOut setupScripts(JsonNode setup) {
        JsonNode scripts = setup == null ? null : setup.path("scripts");
        if (scripts == null || !scripts.isObject()) {
            return null;
        }
        return new YamlOut().object("creation_script", script(scripts.path("creationScript")))
                .object("startup_script", script(scripts.path("startupScript")));
    }

    private static YamlOut script(JsonNode script) {
        if (!script.isObject()) {
            return null;
        }
        YamlOut out = new YamlOut().text("path", text(script.path("scriptData")))
                .text("command", text(script.path("scriptArguments")));
        String timeout = text(script.path("timeout"));
        java.util.regex.Matcher minutes = timeout == null ? null : SCRIPT_TIMEOUT.matcher(timeout);
        if (minutes != null && minutes.matches()) {
            out.number("timeout_minutes", Long.valueOf(minutes.group(1)));
        }
        return out;
    }

    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    @Override
    public ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId) {
        String size = in.text("size");
        Long minutes = in.whole("idle_time_before_shutdown_minutes");
        String iso = in.text("idle_time_before_shutdown");
        String idle = minutes != null ? IdleShutdownRule.toIso(minutes) : iso;
        Boolean sshPublic = in.bool("ssh_public_access_enabled");
        YamlFields ssh = in.object("ssh_settings");
        String key = ssh == null ? null : ssh.text("ssh_key_value");
        if (ssh != null) {
            ssh.setByAzure("admin_username", "ssh_port");
        }
        ComputeInstanceSshSettings sshSettings = sshPublic == null && key == null ? null
                : new ComputeInstanceSshSettings(sshPublic == null ? "NotSpecified"
                        : sshPublic ? "Enabled" : "Disabled", null, null, key);
        YamlFields behalf = in.object("create_on_behalf_of");
        PersonalComputeInstanceSettings personal = null;
        if (behalf != null) {
            String objectId = behalf.text("user_object_id");
            String tenantId = behalf.text("user_tenant_id");
            if (objectId != null || tenantId != null) {
                personal = new PersonalComputeInstanceSettings(new AssignedUser(objectId, tenantId));
            }
        }
        ResourceId subnet = Networks.subnet(in.object("network_settings"), workspace);
        Boolean publicIp = in.bool("enable_node_public_ip");
        Boolean sso = in.bool("enable_sso");
        JsonNode schedules = Schedules.read(in.object("schedules"));
        JsonNode scripts = setupScripts(in.object("setup_scripts"));
        List<dev.computedesk.azure.model.CustomService> applications =
                CustomApplicationsYaml.read(in.list("custom_applications"));
        in.setByAzure("state", "last_operation", "services", "os_image_metadata");
        ComputeInstanceSettings settings = new ComputeInstanceSettings(size, subnet, null, sshSettings, null, null,
                null, null, null, null, null, null, sso, personal, scripts, null, schedules, idle, publicIp, null,
                null, null, null).withCustomServices(applications);
        return ComputeInstanceProperties.forRequest(description, resourceId, settings);
    }

    private static JsonNode setupScripts(YamlFields in) {
        if (in == null) {
            return null;
        }
        ObjectNode scripts = JsonNodeFactory.instance.objectNode();
        readScript(in.object("creation_script"), scripts, "creationScript");
        readScript(in.object("startup_script"), scripts, "startupScript");
        if (scripts.isEmpty()) {
            return null;
        }
        ObjectNode setup = JsonNodeFactory.instance.objectNode();
        setup.set("scripts", scripts);
        return setup;
    }

    private static void readScript(YamlFields in, ObjectNode scripts, String key) {
        if (in == null) {
            return;
        }
        String path = in.text("path");
        String command = in.text("command");
        Long timeout = in.whole("timeout_minutes");
        if (path == null) {
            if (command != null || timeout != null) {
                in.problem(key.replace("Script", "_script").toLowerCase(java.util.Locale.ROOT)
                        + ": a command without a path, so it was not used");
            }
            return;
        }
        ObjectNode script = scripts.putObject(key);
        script.put("scriptSource", "workspaceStorage");
        script.put("scriptData", path);
        if (command != null) {
            script.put("scriptArguments", command);
        }
        if (timeout != null) {
            script.put("timeout", timeout + "m");
        }
    }

}
