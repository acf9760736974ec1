package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ResourceId;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.UserAccountCredentials;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.compute.NodeCountRule;
import dev.computedesk.domain.quota.CostEstimate;
import dev.computedesk.domain.quota.QuotaCheck;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.domain.quota.VmSize;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.ui.common.form.Pickers;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Map;

/**
 * The compute-cluster form: Virtual machine (location, type, tier, size, with quota and cost) → Advanced settings
 * (name, node counts, scale-down, SSH, network, identity) → Review + Create.
 */
public final class ComputeClusterFormViewModel extends ComputeFormViewModel {
    public static final String DEFAULT_SIZE = "Standard_DS3_v2";
    public static final String DEDICATED = "Dedicated";
    public static final String LOW_PRIORITY = "Low priority";

    private final Capacity capacity = new Capacity();
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObjectProperty<String> location = new SimpleObjectProperty<>(this, "location");
    private final StringBinding locationWarning;
    private final ObservableList<String> vmTypes = FXCollections.observableArrayList("CPU", "GPU");
    private final ObjectProperty<String> vmType = new SimpleObjectProperty<>(this, "vmType", "CPU");
    private final ObservableList<String> tiers = FXCollections.observableArrayList(DEDICATED, LOW_PRIORITY);
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>(this, "tier", DEDICATED);
    private final FilteredList<VirtualMachineSize> sizes;
    private final ObjectProperty<VirtualMachineSize> vmSize = new SimpleObjectProperty<>(this, "vmSize");
    private final QuotaAndCost quotaAndCost = new QuotaAndCost();
    private String pendingSizeName = DEFAULT_SIZE;

    private final FormField minNodes;
    private final FormField maxNodes;
    private final FormField idleSeconds = new FormField(Long.toString(NodeCountRule.DEFAULT_IDLE_SECONDS),
            NodeCountRule::validateIdleSeconds);
    private final SshSection ssh = new SshSection(true);
    private final IdentitySection identity = new IdentitySection();
    private final ObservableList<SubnetChoice> subnets = FXCollections.observableArrayList();
    private final ObjectProperty<SubnetChoice> subnet = new SimpleObjectProperty<>(this, "subnet");
    private final BooleanProperty noPublicIp = new SimpleBooleanProperty(this, "noPublicIp", false);
    private final FormField networkCheck;

