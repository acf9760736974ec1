package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AksSettings;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ArmError;
import dev.computedesk.azure.model.ArmErrorResponse;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.DataLakeAnalyticsProperties;
import dev.computedesk.azure.model.DatabricksProperties;
import dev.computedesk.azure.model.HdInsightProperties;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.OsImageMetadata;
import dev.computedesk.azure.model.StartStopSchedules;
import dev.computedesk.azure.model.SynapseSparkProperties;
import dev.computedesk.azure.model.SynapseSparkSettings;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.model.VirtualMachineSettings;
import dev.computedesk.domain.compute.ClusterPurpose;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.IsoDurations;
import dev.computedesk.domain.compute.ScheduleDescriber;
import dev.computedesk.domain.time.TimeFormat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the details pane says about one compute, as plain text: every attribute Studio shows (in order, an
 * attribute with no value left out, never the word "null"), provisioning errors in words, and a cluster's nodes by
 * state. Times are the user's (through {@link TimeFormat}), schedules are described by {@link ScheduleDescriber}.
 * No state and no JavaFX: {@code ComputeDetailsFormatterTest} checks it field by field.
 */
final class ComputeDetailsFormatter {

    /** One line of the details: a label and its value. */
    public record Attribute(String label, String value) {
    }

    /** How many nodes are in one state, for the node-state chart. */
    public record NodeStateCount(String state, int count) {
    }

    private final TimeFormat time;

    /** @param time the user's zone and locale, for every time shown */
    ComputeDetailsFormatter(TimeFormat time) {
        this.time = Objects.requireNonNull(time);
    }

