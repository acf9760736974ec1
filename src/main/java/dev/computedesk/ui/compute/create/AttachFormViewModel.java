package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.ResourcePickerClient;
import dev.computedesk.azure.model.ArmResourceSummary;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.DataLakeAnalyticsProperties;
import dev.computedesk.azure.model.DatabricksProperties;
import dev.computedesk.azure.model.DatabricksSettings;
import dev.computedesk.azure.model.HdInsightProperties;
import dev.computedesk.azure.model.HdInsightSettings;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.azure.model.KubernetesSettings;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.model.VirtualMachineSettings;
import dev.computedesk.azure.model.VirtualMachineSshCredentials;
import dev.computedesk.azure.model.VirtualMachineSummary;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.compute.PortRule;
import dev.computedesk.domain.compute.ResourceIdRule;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.form.AttachSection;
import dev.computedesk.ui.common.form.AttachTarget;
import dev.computedesk.ui.common.form.EmptyListHint;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.common.form.FormRules;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.ui.common.form.Loads;
import dev.computedesk.ui.common.form.Pickers;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The attach forms: Kubernetes, virtual machine, HDInsight, Databricks and Data Lake Analytics. One resource (picked
 * or by id), the credentials its type needs, and the facts that decide whether it can be attached: an Ubuntu VM
 * with a public IP, and never a resource this workspace has attached already.
 */
public final class AttachFormViewModel extends ComputeFormViewModel {
    /** How a VM or HDInsight attach signs in over SSH. */
    public enum Auth {
        PASSWORD, PRIVATE_KEY;

        /** The choice as the language in use names it, read when shown. */
        public String label() {
            return switch (this) {
                case PASSWORD -> Messages.get("compute.code.choice.password");
                case PRIVATE_KEY -> Messages.get("compute.code.choice.sshPrivateKey");
            };
        }
    }

    /**
     * Under the resource for Data Lake Analytics, in the chosen language: Microsoft's words on the attach page
     * (docs/attach.md "Data Lake Analytics").
     */
    public static String dataLakeNote() {
        return Messages.get("compute.code.attach.dataLakeNote");
    }

    private final ComputeFormKind kind;
    private final ResourceIdRule idRule;
    private final AttachSection resource;
    private final FormField username;
    private final ObservableList<Auth> authModes = FXCollections.observableArrayList(Auth.values());
    private final ObjectProperty<Auth> auth = new SimpleObjectProperty<>(this, "auth", Auth.PRIVATE_KEY);
    private final FormField password;
    private final FormField privateKey;
    private final FormField sshPort;
    private final FormField namespace = new FormField("default", text -> ValidationResult.ok());
    private final IdentitySection identity = new IdentitySection();
    private final FormField token;
    private final OtherSubscriptionCheck otherSubscription;
    private final EmptyListHint targetsHint;

