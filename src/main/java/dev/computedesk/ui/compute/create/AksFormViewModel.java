package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.AksClusterSummary;
import dev.computedesk.azure.model.AksNetworkingConfiguration;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AksSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.SslConfiguration;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.compute.AksCapacityRule;
import dev.computedesk.domain.compute.ClusterPurpose;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.compute.ResourceIdRule;
import dev.computedesk.domain.quota.CostEstimate;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.domain.quota.VmSize;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.domain.validation.WholeNumbers;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.form.EmptyListHint;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.common.form.FormRules;
import dev.computedesk.ui.common.form.Pickers;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The inference-cluster (AKS) form: create a new AKS cluster (size, purpose, node count with the 12-vCPU rule,
 * network, SSL) or attach an existing one; then Review + Create.
 */
public final class AksFormViewModel extends ComputeFormViewModel {
    /** Create a new AKS cluster, or attach one the subscription has. */
    public enum Mode {
        CREATE_NEW, USE_EXISTING;

        /** The choice as the language in use names it, read when shown. */
        public String label() {
            return switch (this) {
                case CREATE_NEW -> Messages.get("compute.code.choice.createNew");
                case USE_EXISTING -> Messages.get("compute.code.choice.useExisting");
            };
        }
    }

    /** Studio's network choice: Basic (AKS's own network) or Advanced (a subnet of the user's virtual network). */
    public enum Network {
        BASIC, ADVANCED;

        /** The choice as the language in use names it, read when shown. */
        public String label() {
            return switch (this) {
                case BASIC -> Messages.get("compute.code.choice.basic");
                case ADVANCED -> Messages.get("compute.code.choice.advanced");
            };
        }
    }

    /** The scoring endpoint's SSL: off, a Microsoft certificate (a leaf domain label), or the user's own. */
    public enum Ssl {
        OFF, MICROSOFT, CUSTOM;

        /** The choice as the language in use names it, read when shown. */
        public String label() {
            return switch (this) {
                case OFF -> Messages.get("compute.code.choice.sslOff");
                case MICROSOFT -> Messages.get("compute.code.choice.sslMicrosoft");
                case CUSTOM -> Messages.get("compute.code.choice.sslCustom");
            };
        }
    }

    /** The purposes offered, as Studio lists them; ARM's DenseProd reads back as Production. */
    private static final List<ClusterPurpose> PURPOSES = List.of(ClusterPurpose.FAST_PROD, ClusterPurpose.DEV_TEST);

    /** A purpose as the form names it ("Production", "Dev-test"), read when shown. */
    public static String purposeLabel(ClusterPurpose purpose) {
        return purpose.isProduction() ? Messages.get("compute.code.choice.production")
                : Messages.get("compute.code.choice.devTest");
    }

