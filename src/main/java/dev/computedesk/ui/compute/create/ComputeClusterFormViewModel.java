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
import dev.computedesk.domain.text.Messages;
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

    /** A tier as the form names it ("Dedicated", "Low priority"), read when shown. */
    public static String tierLabel(VmPriority tier) {
        return tier == VmPriority.LOW_PRIORITY ? Messages.get("compute.code.choice.lowPriority")
                : Messages.get("compute.code.choice.dedicated");
    }

    private final Capacity capacity = new Capacity();
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObjectProperty<String> location = new SimpleObjectProperty<>(this, "location");
    private final StringBinding locationWarning;
    private final ObservableList<String> vmTypes = FXCollections.observableArrayList("CPU", "GPU");
    private final ObjectProperty<String> vmType = new SimpleObjectProperty<>(this, "vmType", "CPU");
    private final ObservableList<VmPriority> tiers = FXCollections.observableArrayList(VmPriority.values());
    private final ObjectProperty<VmPriority> tier = new SimpleObjectProperty<>(this, "tier", VmPriority.DEDICATED);
    private final FilteredList<VirtualMachineSize> sizes;
    private final ObjectProperty<VirtualMachineSize> vmSize = new SimpleObjectProperty<>(this, "vmSize");
    private final QuotaAndCost quotaAndCost = new QuotaAndCost();
    private String pendingSizeName = DEFAULT_SIZE;
    /** The size last chosen of each VM type, so switching CPU → GPU → CPU brings it back. */
    private final java.util.Map<String, String> lastSizeOfType = new java.util.HashMap<>();

    private final FormField minNodes;
    private final FormField maxNodes;
    private final FormField idleSeconds = new FormField(Long.toString(NodeCountRule.DEFAULT_IDLE_SECONDS),
            NodeCountRule::validateIdleSeconds);
    private final SshSection ssh = new SshSection(true);
    private final ObjectProperty<ClusterSshAccess> sshAccess =
            new SimpleObjectProperty<>(this, "sshAccess", ClusterSshAccess.DISABLED);
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
                ? "" : Messages.get("compute.code.form.otherRegion", home, location.get()), location);

        sizes = new FilteredList<>(capacity.sizes(), this::offered);
        Runnable refilter = () -> {
            sizes.setPredicate(this::offered);
            if (vmSize.get() == null || !sizes.contains(vmSize.get())) {
                vmSize.set(Capacity.fallback(sizes, lastSizeOfType.get(vmType.get()), pendingSizeName,
                        DEFAULT_SIZE));
            }
        };
        vmSize.addListener((obs, old, size) -> {
            if (size != null) {
                lastSizeOfType.put(Capacity.isGpu(size) ? "GPU" : "CPU", size.name());
            }
        });
        vmType.addListener((obs, old, type) -> refilter.run());
        tier.addListener((obs, old, t) -> {
            refilter.run();
            updateQuota();
        });
        capacity.loaded().addListener((obs, old, loaded) -> {
            if (loaded) {
                applyLoadedDefault(() -> selectSize(pendingSizeName));
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

        // The admin account is asked for whenever the port may be open (Enabled, NotSpecified); the SSH section's
        // own on/off follows the choice, and switching it on (as the instance form does) means Enabled.
        sshAccess.addListener((obs, old, now) -> ssh.enabledProperty().set(now != ClusterSshAccess.DISABLED));
        ssh.enabledProperty().addListener((obs, old, on) -> {
            if (!on) {
                sshAccess.set(ClusterSshAccess.DISABLED);
            } else if (sshAccess.get() == ClusterSshAccess.DISABLED) {
                sshAccess.set(ClusterSshAccess.ENABLED);
            }
        });

        networkCheck = new FormField(text -> noPublicIp.get() && subnet.get() == null
                ? ValidationResult.error(Messages.get("compute.code.form.noPublicIpNeedsSubnet"))
                : ValidationResult.ok(), noPublicIp, subnet);
        networkCheck.touchedProperty().set(true);

        BooleanBinding machine = vmSize.isNotNull().and(capacity.loaded());
        BooleanBinding advanced = name().validProperty().and(minNodes.validProperty()).and(maxNodes.validProperty())
                .and(idleSeconds.validProperty()).and(ssh.validProperty()).and(identity.validProperty()).and(networkCheck.validProperty());
        List<Map.Entry<String, ObservableBooleanValue>> steps = List.of(
                Map.entry(Messages.get("compute.code.form.step.virtualMachine"), machine),
                Map.entry(Messages.get("compute.code.form.step.advanced"), advanced));
        defineSteps(steps);

        capacity.load(services.executor(), services.connection().capacity(), services.workspace().subscriptionId(),
                home);
        Pickers.load(services.executor(), Messages.get("compute.code.form.listVnets"), services.workspace().subscriptionId(),
                id -> SubnetChoice.listAll(services.connection().pickers(), id), subnets, () -> { });
        Pickers.load(services.executor(), Messages.get("compute.code.edit.listIdentities"), services.workspace().subscriptionId(),
                id -> services.connection().pickers().listUserAssignedIdentities(id), identity.available(),
                identity::relink);
    }

    private String maxNodesText() {
        return maxNodes == null ? "1" : maxNodes.get();
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
        return tier.get() == VmPriority.LOW_PRIORITY ? VmPriority.LOW_PRIORITY : VmPriority.DEDICATED;
    }

    private boolean offered(VirtualMachineSize size) {
        return Capacity.supports(size, AmlComputeProperties.COMPUTE_TYPE) && capacity.offeredInRegion(size)
                && Capacity.isGpu(size) == "GPU".equals(vmType.get())
                && (priority() == VmPriority.DEDICATED || !Boolean.FALSE.equals(size.lowPriorityCapable()));
    }

    private void selectSize(String sizeName) {
        capacity.select(sizeName, vmType, vmSize, sizes);
    }

    private void updateQuota() {
        VmSize size = Capacity.toDomain(vmSize.get());
        if (size == null || capacity.quota().get() == null) {
            quotaAndCost.clear(Messages.get(capacity.loaded().get() ? "compute.code.form.chooseSize"
                    : "compute.code.edit.quotaLoading"));
            return;
        }
        NodeCountRule.Result counts = NodeCountRule.validate(minNodes.get(), maxNodes.get());
        if (!counts.isValid()) {
            quotaAndCost.clear(Messages.get("compute.code.edit.quotaNeedsCounts"));
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
                noticeProperty()::set, () -> { });
    }

    // ---------------------------------------------------------------- request

    @Override
    public ComputeFormKind kind() {
        return ComputeFormKind.COMPUTE_CLUSTER;
    }

    @Override
    protected String noun() {
        return Messages.get("compute.code.form.noun.cluster");
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
                sshAccess.get().armValue(), noPublicIp.get() ? Boolean.FALSE : Boolean.TRUE);
        return ComputeResource.request(location.get(), identity.toArm(),
                AmlComputeProperties.forRequest(descriptionOrNull(), null, settings));
    }

    private static Integer intOrNull(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private SubnetChoice findSubnet(String id) {
        return subnets.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst()
                .orElse(new SubnetChoice("", "", id.substring(id.lastIndexOf('/') + 1), id));
    }

    @Override
    protected String computeType() {
        return AmlComputeProperties.COMPUTE_TYPE;
    }

    @Override
    protected java.util.Set<String> pendingYamlKeys() {
        return vmSize.get() == null ? java.util.Set.of("size") : java.util.Set.of();
    }

    @Override
    protected void fill(ComputeResource sent) {
        identity.apply(sent.identity());
        AmlComputeSettings s = sent.properties() instanceof AmlComputeProperties props ? props.properties() : null;
        // The location first (changing it remembers the size shown, to choose it again once its sizes load), then
        // the file's size as the one to choose, then the tier, which filters the sizes: so a low-priority file
        // keeps its own size.
        if (sent.location() != null && !sent.location().equalsIgnoreCase(location.get())) {
            location.set(sent.location());
        }
        if (s == null) {
            return;
        }
        if (s.vmSize() != null) {
            pendingSizeName = s.vmSize();
        }
        tier.set(VmPriority.fromArm(s.vmPriority()).orElse(VmPriority.DEDICATED));
        if (s.vmSize() != null && capacity.loaded().get()) {
            selectSize(s.vmSize());
        }
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
        UserAccountCredentials user = s.userAccountCredentials();
        sshAccess.set(ClusterSshAccess.of(s.remoteLoginPortPublicAccess(), user != null));
        if (user != null) {
            ComputeInstanceFormViewModel.setIfPresent(ssh.adminUser(), user.adminUserName());
            String key = user.adminUserSshPublicKey();
            ssh.keySourceProperty().set(key != null ? SshSection.KeySource.EXISTING_KEY : SshSection.KeySource.PASSWORD);
            ComputeInstanceFormViewModel.setIfPresent(ssh.publicKey(), key);
            ComputeInstanceFormViewModel.setIfPresent(ssh.password(), Documents.secret(user.adminUserPassword()));
        }
        subnet.set(s.subnet() == null || s.subnet().id() == null ? null : findSubnet(s.subnet().id()));
        noPublicIp.set(Boolean.FALSE.equals(s.enableNodePublicIp()));
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<String> locations() {
        return locations;
    }

    public ObjectProperty<String> locationProperty() {
        return location;
    }

    public StringBinding locationWarningProperty() {
        return locationWarning;
    }

    public ObservableList<String> vmTypes() {
        return vmTypes;
    }

    public ObjectProperty<String> vmTypeProperty() {
        return vmType;
    }

    public ObservableList<VmPriority> tiers() {
        return tiers;
    }

    public ObjectProperty<VmPriority> tierProperty() {
        return tier;
    }

    public ObservableList<VirtualMachineSize> sizes() {
        return sizes;
    }

    public ObjectProperty<VirtualMachineSize> vmSizeProperty() {
        return vmSize;
    }

    /**
     * The size table ({@code #vmSizeTable}) over this form's sizes: a size fits when the maximum node count asked for
     * (1 while the counts are not valid) fits the tier's quota ({@link SizeDemand}).
     */
    public SizeTableViewModel sizeTable() {
        int nodes = NodeCountRule.validate(minNodes.get(), maxNodes.get()).isValid()
                ? Integer.parseInt(maxNodes.get().strip()) : 1;
        return new SizeTableViewModel(sizes, SizeTableViewModel.Region.of(capacity),
                SizeDemand.cluster(priority(), nodes), vmType, vmSize, services.links());
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

    /** The public SSH port: Enabled, Disabled (the default, as Studio's) or NotSpecified. */
    public ObjectProperty<ClusterSshAccess> sshAccessProperty() {
        return sshAccess;
    }

    public IdentitySection identity() {
        return identity;
    }

    public ObservableList<SubnetChoice> subnets() {
        return subnets;
    }

    public ObjectProperty<SubnetChoice> subnetProperty() {
        return subnet;
    }

    public BooleanProperty noPublicIpProperty() {
        return noPublicIp;
    }

    public FormField networkCheck() {
        return networkCheck;
    }
}