    public AttachFormViewModel(FormServices services, ComputeFormKind kind) {
        super(services, ComputeNameRule.COMPUTE);
        this.kind = kind;
        this.idRule = switch (kind) {
            case KUBERNETES -> ResourceIdRule.FOR_KUBERNETES;
            case VIRTUAL_MACHINE -> ResourceIdRule.FOR_VIRTUAL_MACHINE;
            case HDINSIGHT -> ResourceIdRule.FOR_HDINSIGHT;
            case DATABRICKS -> ResourceIdRule.FOR_DATABRICKS;
            case DATA_LAKE_ANALYTICS -> ResourceIdRule.of(ResourceIdRule.DATA_LAKE_ANALYTICS_ACCOUNT);
            default -> throw new IllegalArgumentException("No attach form for " + kind);
        };
        otherSubscription = kind == ComputeFormKind.DATABRICKS ? new OtherSubscriptionCheck(services.executor(),
                services.connection().permissions(), services.workspace().subscriptionId()) : null;
        resource = new AttachSection(this::resourceIdRule, AttachSection.AlreadyAttached.BLOCKS,
                name -> Messages.get("compute.code.attach.already", name),
                otherSubscription == null ? new javafx.beans.Observable[0] : otherSubscription.dependencies());
        if (otherSubscription != null) {
            resource.resourceId().textProperty().addListener((obs, old, now) ->
                    otherSubscription.idChanged(idRule.validate(now == null ? "" : now).isValid() ? now : ""));
        }
        targetsHint = new EmptyListHint(resource.targets(), switch (kind) {
            case VIRTUAL_MACHINE -> EmptyListHint.virtualMachines();
            case KUBERNETES -> EmptyListHint.kubernetesClusters();
            case HDINSIGHT -> EmptyListHint.hdInsightClusters();
            case DATABRICKS -> EmptyListHint.databricksWorkspaces();
            default -> EmptyListHint.dataLakeAnalyticsAccounts();
        });
        boolean ssh = usesSsh();
        username = new FormField(ssh ? "azureuser" : "", text -> ssh ? FormRules.required(text, Messages.get("compute.code.form.what.sshUser"))
                : ValidationResult.ok());
        password = new FormField(text -> ssh && auth.get() == Auth.PASSWORD
                ? FormRules.required(text, Messages.get("compute.code.form.what.password")) : ValidationResult.ok(), auth);
        privateKey = new FormField(text -> ssh && auth.get() == Auth.PRIVATE_KEY ? privateKeyRule(text)
                : ValidationResult.ok(), auth);
        sshPort = new FormField("22", text -> ssh ? PortRule.INSTANCE.validate(text) : ValidationResult.ok());
        token = new FormField(text -> kind == ComputeFormKind.DATABRICKS
                ? FormRules.required(text, Messages.get("compute.code.form.what.databricksToken")) : ValidationResult.ok());

        BooleanBinding valid = name().validProperty().and(resource.resourceId().validProperty())
                .and(username.validProperty()).and(password.validProperty()).and(privateKey.validProperty())
                .and(sshPort.validProperty()).and(token.validProperty()).and(identity.validProperty());
        List<Map.Entry<String, ObservableBooleanValue>> steps = List.of(Map.entry(kind.title(), valid));
        defineSteps(steps);

        String subscription = services.workspace().subscriptionId();
        resource.listAttached(services.executor(), services.connection().computes(), services.workspace(),
                new Loads(), failure -> { });
        ResourcePickerClient pickers = services.connection().pickers();
        Pickers.load(services.executor(), Messages.get("compute.code.attach.listTargets", kind.title()), subscription,
                id -> listTargets(pickers, id), resource.targets(), targetsHint::loaded);
        if (kind == ComputeFormKind.KUBERNETES) {
            Pickers.load(services.executor(), Messages.get("compute.code.edit.listIdentities"), subscription,
                    pickers::listUserAssignedIdentities, identity.available(), identity::relink);
        }
    }

    /** The id's form, and for Databricks from another subscription the user's role there. */
    private ValidationResult resourceIdRule(String text) {
        ValidationResult wellFormed = idRule.validate(text);
        return wellFormed.isValid() && otherSubscription != null ? otherSubscription.validate(text) : wellFormed;
    }

    private static ValidationResult privateKeyRule(String text) {
        if (text.isBlank()) {
            return ValidationResult.error(Messages.get("compute.code.attach.keyRequired"));
        }
        return text.contains("PRIVATE KEY-----") ? ValidationResult.ok()
                : ValidationResult.error(Messages.get("compute.code.attach.notPrivateKey"));
    }

    private List<AttachTarget> listTargets(ResourcePickerClient pickers, String subscription) {
        List<AttachTarget> list = new ArrayList<>();
        switch (kind) {
            case VIRTUAL_MACHINE -> pickers.listVirtualMachines(subscription).forEach(vm -> list.add(vmTarget(vm)));
            case KUBERNETES -> {
                pickers.listAksClusters(subscription).forEach(aks -> list.add(new AttachTarget(aks.id(), aks.name(),
                        aks.resourceGroup(), "AKS \u00b7 Kubernetes " + aks.kubernetesVersion() + " \u00b7 "
                        + aks.location(), "")));
                pickers.listArcClusters(subscription).forEach(arc -> list.add(generic(arc, "Azure Arc")));
            }
            case HDINSIGHT -> pickers.listHdInsightClusters(subscription).forEach(r -> list.add(generic(r, "HDInsight")));
            case DATABRICKS -> pickers.listDatabricksWorkspaces(subscription)
                    .forEach(r -> list.add(generic(r, "Databricks")));
            default -> pickers.listDataLakeAnalyticsAccounts(subscription)
                    .forEach(r -> list.add(generic(r, "Data Lake Analytics")));
        }
        return list;
    }