    /** The cluster's nodes by state, in the order of {@link ComputeColumn#NODE_STATE_NAMES}; zeros for other kinds. */
    static List<NodeStateCount> nodeStatesOf(ComputeResource c) {
        int[] counts = ComputeColumn.nodeStateCounts(c);
        List<NodeStateCount> list = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            list.add(new NodeStateCount(ComputeColumn.NODE_STATE_NAMES.get(i), counts[i]));
        }
        return list;
    }

    /** Provisioning errors (and an instance's or a cluster's own errors) as "code: message" lines, details indented. */
    static String errors(ComputeResource c) {
        List<ArmErrorResponse> all = ComputeRow.provisioningErrors(c);
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        if (aml != null && aml.errors() != null) {
            all.addAll(aml.errors());
        }
        StringBuilder text = new StringBuilder();
        for (ArmErrorResponse response : all) {
            if (response.error() != null) {
                describe(response.error(), "", text);
            }
        }
        return text.toString().strip();
    }

    private static void describe(ArmError error, String indent, StringBuilder text) {
        text.append(indent).append(error.code() == null || error.code().isBlank() ? "Error" : error.code());
        if (error.message() != null && !error.message().isBlank()) {
            text.append(": ").append(error.message());
        }
        if (error.target() != null) {
            text.append(" (").append(error.target()).append(')');
        }
        text.append('\n');
        if (error.details() != null) {
            error.details().forEach(detail -> describe(detail, indent + "    ", text));
        }
    }

    /**
     * Every attribute of {@code c} as the details show it, in order; an attribute with no value is left out.
     *
     * @param me  the signed-in user ("Created by", "Assigned to"), or null while unknown
     * @param now the present moment (a schedule's next run)
     */
    List<Attribute> attributes(ComputeResource c, Principal me, Instant now) {
        List<Attribute> list = new ArrayList<>();
        add(list, "Name", c.name());
        add(list, "Compute type", ComputeColumn.typeLabel(c));
        add(list, "State", ComputeColumn.stateText(c));
        if (c.properties() != null) {
            add(list, "Provisioning state", c.properties().provisioningState() == null ? null
                    : c.properties().provisioningState().label());
            add(list, "Region", Optional.ofNullable(c.properties().computeLocation()).orElse(c.location()));
            add(list, "Description", c.properties().description());
            add(list, "Created on", time.dateTime(ComputeColumn.createdOnValue(c)));
            if (c.properties().modifiedOn() != null) {
                add(list, "Modified on", time.dateTime(c.properties().modifiedOn()));
            }
            add(list, "Attached", Boolean.TRUE.equals(c.properties().isAttachedCompute()) ? "Yes (attached compute)"
                    : "No (created by the workspace)");
            add(list, "Local authentication", Boolean.TRUE.equals(c.properties().disableLocalAuth()) ? "Disabled" : "Enabled");
        } else {
            add(list, "Region", c.location());
        }
        ComputeKind kind = ComputeRow.kindOf(c).orElse(null);
        if (kind == ComputeKind.COMPUTE_INSTANCE) {
            instance(list, c, me, now);
        } else if (kind == ComputeKind.AML_COMPUTE) {
            cluster(list, c);
        } else if (c.properties() instanceof AksProperties aks) {
            aks(list, aks.properties());
        } else if (c.properties() instanceof KubernetesProperties k && k.properties() != null) {
            add(list, "Namespace", ComputeColumn.namespace(c));
            add(list, "Default instance type", k.properties().defaultInstanceType());
            add(list, "Instance types", k.properties().instanceTypes() == null ? null
                    : String.join(", ", k.properties().instanceTypes().keySet()));
            add(list, "Extension release train", k.properties().extensionInstanceReleaseTrain());
            add(list, "Extension principal", k.properties().extensionPrincipalId());
        } else if (c.properties() instanceof VirtualMachineProperties vm && vm.properties() != null) {
            VirtualMachineSettings s = vm.properties();
            add(list, "Virtual machine size", s.virtualMachineSize());
            add(list, "Address", s.address());
            add(list, "SSH port", s.sshPort() == null ? null : s.sshPort().toString());
            add(list, "Administrator", s.administratorAccount() == null ? null : s.administratorAccount().username());
            add(list, "Notebook server port", s.notebookServerPort() == null ? null : s.notebookServerPort().toString());
        } else if (c.properties() instanceof HdInsightProperties hdi && hdi.properties() != null) {
            add(list, "Address", hdi.properties().address());
            add(list, "SSH port", hdi.properties().sshPort() == null ? null : hdi.properties().sshPort().toString());
            add(list, "Administrator", hdi.properties().administratorAccount() == null ? null
                    : hdi.properties().administratorAccount().username());
        } else if (c.properties() instanceof DatabricksProperties dbx && dbx.properties() != null) {
            add(list, "Workspace URL", dbx.properties().workspaceUrl());
        } else if (c.properties() instanceof DataLakeAnalyticsProperties adla && adla.properties() != null) {
            add(list, "Data Lake Store account", adla.properties().dataLakeStoreAccountName());
        } else if (c.properties() instanceof SynapseSparkProperties spark && spark.properties() != null) {
            synapse(list, spark.properties());
        }
        add(list, "Underlying resource", c.properties() == null ? null : c.properties().resourceId());
        identity(list, c.identity());
        if (c.tags() != null && !c.tags().isEmpty()) {
            add(list, "Tags", String.join(", ", c.tags().entrySet().stream()
                    .map(e -> ComputeColumn.present(e.getValue()) ? e.getKey() + "=" + e.getValue() : e.getKey()).toList()));
        }
        add(list, "Resource ID", c.id());
        return list;
    }

    private void instance(List<Attribute> list, ComputeResource c, Principal me, Instant now) {
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        if (ci == null) {
            return;
        }
        add(list, "Virtual machine size", ci.vmSize());
        add(list, "Created by", ComputeColumn.createdBy(c, me));
        add(list, "Assigned to", ComputeColumn.assignedTo(c, me));
        if (ci.connectivityEndpoints() != null) {
            add(list, "Public IP address", Optional.ofNullable(ci.connectivityEndpoints().publicIpAddress())
                    .orElse("None (reachable only inside its virtual network)"));
            add(list, "Private IP address", ci.connectivityEndpoints().privateIpAddress());
        }
        if (ci.sshSettings() != null) {
            boolean on = "Enabled".equalsIgnoreCase(ci.sshSettings().sshPublicAccess());
            add(list, "SSH access", on ? "Enabled" + (ci.sshSettings().sshPort() == null ? ""
                    : ", port " + ci.sshSettings().sshPort()) + (ci.sshSettings().adminUserName() == null ? ""
                    : ", user " + ci.sshSettings().adminUserName()) : "Disabled");
        }
        add(list, "Idle shutdown", ci.idleTimeBeforeShutdown() == null ? "Disabled"
                : IsoDurations.parse(ci.idleTimeBeforeShutdown()).map(d -> "After " + humanDuration(d) + " of inactivity")
                .orElse(ci.idleTimeBeforeShutdown()));
        add(list, "Schedules", schedules(ci.schedules(), time, now));
        add(list, "Single sign-on", ci.enableSSO() == null ? null : ci.enableSSO() ? "Enabled" : "Disabled");
        add(list, "Application sharing", ci.applicationSharingPolicy());
        add(list, "Subnet", ci.subnet() == null ? null : ci.subnet().id());
        add(list, "Node public IP", ci.enableNodePublicIp() == null ? null : ci.enableNodePublicIp() ? "Yes" : "No");
        if (ci.osImageMetadata() != null) {
            add(list, "OS image", osImage(ci.osImageMetadata()));
        }
        if (ci.lastOperation() != null) {
            add(list, "Last operation", joined(ci.lastOperation().operationName(), ci.lastOperation().operationStatus(),
                    ComputeColumn.present(ci.lastOperation().operationTrigger()) ? "by " + ci.lastOperation().operationTrigger() : null,
                    ci.lastOperation().operationTime() == null ? null : time.dateTime(ci.lastOperation().operationTime())));
        }
    }

    private void cluster(List<Attribute> list, ComputeResource c) {
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        if (aml == null) {
            return;
        }
        add(list, "Virtual machine size", aml.vmSize());
        add(list, "Tier", ComputeColumn.tier(c));
        add(list, "Operating system", aml.osType());
        add(list, "Nodes (current/target, min\u2013max)", ComputeColumn.nodes(c));
        add(list, "Node states", ComputeColumn.nodeStatesText(c));
        add(list, "Allocation state", aml.allocationState() == null ? null : ComputeColumn.allocation(c)
                + (aml.allocationStateTransitionTime() == null ? "" : " since " + time.dateTime(aml.allocationStateTransitionTime())));
        if (aml.scaleSettings() != null) {
            add(list, "Idle seconds before scale down", IsoDurations.parse(aml.scaleSettings().nodeIdleTimeBeforeScaleDown())
                    .map(d -> Long.toString(d.getSeconds())).orElse(aml.scaleSettings().nodeIdleTimeBeforeScaleDown()));
        }
        add(list, "SSH access", aml.remoteLoginPortPublicAccess());
        add(list, "Administrator", aml.userAccountCredentials() == null ? null : aml.userAccountCredentials().adminUserName());
        add(list, "Subnet", aml.subnet() == null ? null : aml.subnet().id());
        add(list, "Node public IP", aml.enableNodePublicIp() == null ? null : aml.enableNodePublicIp() ? "Yes" : "No");
        add(list, "Isolated network", aml.isolatedNetwork() == null ? null : aml.isolatedNetwork() ? "Yes" : "No");
    }

    private static void aks(List<Attribute> list, AksSettings s) {
        if (s == null) {
            return;
        }
        add(list, "Agent VM size", s.agentVmSize() == null ? "Standard_D3_v2" : s.agentVmSize());
        add(list, "Agent count", s.agentCount() == null ? "3" : s.agentCount().toString());
        add(list, "Cluster purpose", s.clusterPurpose() == null ? "Production (the service default)"
                : ClusterPurpose.fromArm(s.clusterPurpose())
                .map(purpose -> (purpose.isProduction() ? "Production" : "Dev-test") + " (" + purpose.armValue() + ")")
                .orElse(s.clusterPurpose()));
        add(list, "Cluster FQDN", s.clusterFqdn());
        add(list, "SSL", s.sslConfiguration() == null ? null : s.sslConfiguration().status());
        add(list, "Load balancer", s.loadBalancerType());
        add(list, "Subnet", s.aksNetworkingConfiguration() == null ? null : s.aksNetworkingConfiguration().subnetId());
        if (s.systemServices() != null && !s.systemServices().isEmpty()) {
            add(list, "System services", String.join(", ", s.systemServices().stream()
                    .map(svc -> joinedWith(" ", svc.systemServiceType(), svc.publicIpAddress()))
                    .filter(ComputeColumn::present).toList()));
        }
    }

    private static void synapse(List<Attribute> list, SynapseSparkSettings s) {
        add(list, "Synapse workspace", s.workspaceName());
        add(list, "Spark pool", s.poolName());
        add(list, "Spark version", s.sparkVersion());
        add(list, "Node size", s.nodeSize() == null ? null
                : s.nodeSize() + (ComputeColumn.present(s.nodeSizeFamily()) ? " (" + s.nodeSizeFamily() + ")" : ""));
        add(list, "Node count", s.nodeCount() == null ? null : s.nodeCount().toString());
        if (s.autoScaleProperties() != null) {
            add(list, "Auto scale", Boolean.TRUE.equals(s.autoScaleProperties().enabled())
                    ? "Enabled" + (s.autoScaleProperties().minNodeCount() == null || s.autoScaleProperties().maxNodeCount() == null
                    ? "" : ", " + s.autoScaleProperties().minNodeCount() + "\u2013" + s.autoScaleProperties().maxNodeCount() + " nodes")
                    : "Disabled");
        }
        if (s.autoPauseProperties() != null) {
            add(list, "Auto pause", Boolean.TRUE.equals(s.autoPauseProperties().enabled())
                    ? s.autoPauseProperties().delayInMinutes() == null ? "Enabled"
                    : "After " + s.autoPauseProperties().delayInMinutes() + " minutes" : "Disabled");
        }
    }

    private static void identity(List<Attribute> list, ManagedIdentity identity) {
        if (identity == null || identity.type() == null || identity.type().isBlank()) {
            add(list, "Managed identity", "None");
            return;
        }
        StringBuilder text = new StringBuilder(identity.type());
        if (identity.principalId() != null) {
            text.append(" \u00b7 principal ").append(identity.principalId());
        }
        if (identity.userAssignedIdentities() != null) {
            for (String id : identity.userAssignedIdentities().keySet()) {
                text.append("\n").append(id);
            }
        }
        add(list, "Managed identity", text.toString());
    }

    /** Each schedule in words, one a line ("Stop at 6:00 PM, every day, Pacific Standard Time · next …"). */
    static String schedules(JsonNode schedules, TimeFormat time, Instant now) {
        ScheduleDescriber describer = new ScheduleDescriber(time);
        List<String> lines = StartStopSchedules.of(schedules).stream().map(s -> describer.describe(s, now)).toList();
        return lines.isEmpty() ? "None" : String.join("\n", lines);
    }

    /** "24.06.10 (latest)", "23.01.19 (outdated: latest is 24.06.10)"; parts ARM left out are left out. */
    private static String osImage(OsImageMetadata image) {
        String current = ComputeColumn.present(image.currentImageVersion()) ? image.currentImageVersion() : null;
        if (Boolean.FALSE.equals(image.isLatestOsImageVersion())) {
            String latest = ComputeColumn.present(image.latestImageVersion()) ? "latest is " + image.latestImageVersion() : null;
            return joinedWith(" ", current, "(outdated" + (latest == null ? ")" : ": " + latest + ")"));
        }
        if (current == null) {
            return null;
        }
        return Boolean.TRUE.equals(image.isLatestOsImageVersion()) ? current + " (latest)" : current;
    }

    /** The present parts joined by " · ". */
    private static String joined(String... parts) {
        return joinedWith(" \u00b7 ", parts);
    }

    private static String joinedWith(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (ComputeColumn.present(part)) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static String humanDuration(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % (60 * 24) == 0) {
            return minutes / (60 * 24) + (minutes == 60 * 24 ? " day" : " days");
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + (minutes == 60 ? " hour" : " hours");
        }
        return minutes + " minutes";
    }

    private static void add(List<Attribute> list, String label, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new Attribute(label, value));
        }
    }

}
