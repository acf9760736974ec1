package dev.computedesk.ui.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AksSettings;
import dev.computedesk.azure.model.AmlComputeNode;
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
import dev.computedesk.azure.model.SynapseSparkProperties;
import dev.computedesk.azure.model.SynapseSparkSettings;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.model.VirtualMachineSettings;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.IsoDurations;
import dev.computedesk.domain.compute.ScheduleDescriber;
import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.azure.model.StartStopSchedules;
import dev.computedesk.azure.yaml.ComputeYaml;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The details of one compute: every attribute Studio shows, provisioning errors in words, identity, schedules
 * and idle shutdown (read-only), Copy resource ID, Copy as YAML, Connect, and for a cluster its nodes, which are
 * re-read whenever the cluster changes (so they follow a resize).
 */
public final class ComputeDetailsViewModel {

    /** One line of the details: a label and its value. */
    public record Attribute(String label, String value) {
    }

    /** How many nodes are in one state, for the node-state chart. */
    public record NodeStateCount(String state, int count) {
    }

    private final TaskExecutor executor;
    private final ClipboardService clipboard;
    private final Navigator navigator;

    private final ReadOnlyObjectWrapper<ComputeRow> row = new ReadOnlyObjectWrapper<>(this, "row");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper stateStyle = new ReadOnlyStringWrapper(this, "stateStyle", "state-idle");
    private final ReadOnlyStringWrapper errorsText = new ReadOnlyStringWrapper(this, "errorsText", "");
    private final ObservableList<Attribute> attributes = FXCollections.observableArrayList();
    private final ObservableList<AmlComputeNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<NodeStateCount> nodeStates = FXCollections.observableArrayList();
    private final ObjectProperty<AmlComputeNode> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObjectProperty<ErrorInfo> nodesError = new SimpleObjectProperty<>(this, "nodesError");
    private final ReadOnlyObjectWrapper<ComputeResource> compute = new ReadOnlyObjectWrapper<>(this, "compute");
    private final BooleanBinding open = row.isNotNull();
    private final BooleanBinding cluster;
    private final BooleanBinding yamlSupported;
    private final BooleanBinding canConnect;
    private final ChangeListener<ComputeResource> onComputeChanged = (obs, old, fresh) -> show(fresh, true);

    /** The user's zone and locale for every time in the details, and the clock for a schedule's next run. */
    private final TimeFormat timeFormat = TimeFormat.system();
    private final Clock clock = Clock.systemUTC();

    private ComputeClient client;
    private WorkspaceRef workspace;
    private String me;
    private long nodesGeneration;
    private boolean nodesLoading;
    private boolean nodesStale;

    ComputeDetailsViewModel(TaskExecutor executor, ClipboardService clipboard, Navigator navigator) {
        this.executor = Objects.requireNonNull(executor);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.navigator = Objects.requireNonNull(navigator);
        this.cluster = Bindings.createBooleanBinding(() -> kind() == ComputeKind.AML_COMPUTE, compute);
        this.yamlSupported = Bindings.createBooleanBinding(
                () -> compute.get() != null && ComputeYaml.hasCliFile(compute.get()), compute);
        this.canConnect = Bindings.createBooleanBinding(() -> kind() == ComputeKind.COMPUTE_INSTANCE
                || (kind() == ComputeKind.AML_COMPUTE && selectedNode.get() != null), compute, selectedNode);
    }

    private ComputeKind kind() {
        return ComputeRow.kindOf(compute.get()).orElse(null);
    }

    /** Shows {@code target}'s details; they follow the row as the page refreshes it. */
    void open(ComputeRow target, ComputeClient computeClient, WorkspaceRef ws, String myObjectId) {
        close();
        client = computeClient;
        workspace = ws;
        me = myObjectId;
        row.set(target);
        target.computeProperty().addListener(onComputeChanged);
        show(target.compute(), false);
    }

    /** Closes the details. */
    public void close() {
        ComputeRow current = row.get();
        if (current != null) {
            current.computeProperty().removeListener(onComputeChanged);
        }
        nodesGeneration++;
        nodesLoading = false;
        nodesStale = false;
        row.set(null);
        compute.set(null);
        attributes.clear();
        nodes.clear();
        nodeStates.clear();
        selectedNode.set(null);
        nodesError.set(null);
        errorsText.set("");
        title.set("");
        stateText.set("");
    }

    private void show(ComputeResource c, boolean changed) {
        compute.set(c);
        title.set(c.name());
        stateText.set(ComputeColumn.stateText(c));
        stateStyle.set(ComputeColumn.stateStyle(c));
        errorsText.set(errors(c));
        attributes.setAll(attributesOf(c, me, timeFormat, clock.instant()));
        if (kind() == ComputeKind.AML_COMPUTE) {
            nodeStates.setAll(nodeStatesOf(c));
            if (!changed || !nodesLoading) {
                refreshNodes();
            } else {
                nodesStale = true;
            }
        }
    }