    private static AttachTarget generic(ArmResourceSummary resource, String what) {
        return new AttachTarget(resource.id(), resource.name(), resource.resourceGroup(),
                what + " \u00b7 " + resource.location(), "");
    }

    /** The facts Studio's docs make conditions: Ubuntu only, a public IP required. */
    static AttachTarget vmTarget(VirtualMachineSummary vm) {
        String image = vm.imageReference() == null ? "" : String.join(" ",
                orEmpty(vm.imageReference().offer()), orEmpty(vm.imageReference().sku())).strip();
        boolean ubuntu = image.toLowerCase(Locale.ROOT).contains("ubuntu");
        boolean publicIp = vm.publicIpAddress() != null && !vm.publicIpAddress().isBlank();
        String facts = (image.isEmpty() ? Messages.get("compute.code.attach.imageUnknown") : image) + " \u00b7 "
                + orEmpty(vm.vmSize()) + " \u00b7 " + (publicIp ? Messages.get("compute.code.attach.publicIp",
                vm.publicIpAddress()) : Messages.get("compute.code.attach.noPublicIp"));
        String problem = !"Linux".equalsIgnoreCase(orEmpty(vm.osType())) || !ubuntu
                ? Messages.get("compute.code.attach.ubuntuOnly", image.isEmpty() ? orEmpty(vm.osType()) : image)
                : !publicIp ? Messages.get("compute.code.attach.needsPublicIp") : "";
        return new AttachTarget(vm.id(), vm.name(), vm.resourceGroup(), facts, problem);
    }

    /** True for the kinds that connect over SSH (VM, HDInsight). */
    public boolean usesSsh() {
        return kind == ComputeFormKind.VIRTUAL_MACHINE || kind == ComputeFormKind.HDINSIGHT;
    }

    @Override
    public ComputeFormKind kind() {
        return kind;
    }

    @Override
    protected String noun() {
        return Messages.get(switch (kind) {
            case KUBERNETES -> "compute.code.form.noun.kubernetes";
            case VIRTUAL_MACHINE -> "compute.code.form.noun.virtualMachine";
            case HDINSIGHT -> "compute.code.form.noun.hdinsight";
            case DATABRICKS -> "compute.code.form.noun.databricks";
            default -> "compute.code.form.noun.dataLakeAnalytics";
        });
    }

    @Override
    protected boolean attaches() {
        return true;
    }

    @Override
    protected String reviewTitle() {
        return Messages.get("compute.code.form.reviewAttach");
    }

    @Override
    protected ComputeResource buildRequest(SecretMode secrets) {
        String id = resource.resourceId().get().strip();
        String location = services.workspace().location();
        VirtualMachineSshCredentials credentials = usesSsh()
                ? new VirtualMachineSshCredentials(username.get().strip(),
                        auth.get() == Auth.PASSWORD ? secrets.apply(password.get()) : null, null,
                        auth.get() == Auth.PRIVATE_KEY ? secrets.apply(privateKey.get()) : null)
                : null;
        Integer port = usesSsh() && sshPort.validProperty().get() ? Integer.valueOf(sshPort.get().strip()) : null;
        return switch (kind) {
            case KUBERNETES -> ComputeResource.request(location, identity.toArm(), KubernetesProperties.forRequest(
                    descriptionOrNull(), id, KubernetesSettings.forAttach(namespace.get().isBlank() ? "default"
                            : namespace.get().strip(), null, null)));
            case VIRTUAL_MACHINE -> ComputeResource.request(location, null, VirtualMachineProperties.forRequest(
                    descriptionOrNull(), id,
                    VirtualMachineSettings.forAttach(port, credentials)));
            case HDINSIGHT -> ComputeResource.request(location, null, HdInsightProperties.forRequest(
                    descriptionOrNull(), id,
                    HdInsightSettings.forAttach(port, credentials)));
            case DATABRICKS -> ComputeResource.request(location, null, DatabricksProperties.forRequest(
                    descriptionOrNull(), id,
                    secrets.apply(token.get()) == null ? null : new DatabricksSettings(secrets.apply(token.get()), null)));
            default -> ComputeResource.request(location, null, DataLakeAnalyticsProperties.forRequest(
                    descriptionOrNull(), id, null));
        };
    }