    private final Capacity capacity = new Capacity();
    private final ObservableList<Mode> modes = FXCollections.observableArrayList(Mode.values());
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.CREATE_NEW);
    private final BooleanBinding creating = mode.isEqualTo(Mode.CREATE_NEW);
    private final FilteredList<VirtualMachineSize> sizes;
    private final ObjectProperty<VirtualMachineSize> vmSize = new SimpleObjectProperty<>(this, "vmSize");
    private final ObservableList<ClusterPurpose> purposes = FXCollections.observableArrayList(PURPOSES);
    private final ObjectProperty<ClusterPurpose> purpose =
            new SimpleObjectProperty<>(this, "purpose", ClusterPurpose.FAST_PROD);
    private final FormField agentCount;
    private final StringProperty costText = new SimpleStringProperty(this, "costText", "");
    private final ObservableList<Network> networks = FXCollections.observableArrayList(Network.values());
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network", Network.BASIC);
    private final ObservableList<SubnetChoice> subnets = FXCollections.observableArrayList();
    private final ObjectProperty<SubnetChoice> subnet = new SimpleObjectProperty<>(this, "subnet");
    private final FormField subnetCheck;
    private final FormField serviceCidr;
    private final FormField dnsServiceIp;
    private final FormField dockerBridgeCidr;
    private final ObservableList<Ssl> sslModes = FXCollections.observableArrayList(Ssl.values());
    private final ObjectProperty<Ssl> ssl = new SimpleObjectProperty<>(this, "ssl", Ssl.OFF);
    private final FormField leafDomainLabel;
    private final BooleanProperty overwriteDomain = new SimpleBooleanProperty(this, "overwriteDomain", false);
    private final FormField certificate;
    private final FormField certificateKey;
    private final FormField cname;
    private final ObservableList<AksClusterSummary> clusters = FXCollections.observableArrayList();
    private final EmptyListHint clustersHint = new EmptyListHint(clusters, EmptyListHint.aksClusters());
    private final ObjectProperty<AksClusterSummary> cluster = new SimpleObjectProperty<>(this, "cluster");
    private final FormField resourceId;

    public AksFormViewModel(FormServices services) {
        super(services, ComputeNameRule.INFERENCE_CLUSTER);
        sizes = new FilteredList<>(capacity.sizes(), capacity::offeredInRegion);
        capacity.loaded().addListener((obs, old, loaded) -> {
            if (loaded && vmSize.get() == null) {
                applyLoadedDefault(() -> vmSize.set(sizes.stream()
                        .filter(s -> s.name().equalsIgnoreCase(AksCapacityRule.DEFAULT_AGENT_VM_SIZE)).findFirst()
                        .orElse(sizes.isEmpty() ? null : sizes.get(0))));
            }
        });
        capacity.failure().addListener((obs, old, failure) -> errorProperty().set(failure));
        agentCount = new FormField(Integer.toString(AksCapacityRule.DEFAULT_AGENT_COUNT), this::checkAgents,
                vmSize, purpose, mode);
        BooleanBinding advanced = network.isEqualTo(Network.ADVANCED).and(creating);
        subnetCheck = new FormField(text -> advanced.get() && subnet.get() == null
                ? ValidationResult.error(Messages.get("compute.code.form.aksSubnet")) : ValidationResult.ok(),
                advanced, subnet);
        subnetCheck.touchedProperty().set(true);
        serviceCidr = new FormField("10.0.0.0/16", text -> advanced.get()
                ? FormRules.cidr(text, Messages.get("compute.code.form.what.serviceCidr"))
                : ValidationResult.ok(), advanced);
        dnsServiceIp = new FormField("10.0.0.10", text -> advanced.get()
                ? FormRules.ip(text, Messages.get("compute.code.form.what.dnsServiceIp"))
                : ValidationResult.ok(), advanced);
        dockerBridgeCidr = new FormField("172.17.0.1/16", text -> advanced.get()
                ? FormRules.cidr(text, Messages.get("compute.code.form.what.dockerBridge")) : ValidationResult.ok(),
                advanced);
        leafDomainLabel = new FormField(text -> ssl.get() == Ssl.MICROSOFT
                ? FormRules.leafDomainLabel(text) : ValidationResult.ok(), ssl);
        certificate = new FormField(text -> ssl.get() == Ssl.CUSTOM
                ? pem(text, "CERTIFICATE", Messages.get("compute.code.form.what.certificate")) : ValidationResult.ok(),
                ssl);
        certificateKey = new FormField(text -> ssl.get() == Ssl.CUSTOM
                ? pem(text, "PRIVATE KEY", Messages.get("compute.code.form.what.certificateKey"))
                : ValidationResult.ok(), ssl);
        cname = new FormField(text -> ssl.get() == Ssl.CUSTOM
                ? FormRules.required(text, Messages.get("compute.code.form.what.cname")) : ValidationResult.ok(), ssl);
        resourceId = new FormField(text -> creating.get() ? ValidationResult.ok()
                : ResourceIdRule.FOR_AKS.validate(text), mode);
        cluster.addListener((obs, old, picked) -> {
            if (picked != null) {
                resourceId.set(picked.id());
            }
        });
        vmSize.addListener((obs, old, size) -> updateCost());
        agentCount.textProperty().addListener((obs, old, text) -> updateCost());

        BooleanBinding settings = name().validProperty().and(agentCount.validProperty()).and(resourceId.validProperty())
                .and(Bindings.createBooleanBinding(() -> !creating.get() || (vmSize.get() != null
                        && capacity.loaded().get()), creating, vmSize, capacity.loaded()))
                .and(subnetCheck.validProperty()).and(serviceCidr.validProperty()).and(dnsServiceIp.validProperty())
                .and(dockerBridgeCidr.validProperty()).and(leafDomainLabel.validProperty()).and(certificate.validProperty())
                .and(certificateKey.validProperty()).and(cname.validProperty());
        List<Map.Entry<String, ObservableBooleanValue>> steps =
                List.of(Map.entry(Messages.get("compute.code.form.step.settings"), settings));
        defineSteps(steps);

        String subscription = services.workspace().subscriptionId();
        capacity.load(services.executor(), services.connection().capacity(), subscription,
                services.workspace().location());
        Pickers.load(services.executor(), Messages.get("compute.code.form.listAks"), subscription,
                id -> services.connection().pickers().listAksClusters(id), clusters, clustersHint::loaded);
        Pickers.load(services.executor(), Messages.get("compute.code.form.listVnets"), subscription,
                id -> SubnetChoice.listAll(services.connection().pickers(), id), subnets, () -> { });
    }

    private static ValidationResult pem(String text, String label, String what) {
        if (text.isBlank()) {
            return ValidationResult.error(Messages.get("compute.code.form.pemRequired", what));
        }
        return text.contains("-----BEGIN") && text.contains(label) ? ValidationResult.ok()
                : ValidationResult.error(Messages.get("compute.code.form.pemMalformed", what, label));
    }

    private ValidationResult checkAgents(String text) {
        if (!creating.get()) {
            return ValidationResult.ok();
        }
        OptionalLong count = WholeNumbers.parse(text);
        if (count.isEmpty()) {
            return ValidationResult.error(WholeNumbers.notAWholeNumber());
        }
        if (count.getAsLong() > Integer.MAX_VALUE) {
            return ValidationResult.error(WholeNumbers.tooLarge(Integer.MAX_VALUE));
        }
        Integer vCpus = vmSize.get() == null ? null : vmSize.get().vCPUs();
        return AksCapacityRule.validate((int) count.getAsLong(), vCpus, clusterPurpose(), false);
    }

    private ClusterPurpose clusterPurpose() {
        return purpose.get() == ClusterPurpose.DEV_TEST ? ClusterPurpose.DEV_TEST : ClusterPurpose.FAST_PROD;
    }

    private void updateCost() {
        VmSize size = Capacity.toDomain(vmSize.get());
        OptionalLong count = WholeNumbers.parse(agentCount.get());
        if (size == null || count.isEmpty() || count.getAsLong() < 0 || count.getAsLong() > 10_000) {
            costText.set("");
            return;
        }
        int nodes = (int) count.getAsLong();
        costText.set(CostEstimate.forCluster(size, VmPriority.DEDICATED, nodes, nodes)
                .map(estimate -> Messages.get("compute.code.form.aksCostNote", estimate.format()))
                .orElse(CostEstimate.noEstimate()));
    }

    @Override
    public ComputeFormKind kind() {
        return ComputeFormKind.INFERENCE_CLUSTER;
    }

    @Override
    protected String noun() {
        return Messages.get("compute.code.form.noun.inference");
    }

    @Override
    protected boolean attaches() {
        return !creating.get();
    }

    @Override
    public String title() {
        return Messages.get("compute.code.form.createTitle", noun());
    }

    @Override
    protected ComputeResource buildRequest(SecretMode secrets) {
        SslConfiguration sslConfiguration = ssl.get() == Ssl.MICROSOFT
                ? new SslConfiguration("Auto", null, null, null, leafDomainLabel.get().strip(), overwriteDomain.get())
                : ssl.get() == Ssl.CUSTOM ? new SslConfiguration("Enabled", secrets.apply(certificate.get()),
                        secrets.apply(certificateKey.get()), cname.get().strip(), null, null)
                : null;
        if (!creating.get()) {
            AksSettings attach = new AksSettings(null, null, null, null, clusterPurpose().armValue(), sslConfiguration,
                    null, null, null);
            return ComputeResource.request(services.workspace().location(), null,
                    AksProperties.forRequest(descriptionOrNull(), resourceId.get().strip(), attach));
        }
        AksNetworkingConfiguration networking = network.get() == Network.ADVANCED && subnet.get() != null
                ? new AksNetworkingConfiguration(subnet.get().id(), serviceCidr.get().strip(),
                        dnsServiceIp.get().strip(), dockerBridgeCidr.get().strip())
                : null;
        Integer agents = WholeNumbers.parse(agentCount.get()).isPresent()
                ? (int) WholeNumbers.parse(agentCount.get()).getAsLong() : null;
        AksSettings settings = new AksSettings(null, null, agents, vmSize.get() == null ? null : vmSize.get().name(),
                clusterPurpose().armValue(), sslConfiguration, networking, null, null);
        return ComputeResource.request(services.workspace().location(), null,
                AksProperties.forRequest(descriptionOrNull(), null, settings));
    }

    private void selectSize(String name) {
        capacity.find(name).ifPresent(vmSize::set);
    }

    @Override
    protected String computeType() {
        return AksProperties.COMPUTE_TYPE;
    }

    @Override
    protected java.util.Set<String> pendingYamlKeys() {
        return capacity.loaded().get() ? java.util.Set.of() : java.util.Set.of("agent_vm_size");
    }

    @Override
    protected void fill(ComputeResource sent) {
        if (!(sent.properties() instanceof AksProperties props)) {
            return;
        }
        mode.set(props.resourceId() != null ? Mode.USE_EXISTING : Mode.CREATE_NEW);
        if (props.resourceId() != null) {
            resourceId.set(props.resourceId());
        }
        AksSettings s = props.properties();
        if (s == null) {
            return;
        }
        selectSize(s.agentVmSize());
        if (s.agentCount() != null) {
            agentCount.set(s.agentCount().toString());
        }
        purpose.set(ClusterPurpose.fromArm(s.clusterPurpose()).orElse(ClusterPurpose.FAST_PROD).isProduction()
                ? ClusterPurpose.FAST_PROD : ClusterPurpose.DEV_TEST);
        SslConfiguration sslIn = s.sslConfiguration();
        if (sslIn != null && sslIn.leafDomainLabel() != null) {
            ssl.set(Ssl.MICROSOFT);
            leafDomainLabel.set(sslIn.leafDomainLabel());
            overwriteDomain.set(Boolean.TRUE.equals(sslIn.overwriteExistingDomain()));
        } else if (sslIn != null && (sslIn.cname() != null || sslIn.cert() != null || sslIn.key() != null)) {
            ssl.set(Ssl.CUSTOM);
            cname.set(orEmpty(sslIn.cname()));
            ComputeInstanceFormViewModel.setIfPresent(certificate, Documents.secret(sslIn.cert()));
            ComputeInstanceFormViewModel.setIfPresent(certificateKey, Documents.secret(sslIn.key()));
        } else {
            ssl.set(Ssl.OFF);
        }
        AksNetworkingConfiguration net = s.aksNetworkingConfiguration();
        if (net != null && net.subnetId() != null) {
            network.set(Network.ADVANCED);
            String subnetId = net.subnetId();
            subnet.set(subnets.stream().filter(c -> c.id().equalsIgnoreCase(subnetId)).findFirst()
                    .orElse(new SubnetChoice("", "", subnetId.substring(subnetId.lastIndexOf('/') + 1), subnetId)));
            ComputeInstanceFormViewModel.setIfPresent(serviceCidr, net.serviceCidr());
            ComputeInstanceFormViewModel.setIfPresent(dnsServiceIp, net.dnsServiceIP());
            ComputeInstanceFormViewModel.setIfPresent(dockerBridgeCidr, net.dockerBridgeCidr());
        } else {
            network.set(Network.BASIC);
        }
    }

    // ---------------------------------------------------------------- properties

    /** The region a new cluster is created in: the workspace's. */
    public String region() {
        return services.workspace().location();
    }

    public ObservableList<Mode> modes() {
        return modes;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public BooleanBinding creatingProperty() {
        return creating;
    }

    public ObservableList<VirtualMachineSize> sizes() {
        return sizes;
    }

    public ObjectProperty<VirtualMachineSize> vmSizeProperty() {
        return vmSize;
    }

    /**
     * The size table ({@code #vmSizeTable}) over this form's sizes. Its nodes count against the subscription's
     * Compute quota, which the form does not read: no quota column, every size shown ({@link SizeDemand}).
     */
    public SizeTableViewModel sizeTable() {
        return new SizeTableViewModel(sizes, SizeTableViewModel.Region.of(capacity), SizeDemand.inferenceCluster(),
                null, vmSize, services.links());
    }

    public ObservableList<ClusterPurpose> purposes() {
        return purposes;
    }

    public ObjectProperty<ClusterPurpose> purposeProperty() {
        return purpose;
    }

    public FormField agentCount() {
        return agentCount;
    }

    public StringProperty costTextProperty() {
        return costText;
    }

    public ObservableList<Network> networks() {
        return networks;
    }

    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public ObservableList<SubnetChoice> subnets() {
        return subnets;
    }

    public ObjectProperty<SubnetChoice> subnetProperty() {
        return subnet;
    }

    public FormField subnetCheck() {
        return subnetCheck;
    }

    public FormField serviceCidr() {
        return serviceCidr;
    }

    public FormField dnsServiceIp() {
        return dnsServiceIp;
    }

    public FormField dockerBridgeCidr() {
        return dockerBridgeCidr;
    }

    public ObservableList<Ssl> sslModes() {
        return sslModes;
    }

    public ObjectProperty<Ssl> sslProperty() {
        return ssl;
    }

    public FormField leafDomainLabel() {
        return leafDomainLabel;
    }

    public BooleanProperty overwriteDomainProperty() {
        return overwriteDomain;
    }

    public FormField certificate() {
        return certificate;
    }

    public FormField certificateKey() {
        return certificateKey;
    }

    public FormField cname() {
        return cname;
    }

    public ObservableList<AksClusterSummary> clusters() {
        return clusters;
    }

    /** Under "Use existing" when the subscription lists no AKS cluster: where one is created. */
    public EmptyListHint clustersHint() {
        return clustersHint;
    }

    public ObjectProperty<AksClusterSummary> clusterProperty() {
        return cluster;
    }

    public FormField resourceId() {
        return resourceId;
    }
}