    public ComputeClusterFormViewModel(FormServices services) {
        super(services, ComputeNameRule.COMPUTE);
        String home = services.workspace().location();
        locations.add(home);
        for (String other : List.of("eastus", "eastus2", "westus2", "westeurope", "northeurope", "southeastasia")) {
            if (!other.equalsIgnoreCase(home)) {
                locations.add(other);
            }
        }
        location.set(home);
        locationWarning = Bindings.createStringBinding(() -> location.get() == null || location.get().equalsIgnoreCase(home)
                ? "" : "The workspace is in " + home + ": a cluster in " + location.get()
                        + " adds network latency and data egress costs.", location);

        sizes = new FilteredList<>(capacity.sizes(), this::offered);
        Runnable refilter = () -> {
            sizes.setPredicate(this::offered);
            if (vmSize.get() == null || !sizes.contains(vmSize.get())) {
                vmSize.set(sizes.isEmpty() ? null : sizes.get(0));
            }
        };
        vmType.addListener((obs, old, type) -> refilter.run());
        tier.addListener((obs, old, t) -> {
            refilter.run();
            updateQuota();
        });
        capacity.loaded().addListener((obs, old, loaded) -> {
            if (loaded) {
                selectSize(pendingSizeName);
            }
        });
        capacity.failure().addListener((obs, old, failure) -> errorProperty().set(failure));
        location.addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                pendingSizeName = vmSize.get() == null ? pendingSizeName : vmSize.get().name();
                vmSize.set(null);
                capacity.load(services.executor(), services.connection().capacity(),
                        services.workspace().subscriptionId(), now.strip());
            }
        });

        minNodes = new FormField("0", text -> NodeCountRule.validate(text, maxNodesText()).minimum());
        maxNodes = new FormField("1", text -> NodeCountRule.validate(minNodes.get(), text).maximum(),
                minNodes.textProperty());
        minNodes.textProperty().addListener((obs, old, now) -> updateQuota());
        maxNodes.textProperty().addListener((obs, old, now) -> updateQuota());
        vmSize.addListener((obs, old, size) -> updateQuota());
        capacity.quota().addListener((obs, old, quota) -> updateQuota());

        networkCheck = new FormField(text -> noPublicIp.get() && subnet.get() == null
                ? ValidationResult.error("\"No public IP\" needs a virtual network: choose a subnet")
                : ValidationResult.ok(), noPublicIp, subnet);
        networkCheck.touchedProperty().set(true);

        BooleanBinding machine = vmSize.isNotNull().and(capacity.loaded());
        BooleanBinding advanced = name().validProperty().and(minNodes.validProperty()).and(maxNodes.validProperty())
                .and(idleSeconds.validProperty()).and(ssh.validProperty()).and(identity.validProperty()).and(networkCheck.validProperty());
        List<Map.Entry<String, ObservableBooleanValue>> steps = List.of(
                Map.entry("Virtual machine", machine),
                Map.entry("Advanced settings", advanced));
        defineSteps(steps);

        capacity.load(services.executor(), services.connection().capacity(), services.workspace().subscriptionId(),
                home);
        Pickers.load(services.executor(), "Listing virtual networks", services.workspace().subscriptionId(),
                id -> SubnetChoice.listAll(services.connection().pickers(), id), subnets, () -> { });
        Pickers.load(services.executor(), "Listing managed identities", services.workspace().subscriptionId(),
                id -> services.connection().pickers().listUserAssignedIdentities(id), identity.available(),
                identity::relink);
    }

    private String maxNodesText() {
        return maxNodes == null ? "1" : maxNodes.get();
    }

    @Override
    protected String reviewTitle() {
        return "Review + Create";
    }

    @Override
    protected boolean extraValid() {
        return !quotaAndCost.blocksProperty().get();
    }

    @Override
    protected javafx.beans.Observable[] extraValidDependencies() {
        return new javafx.beans.Observable[] {quotaAndCost.blocksProperty()};
    }

    private VmPriority priority() {
        return LOW_PRIORITY.equals(tier.get()) ? VmPriority.LOW_PRIORITY : VmPriority.DEDICATED;
    }

    private boolean offered(VirtualMachineSize size) {
        return Capacity.supports(size, AmlComputeProperties.COMPUTE_TYPE)
                && Capacity.isGpu(size) == "GPU".equals(vmType.get())
                && (priority() == VmPriority.DEDICATED || !Boolean.FALSE.equals(size.lowPriorityCapable()));
    }

    private void selectSize(String sizeName) {
        capacity.select(sizeName, vmType, vmSize, sizes);
    }

    private void updateQuota() {
        VmSize size = Capacity.toDomain(vmSize.get());
        if (size == null || capacity.quota().get() == null) {
            quotaAndCost.clear(capacity.loaded().get() ? "Choose a size" : "Loading quota\u2026");
            return;
        }
        NodeCountRule.Result counts = NodeCountRule.validate(minNodes.get(), maxNodes.get());
        if (!counts.isValid()) {
            quotaAndCost.clear("Enter valid node counts to see the quota and cost");
            return;
        }
        int min = Integer.parseInt(minNodes.get().strip());
        int max = Integer.parseInt(maxNodes.get().strip());
        quotaAndCost.show(QuotaCheck.forCluster(capacity.quota().get(), size, priority(), min, max),
                CostEstimate.forCluster(size, priority(), min, max));
    }

    @Override
    protected boolean placeServiceError(ArmException failure) {
        if (quotaAndCost.showRefusal(failure)) {
            stepProperty().set(0);
            return true;
        }
        return super.placeServiceError(failure);
    }

    @Override
    protected int stepOf(FormField field) {
        return 1;
    }

    public void generateKey() {
        ssh.generate(services, (name().get().isBlank() ? "cluster" : name().get()) + "_key.pem", errorProperty()::set,
                noticeProperty()::set);
    }

    // ---------------------------------------------------------------- request

    @Override
    public ComputeFormKind kind() {
        return ComputeFormKind.COMPUTE_CLUSTER;
    }

    @Override
    protected String noun() {
        return "compute cluster";
    }

    @Override
    protected ComputeResource buildRequest(SecretMode secrets) {
        UserAccountCredentials credentials = ssh.enabledProperty().get()
                ? new UserAccountCredentials(ssh.adminUser().get().strip(), ssh.publicKeyLine(),
                        ssh.usesKey() ? null : secrets.apply(ssh.password().get()))
                : null;
        ScaleSettings scale = new ScaleSettings(intOrNull(maxNodes.get()), intOrNull(minNodes.get()),
                idleSeconds.validProperty().get() ? NodeCountRule.idleSecondsToIso(Long.parseLong(idleSeconds.get().strip()))
                        : null);
        AmlComputeSettings settings = AmlComputeSettings.forCreate(vmSize.get() == null ? null : vmSize.get().name(),
                priority().armValue(), "Linux", scale, credentials,
                subnet.get() == null ? null : new ResourceId(subnet.get().id()),
                ssh.enabledProperty().get() ? "Enabled" : "Disabled", noPublicIp.get() ? Boolean.FALSE : Boolean.TRUE);
        return ComputeResource.request(location.get(), identity.toArm(),
                AmlComputeProperties.forRequest(null, null, settings));
    }

    private static Integer intOrNull(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    protected Map<String, Object> buildYaml(SecretMode secrets) {
        Documents.Yaml yaml = new Documents.Yaml()
                .put("$schema", "https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json")
                .put("name", name().get())
                .put("type", "amlcompute")
                .put("location", location.get())
                .put("size", vmSize.get() == null ? null : vmSize.get().name())
                .put("tier", priority() == VmPriority.DEDICATED ? "dedicated" : "low_priority")
                .put("min_instances", intOrNull(minNodes.get()))
                .put("max_instances", intOrNull(maxNodes.get()))
                .put("idle_time_before_scale_down", intOrNull(idleSeconds.get()))
                .put("ssh_public_access_enabled", ssh.enabledProperty().get());
        if (ssh.enabledProperty().get()) {
            yaml.put("ssh_settings", new Documents.Yaml().put("admin_username", ssh.adminUser().get().strip())
                    .put("ssh_key_value", ssh.publicKeyLine())
                    .put("admin_password", ssh.usesKey() ? null : secrets.apply(ssh.password().get())).map());
        }
        if (subnet.get() != null) {
            yaml.put("network_settings", new Documents.Yaml().put("vnet_name", subnet.get().vnetName())
                    .put("subnet", subnet.get().id()).map());
        }
        if (noPublicIp.get()) {
            yaml.put("enable_node_public_ip", false);
        }
        yaml.put("identity", identity.toYaml());
        return yaml.map();
    }

    @Override
    protected void applyYaml(Map<String, Object> yaml) {
        ComputeInstanceFormViewModel.setIfPresent(name(), Documents.text(yaml, "name"));
        String loc = Documents.text(yaml, "location");
        String size = Documents.text(yaml, "size");
        if (size != null) {
            pendingSizeName = size;
        }
        if (loc != null && !loc.equalsIgnoreCase(location.get())) {
            location.set(loc);
        } else if (size != null) {
            selectSize(size);
        }
        if ("low_priority".equals(Documents.text(yaml, "tier"))) {
            tier.set(LOW_PRIORITY);
        } else if ("dedicated".equals(Documents.text(yaml, "tier"))) {
            tier.set(DEDICATED);
        }
        ComputeInstanceFormViewModel.setIfPresent(minNodes, Documents.text(yaml, "min_instances"));
        ComputeInstanceFormViewModel.setIfPresent(maxNodes, Documents.text(yaml, "max_instances"));
        ComputeInstanceFormViewModel.setIfPresent(idleSeconds, Documents.text(yaml, "idle_time_before_scale_down"));
        String user = Documents.text(yaml, "ssh_settings.admin_username");
        if (user != null || "true".equals(Documents.text(yaml, "ssh_public_access_enabled"))) {
            ssh.enabledProperty().set(true);
            ComputeInstanceFormViewModel.setIfPresent(ssh.adminUser(), user);
            String key = Documents.text(yaml, "ssh_settings.ssh_key_value");
            ssh.keySourceProperty().set(key != null ? SshSection.EXISTING_KEY : SshSection.PASSWORD);
            ComputeInstanceFormViewModel.setIfPresent(ssh.publicKey(), key);
            String password = Documents.text(yaml, "ssh_settings.admin_password");
            if (password != null && !Documents.MASK.equals(password)) {
                ssh.password().set(password);
            }
        }
        String subnetId = Documents.text(yaml, "network_settings.subnet");
        if (subnetId != null) {
            subnet.set(findSubnet(subnetId));
        }
        if ("false".equals(Documents.text(yaml, "enable_node_public_ip"))) {
            noPublicIp.set(true);
        }
        identity.applyYaml(yaml.get("identity"));
    }

    private SubnetChoice findSubnet(String id) {
        return subnets.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst()
                .orElse(new SubnetChoice("", "", id.substring(id.lastIndexOf('/') + 1), id));
    }

    @Override
    public void prefill(ComputeResource sent) {
        if (sent == null) {
            return;
        }
        ComputeInstanceFormViewModel.setIfPresent(name(), sent.name());
        identity.apply(sent.identity());
        if (sent.location() != null && !sent.location().equalsIgnoreCase(location.get())) {
            location.set(sent.location());
        }
        if (!(sent.properties() instanceof AmlComputeProperties props) || props.properties() == null) {
            return;
        }
        AmlComputeSettings s = props.properties();
        if (s.vmSize() != null) {
            pendingSizeName = s.vmSize();
            selectSize(s.vmSize());
        }
        tier.set(VmPriority.fromArm(s.vmPriority()).orElse(VmPriority.DEDICATED) == VmPriority.LOW_PRIORITY
                ? LOW_PRIORITY : DEDICATED);
        if (s.scaleSettings() != null) {
            if (s.scaleSettings().minNodeCount() != null) {
                minNodes.set(s.scaleSettings().minNodeCount().toString());
            }
            if (s.scaleSettings().maxNodeCount() != null) {
                maxNodes.set(s.scaleSettings().maxNodeCount().toString());
            }
            NodeCountRule.idleSecondsFromIso(s.scaleSettings().nodeIdleTimeBeforeScaleDown())
                    .ifPresent(seconds -> idleSeconds.set(Long.toString(seconds)));
        }
        if (s.userAccountCredentials() != null) {
            ssh.enabledProperty().set(true);
            ComputeInstanceFormViewModel.setIfPresent(ssh.adminUser(), s.userAccountCredentials().adminUserName());
            String key = s.userAccountCredentials().adminUserSshPublicKey();
            ssh.keySourceProperty().set(key != null ? SshSection.EXISTING_KEY : SshSection.PASSWORD);
            ComputeInstanceFormViewModel.setIfPresent(ssh.publicKey(), key);
        }
        if (s.subnet() != null && s.subnet().id() != null) {
            subnet.set(findSubnet(s.subnet().id()));
        }
        noPublicIp.set(Boolean.FALSE.equals(s.enableNodePublicIp()));
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<String> locations() {
        return locations;
    }

    public ObjectProperty<String> location() {
        return location;
    }

    public StringBinding locationWarning() {
        return locationWarning;
    }

    public ObservableList<String> vmTypes() {
        return vmTypes;
    }

    public ObjectProperty<String> vmType() {
        return vmType;
    }

    public ObservableList<String> tiers() {
        return tiers;
    }

    public ObjectProperty<String> tier() {
        return tier;
    }

    public ObservableList<VirtualMachineSize> sizes() {
        return sizes;
    }

    public ObjectProperty<VirtualMachineSize> vmSize() {
        return vmSize;
    }

    public QuotaAndCost quotaAndCost() {
        return quotaAndCost;
    }

    public FormField minNodes() {
        return minNodes;
    }

    public FormField maxNodes() {
        return maxNodes;
    }

    public FormField idleSeconds() {
        return idleSeconds;
    }

    public SshSection ssh() {
        return ssh;
    }

    public IdentitySection identity() {
        return identity;
    }

    public ObservableList<SubnetChoice> subnets() {
        return subnets;
    }

    public ObjectProperty<SubnetChoice> subnet() {
        return subnet;
    }

    public BooleanProperty noPublicIp() {
        return noPublicIp;
    }

    public FormField networkCheck() {
        return networkCheck;
    }
}
