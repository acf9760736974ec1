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
import dev.computedesk.domain.text.Messages;
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
        /** "2 idle" in the app's language, for the chart's legend. */
        public String legend() {
            return ComputeColumn.nodeStateCount(state, count);
        }
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
        text.append(indent).append(error.code() == null || error.code().isBlank()
                ? Messages.get("compute.code.details.error") : error.code());
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
        add(list, "compute.code.details.name", c.name());
        add(list, "compute.code.details.computeType", ComputeColumn.typeLabel(c));
        add(list, "compute.code.details.state", ComputeColumn.stateText(c));
        if (c.properties() != null) {
            add(list, "compute.code.details.provisioningState", c.properties().provisioningState() == null ? null
                    : c.properties().provisioningState().label());
            add(list, "compute.code.details.region",
                    Optional.ofNullable(c.properties().computeLocation()).orElse(c.location()));
            add(list, "compute.code.details.description", c.properties().description());
            add(list, "compute.code.details.createdOn", time.dateTime(ComputeColumn.createdOnValue(c)));
            if (c.properties().modifiedOn() != null) {
                add(list, "compute.code.details.modifiedOn", time.dateTime(c.properties().modifiedOn()));
            }
            add(list, "compute.code.details.attached", Messages.get(Boolean.TRUE.equals(c.properties().isAttachedCompute())
                    ? "compute.code.details.attachedYes" : "compute.code.details.attachedNo"));
            add(list, "compute.code.details.localAuthentication",
                    enabled(!Boolean.TRUE.equals(c.properties().disableLocalAuth())));
        } else {
            add(list, "compute.code.details.region", c.location());
        }
        ComputeKind kind = ComputeRow.kindOf(c).orElse(null);
        if (kind == ComputeKind.COMPUTE_INSTANCE) {
            instance(list, c, me, now);
        } else if (kind == ComputeKind.AML_COMPUTE) {
            cluster(list, c);
        } else if (c.properties() instanceof AksProperties aks) {
            aks(list, aks.properties());
        } else if (c.properties() instanceof KubernetesProperties k && k.properties() != null) {
            add(list, "compute.code.details.namespace", ComputeColumn.namespace(c));
            add(list, "compute.code.details.defaultInstanceType", k.properties().defaultInstanceType());
            add(list, "compute.code.details.instanceTypes", k.properties().instanceTypes() == null ? null
                    : String.join(", ", k.properties().instanceTypes().keySet()));
            add(list, "compute.code.details.extensionReleaseTrain", k.properties().extensionInstanceReleaseTrain());
            add(list, "compute.code.details.extensionPrincipal", k.properties().extensionPrincipalId());
        } else if (c.properties() instanceof VirtualMachineProperties vm && vm.properties() != null) {
            VirtualMachineSettings s = vm.properties();
            add(list, "compute.code.details.virtualMachineSize", s.virtualMachineSize());
            add(list, "compute.code.details.address", s.address());
            add(list, "compute.code.details.sshPort", s.sshPort() == null ? null : s.sshPort().toString());
            add(list, "compute.code.details.administrator",
                    s.administratorAccount() == null ? null : s.administratorAccount().username());
            add(list, "compute.code.details.notebookServerPort",
                    s.notebookServerPort() == null ? null : s.notebookServerPort().toString());
        } else if (c.properties() instanceof HdInsightProperties hdi && hdi.properties() != null) {
            add(list, "compute.code.details.address", hdi.properties().address());
            add(list, "compute.code.details.sshPort",
                    hdi.properties().sshPort() == null ? null : hdi.properties().sshPort().toString());
            add(list, "compute.code.details.administrator", hdi.properties().administratorAccount() == null ? null
                    : hdi.properties().administratorAccount().username());
        } else if (c.properties() instanceof DatabricksProperties dbx && dbx.properties() != null) {
            add(list, "compute.code.details.workspaceURL", dbx.properties().workspaceUrl());
        } else if (c.properties() instanceof DataLakeAnalyticsProperties adla && adla.properties() != null) {
            add(list, "compute.code.details.dataLakeStoreAccount", adla.properties().dataLakeStoreAccountName());
        } else if (c.properties() instanceof SynapseSparkProperties spark && spark.properties() != null) {
            synapse(list, spark.properties());
        }
        add(list, "compute.code.details.underlyingResource", c.properties() == null ? null : c.properties().resourceId());
        identity(list, c.identity());
        if (c.tags() != null && !c.tags().isEmpty()) {
            add(list, "compute.code.details.tags", String.join(", ", c.tags().entrySet().stream()
                    .map(e -> ComputeColumn.present(e.getValue()) ? e.getKey() + "=" + e.getValue() : e.getKey()).toList()));
        }
        add(list, "compute.code.details.resourceID", c.id());
        return list;
    }

    private void instance(List<Attribute> list, ComputeResource c, Principal me, Instant now) {
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        if (ci == null) {
            return;
        }
        add(list, "compute.code.details.virtualMachineSize", ci.vmSize());
        add(list, "compute.code.details.createdBy", ComputeColumn.createdBy(c, me));
        add(list, "compute.code.details.assignedTo", ComputeColumn.assignedTo(c, me));
        if (ci.connectivityEndpoints() != null) {
            add(list, "compute.code.details.publicIPAddress",
                    Optional.ofNullable(ci.connectivityEndpoints().publicIpAddress())
                    .orElse(Messages.get("compute.code.details.noPublicIp")));
            add(list, "compute.code.details.privateIPAddress", ci.connectivityEndpoints().privateIpAddress());
        }
        if (ci.sshSettings() != null) {
            boolean on = "Enabled".equalsIgnoreCase(ci.sshSettings().sshPublicAccess());
            add(list, "compute.code.details.sshAccess", on ? joinedWith(", ", enabled(true),
                    ci.sshSettings().sshPort() == null ? null
                            : Messages.get("compute.code.details.sshPortValue", ci.sshSettings().sshPort().toString()),
                    ci.sshSettings().adminUserName() == null ? null
                            : Messages.get("compute.code.details.sshUser", ci.sshSettings().adminUserName()))
                    : enabled(false));
        }
        add(list, "compute.code.details.idleShutdown", ci.idleTimeBeforeShutdown() == null ? enabled(false)
                : IsoDurations.parse(ci.idleTimeBeforeShutdown())
                .map(d -> Messages.get("compute.code.details.idleAfter", humanDuration(d)))
                .orElse(ci.idleTimeBeforeShutdown()));
        add(list, "compute.code.details.schedules", schedules(ci.schedules(), time, now));
        add(list, "compute.code.details.singleSignOn", ci.enableSSO() == null ? null : enabled(ci.enableSSO()));
        add(list, "compute.code.details.applicationSharing", ci.applicationSharingPolicy());
        add(list, "compute.code.details.subnet", ci.subnet() == null ? null : ci.subnet().id());
        add(list, "compute.code.details.nodePublicIP",
                ci.enableNodePublicIp() == null ? null : yesNo(ci.enableNodePublicIp()));
        if (ci.osImageMetadata() != null) {
            add(list, "compute.code.details.osImage", osImage(ci.osImageMetadata()));
        }
        if (ci.lastOperation() != null) {
            add(list, "compute.code.details.lastOperation",
                    joined(ci.lastOperation().operationName(), ci.lastOperation().operationStatus(),
                    ComputeColumn.present(ci.lastOperation().operationTrigger())
                            ? Messages.get("compute.code.details.triggeredBy", ci.lastOperation().operationTrigger()) : null,
                    ci.lastOperation().operationTime() == null ? null : time.dateTime(ci.lastOperation().operationTime())));
        }
    }

    private void cluster(List<Attribute> list, ComputeResource c) {
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        if (aml == null) {
            return;
        }
        add(list, "compute.code.details.virtualMachineSize", aml.vmSize());
        add(list, "compute.code.details.tier", ComputeColumn.tier(c));
        add(list, "compute.code.details.operatingSystem", aml.osType());
        add(list, "compute.code.details.nodes", ComputeColumn.nodes(c));
        add(list, "compute.code.details.nodeStates", ComputeColumn.nodeStatesText(c));
        add(list, "compute.code.details.allocationState", aml.allocationState() == null ? null
                : aml.allocationStateTransitionTime() == null ? ComputeColumn.allocation(c)
                : Messages.get("compute.code.details.since", ComputeColumn.allocation(c),
                        time.dateTime(aml.allocationStateTransitionTime())));
        if (aml.scaleSettings() != null) {
            add(list, "compute.code.details.idleSecondsBeforeScaleDown",
                    IsoDurations.parse(aml.scaleSettings().nodeIdleTimeBeforeScaleDown())
                    .map(d -> Long.toString(d.getSeconds())).orElse(aml.scaleSettings().nodeIdleTimeBeforeScaleDown()));
        }
        add(list, "compute.code.details.sshAccess", aml.remoteLoginPortPublicAccess());
        add(list, "compute.code.details.administrator",
                aml.userAccountCredentials() == null ? null : aml.userAccountCredentials().adminUserName());
        add(list, "compute.code.details.subnet", aml.subnet() == null ? null : aml.subnet().id());
        add(list, "compute.code.details.nodePublicIP",
                aml.enableNodePublicIp() == null ? null : yesNo(aml.enableNodePublicIp()));
        add(list, "compute.code.details.isolatedNetwork",
                aml.isolatedNetwork() == null ? null : yesNo(aml.isolatedNetwork()));
    }

    private static void aks(List<Attribute> list, AksSettings s) {
        if (s == null) {
            return;
        }
        add(list, "compute.code.details.agentVMSize", s.agentVmSize() == null ? "Standard_D3_v2" : s.agentVmSize());
        add(list, "compute.code.details.agentCount", s.agentCount() == null ? "3" : s.agentCount().toString());
        add(list, "compute.code.details.clusterPurpose", s.clusterPurpose() == null
                ? Messages.get("compute.code.details.purposeDefault", ClusterPurpose.FAST_PROD.label())
                : ClusterPurpose.fromArm(s.clusterPurpose())
                .map(purpose -> Messages.get("compute.code.details.purposeValue", purpose.label(), purpose.armValue()))
                .orElse(s.clusterPurpose()));
        add(list, "compute.code.details.clusterFQDN", s.clusterFqdn());
        add(list, "compute.code.details.ssl", s.sslConfiguration() == null ? null : s.sslConfiguration().status());
        add(list, "compute.code.details.loadBalancer", s.loadBalancerType());
        add(list, "compute.code.details.subnet",
                s.aksNetworkingConfiguration() == null ? null : s.aksNetworkingConfiguration().subnetId());
        if (s.systemServices() != null && !s.systemServices().isEmpty()) {
            add(list, "compute.code.details.systemServices", String.join(", ", s.systemServices().stream()
                    .map(svc -> joinedWith(" ", svc.systemServiceType(), svc.publicIpAddress()))
                    .filter(ComputeColumn::present).toList()));
        }
    }

    private static void synapse(List<Attribute> list, SynapseSparkSettings s) {
        add(list, "compute.code.details.synapseWorkspace", s.workspaceName());
        add(list, "compute.code.details.sparkPool", s.poolName());
        add(list, "compute.code.details.sparkVersion", s.sparkVersion());
        add(list, "compute.code.details.nodeSize", s.nodeSize() == null ? null
                : s.nodeSize() + (ComputeColumn.present(s.nodeSizeFamily()) ? " (" + s.nodeSizeFamily() + ")" : ""));
        add(list, "compute.code.details.nodeCount", s.nodeCount() == null ? null : s.nodeCount().toString());
        if (s.autoScaleProperties() != null) {
            Integer min = s.autoScaleProperties().minNodeCount();
            Integer max = s.autoScaleProperties().maxNodeCount();
            add(list, "compute.code.details.autoScale", Boolean.TRUE.equals(s.autoScaleProperties().enabled())
                    ? min == null || max == null ? enabled(true)
                    : Messages.get("compute.code.details.autoScaleRange", min, max)
                    : enabled(false));
        }
        if (s.autoPauseProperties() != null) {
            add(list, "compute.code.details.autoPause", Boolean.TRUE.equals(s.autoPauseProperties().enabled())
                    ? s.autoPauseProperties().delayInMinutes() == null ? enabled(true)
                    : Messages.get("compute.code.details.pauseAfter", s.autoPauseProperties().delayInMinutes())
                    : enabled(false));
        }
    }

    private static void identity(List<Attribute> list, ManagedIdentity identity) {
        if (identity == null || identity.type() == null || identity.type().isBlank()) {
            add(list, "compute.code.details.managedIdentity", Messages.get("compute.code.details.none"));
            return;
        }
        StringBuilder text = new StringBuilder(identity.type());
        if (identity.principalId() != null) {
            text.append(" \u00b7 ").append(Messages.get("compute.code.details.principal", identity.principalId()));
        }
        if (identity.userAssignedIdentities() != null) {
            for (String id : identity.userAssignedIdentities().keySet()) {
                text.append("\n").append(id);
            }
        }
        add(list, "compute.code.details.managedIdentity", text.toString());
    }

    /** Each schedule in words, one a line ("Stop at 6:00 PM, every day, Pacific Standard Time · next …"). */
    static String schedules(JsonNode schedules, TimeFormat time, Instant now) {
        ScheduleDescriber describer = new ScheduleDescriber(time);
        List<String> lines = StartStopSchedules.of(schedules).stream().map(s -> describer.describe(s, now)).toList();
        return lines.isEmpty() ? Messages.get("compute.code.details.none") : String.join("\n", lines);
    }

    /** "24.06.10 (latest)", "23.01.19 (outdated: latest is 24.06.10)"; parts ARM left out are left out. */
    private static String osImage(OsImageMetadata image) {
        String current = ComputeColumn.present(image.currentImageVersion()) ? image.currentImageVersion() : null;
        if (Boolean.FALSE.equals(image.isLatestOsImageVersion())) {
            String outdated = ComputeColumn.present(image.latestImageVersion())
                    ? Messages.get("compute.code.details.outdatedLatestIs", image.latestImageVersion())
                    : Messages.get("compute.code.details.outdated");
            return joinedWith(" ", current, outdated);
        }
        if (current == null) {
            return null;
        }
        return Boolean.TRUE.equals(image.isLatestOsImageVersion())
                ? Messages.get("compute.code.details.latest", current) : current;
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
            return Messages.get("compute.code.details.days", minutes / (60 * 24));
        }
        if (minutes % 60 == 0) {
            return Messages.get("compute.code.details.hours", minutes / 60);
        }
        return Messages.get("compute.code.details.minutes", minutes);
    }

    private static String enabled(boolean on) {
        return Messages.get(on ? "compute.code.details.enabled" : "compute.code.details.disabled");
    }

    private static String yesNo(boolean yes) {
        return Messages.get(yes ? "compute.code.details.yes" : "compute.code.details.no");
    }

    /** Adds the attribute labelled by the bundle's {@code labelKey} when it has a value. */
    private static void add(List<Attribute> list, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new Attribute(Messages.get(labelKey), value));
        }
    }

}