    /** Re-reads the cluster's nodes (the page calls it whenever the cluster changes; the Nodes tab's Refresh). */
    public void refreshNodes() {
        ComputeResource c = compute.get();
        if (c == null || kind() != ComputeKind.AML_COMPUTE || client == null) {
            return;
        }
        long gen = ++nodesGeneration;
        ComputeClient nodesClient = client;
        WorkspaceRef ws = workspace;
        String name = c.name();
        nodesLoading = true;
        nodesStale = false;
        executor.submit(BackgroundTask.titled("Listing nodes of compute cluster " + name, name,
                token -> nodesClient.listNodes(ws, name))
                .onSuccess(list -> {
                    if (gen == nodesGeneration) {
                        AmlComputeNode keep = selectedNode.get();
                        nodes.setAll(list);
                        selectedNode.set(keep == null ? null : list.stream()
                                .filter(n -> Objects.equals(n.nodeId(), keep.nodeId())).findFirst().orElse(null));
                        nodesError.set(null);
                    }
                })
                .onFailure(failure -> {
                    if (gen == nodesGeneration) {
                        nodesError.set(ErrorInfos.from("Listing nodes failed", failure));
                    }
                })
                .whenDone(() -> {
                    if (gen == nodesGeneration) {
                        nodesLoading = false;
                        if (nodesStale) {
                            refreshNodes();
                        }
                    }
                }));
    }

    public void copyResourceId() {
        ComputeResource c = compute.get();
        if (c != null && c.id() != null) {
            clipboard.putText(c.id());
        }
    }

    public void copyYaml() {
        ComputeResource c = compute.get();
        if (c != null && ComputeYaml.hasCliFile(c)) {
            clipboard.putText(ComputeYaml.write(c));
        }
    }

    /** Connect: the SSH helper for the instance, or for the selected node of a cluster. */
    public void connect() {
        ComputeResource c = compute.get();
        if (canConnect.get()) {
            navigator.openSshHelper(c, kind() == ComputeKind.AML_COMPUTE ? selectedNode.get() : null);
        }
    }

    /** Connect for one node (the Nodes tab's per-row action). */
    public void connect(AmlComputeNode node) {
        if (node != null && kind() == ComputeKind.AML_COMPUTE) {
            navigator.openSshHelper(compute.get(), node);
        }
    }

    public ReadOnlyObjectProperty<ComputeRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComputeResource> computeProperty() {
        return compute.getReadOnlyProperty();
    }

    public BooleanBinding openProperty() {
        return open;
    }

    public BooleanBinding clusterProperty() {
        return cluster;
    }

    public BooleanBinding yamlSupportedProperty() {
        return yamlSupported;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** The badge's style class ({@code state-ok}, …). */
    public ReadOnlyStringProperty stateStyleProperty() {
        return stateStyle.getReadOnlyProperty();
    }

    /** Provisioning errors, one readable line each; empty when there are none. */
    public ReadOnlyStringProperty errorsTextProperty() {
        return errorsText.getReadOnlyProperty();
    }

    public ObservableList<Attribute> attributes() {
        return attributes;
    }

    public ObservableList<AmlComputeNode> nodes() {
        return nodes;
    }

    public ObservableList<NodeStateCount> nodeStates() {
        return nodeStates;
    }

    public ObjectProperty<AmlComputeNode> selectedNodeProperty() {
        return selectedNode;
    }

    public ObjectProperty<ErrorInfo> nodesErrorProperty() {
        return nodesError;
    }

    // ------------------------------------------------------------------ what the details say

    static List<NodeStateCount> nodeStatesOf(ComputeResource c) {
        int[] counts = ComputeColumn.nodeStateCounts(c);
        List<NodeStateCount> list = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            list.add(new NodeStateCount(ComputeColumn.NODE_STATE_NAMES.get(i), counts[i]));
        }
        return list;
    }

    /** Provisioning errors (and an instance's own errors) as "code: message" lines, details indented. */
    static String errors(ComputeResource c) {
        List<ArmErrorResponse> all = new ArrayList<>();
        if (c.properties() != null && c.properties().provisioningErrors() != null) {
            all.addAll(c.properties().provisioningErrors());
        }
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        if (ci != null && ci.errors() != null) {
            all.addAll(ci.errors());
        }
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
     * Every attribute of {@code c} as the details show it.
     *
     * @param time the user's zone and locale
     * @param now  the present moment (a schedule's next run)
     */
    static List<Attribute> attributesOf(ComputeResource c, String me, TimeFormat time, Instant now) {
        List<Attribute> list = new ArrayList<>();
        add(list, "Name", c.name());
        add(list, "Compute type", ComputeColumn.typeLabel(c));
        add(list, "State", ComputeColumn.stateText(c));
        if (c.properties() != null) {
            add(list, "Provisioning state", c.properties().provisioningState() == null ? null
                    : ComputeRow.words(c.properties().provisioningState().name()));
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
            instance(list, c, me, time, now);
        } else if (kind == ComputeKind.AML_COMPUTE) {
            cluster(list, c, time);
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

    private static void instance(List<Attribute> list, ComputeResource c, String me, TimeFormat time, Instant now) {
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
        add(list, "Applications", String.join(", ", ComputeColumn.applications(c).stream()
                .map(a -> a.displayName()).filter(ComputeColumn::present).toList()));
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

    private static void cluster(List<Attribute> list, ComputeResource c, TimeFormat time) {
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
                : dev.computedesk.domain.compute.ClusterPurpose.fromArm(s.clusterPurpose())
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
    private static String osImage(dev.computedesk.azure.model.OsImageMetadata image) {
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