    @Override
    protected String computeType() {
        return switch (kind) {
            case KUBERNETES -> KubernetesProperties.COMPUTE_TYPE;
            case VIRTUAL_MACHINE -> VirtualMachineProperties.COMPUTE_TYPE;
            case HDINSIGHT -> HdInsightProperties.COMPUTE_TYPE;
            case DATABRICKS -> DatabricksProperties.COMPUTE_TYPE;
            default -> DataLakeAnalyticsProperties.COMPUTE_TYPE;
        };
    }

    @Override
    protected void fill(ComputeResource sent) {
        if (sent.properties() == null) {
            return;
        }
        ComputeInstanceFormViewModel.setIfPresent(resource.resourceId(), sent.properties().resourceId());
        identity.apply(sent.identity());
        if (sent.properties() instanceof KubernetesProperties k8s && k8s.properties() != null) {
            ComputeInstanceFormViewModel.setIfPresent(namespace, k8s.properties().namespace());
        }
        if (sent.properties() instanceof DatabricksProperties databricks && databricks.properties() != null) {
            ComputeInstanceFormViewModel.setIfPresent(token,
                    Documents.secret(databricks.properties().databricksAccessToken()));
        }
        VirtualMachineSshCredentials credentials = null;
        Integer port = null;
        if (sent.properties() instanceof VirtualMachineProperties vm && vm.properties() != null) {
            credentials = vm.properties().administratorAccount();
            port = vm.properties().sshPort();
        }
        if (sent.properties() instanceof HdInsightProperties hdi && hdi.properties() != null) {
            credentials = hdi.properties().administratorAccount();
            port = hdi.properties().sshPort();
        }
        if (credentials != null) {
            ComputeInstanceFormViewModel.setIfPresent(username, credentials.username());
            String typedPassword = Documents.secret(credentials.password());
            String typedKey = Documents.secret(credentials.privateKeyData());
            if (credentials.password() != null && credentials.privateKeyData() == null) {
                auth.set(Auth.PASSWORD);
            } else if (credentials.privateKeyData() != null) {
                auth.set(Auth.PRIVATE_KEY);
            }
            ComputeInstanceFormViewModel.setIfPresent(password, typedPassword);
            ComputeInstanceFormViewModel.setIfPresent(privateKey, typedKey);
        }
        if (port != null) {
            sshPort.set(port.toString());
        }
    }

    // ---------------------------------------------------------------- properties

    /** The resource to attach: picked or typed, checked against the workspace's computes. */
    public AttachSection resource() {
        return resource;
    }

    public ObservableList<AttachTarget> targets() {
        return resource.targets();
    }

    public ObjectProperty<AttachTarget> targetProperty() {
        return resource.targetProperty();
    }

    public FormField resourceId() {
        return resource.resourceId();
    }

    /** The picked resource's facts, e.g. "ubuntu-2004 2004-gen2 · Standard_DS3_v2 · public IP 20.1.2.3". */
    public StringBinding factsProperty() {
        return resource.factsProperty();
    }

    public FormField username() {
        return username;
    }

    public ObservableList<Auth> authModes() {
        return authModes;
    }

    public ObjectProperty<Auth> authProperty() {
        return auth;
    }

    public FormField password() {
        return password;
    }

    public FormField privateKey() {
        return privateKey;
    }

    public FormField sshPort() {
        return sshPort;
    }

    public FormField namespace() {
        return namespace;
    }

    public IdentitySection identity() {
        return identity;
    }

    public FormField token() {
        return token;
    }

    /** Under the picker when it lists nothing: where such a resource is created, and why it may not be listed. */
    public EmptyListHint targetsHint() {
        return targetsHint;
    }

    /**
     * Under the resource for Data Lake Analytics only: pipelines use the account's default data store (Microsoft's
     * attach page, docs/attach.md); empty for the other kinds.
     */
    public String kindNote() {
        return kind == ComputeFormKind.DATA_LAKE_ANALYTICS ? dataLakeNote() : "";
    }

    /** Databricks from another subscription: the role could not be checked; else empty. */
    public ReadOnlyStringProperty otherSubscriptionNoteProperty() {
        return otherSubscription == null ? new ReadOnlyStringWrapper(this, "otherSubscriptionNote", "")
                .getReadOnlyProperty() : otherSubscription.noteProperty();
    }

    /** The resource types this form accepts, for the resource id field's prompt. */
    public String resourceTypes() {
        return idRule.expectedTypes().stream().collect(Collectors.joining(Messages.get("domain.resourceId.or")));
    }
}
