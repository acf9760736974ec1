package dev.computedesk.ui.compute.create;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.model.AssignedUser;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeInstanceSshSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.PersonalComputeInstanceSettings;
import dev.computedesk.azure.model.ResourceId;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.compute.IdleShutdownRule;
import dev.computedesk.domain.compute.ScheduleRule;
import dev.computedesk.domain.quota.CostEstimate;
import dev.computedesk.domain.quota.QuotaCheck;
import dev.computedesk.domain.quota.VmSize;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.common.form.FormRules;
import dev.computedesk.ui.common.form.IdentitySection;
import dev.computedesk.ui.common.form.Pickers;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compute-instance wizard: Required settings → Scheduling → Security → Applications → Tags → Review + Create,
 * as Studio's, with quota pre-flight and a cost estimate under the size.
 *
 * <p>Why this class is longer than the others (about 600 lines): Studio's instance form has six steps and some thirty
 * fields whose rules cross steps (size against quota and region, schedules, SSH, SSO against "assign to another
 * user", network, setup scripts). The parts that stand alone are sections of their own ({@code SshSection},
 * {@code IdentitySection}, {@code QuotaAndCost}, {@code Schedule}, {@code CustomApplicationsSection}); what stays here is each step's fields with their rules, and the two functions that must see
 * every field, form → ARM request ({@code buildRequest}) and ARM request → form ({@code fill}), kept side by side so
 * that a field added to one is seen missing from the other.
 */
public final class ComputeInstanceFormViewModel extends ComputeFormViewModel {
    /** The CLI's default size, preselected when offered. */
    public static final String DEFAULT_SIZE = "Standard_DS3_v2";
    /** Windows time-zone ids offered for schedules (the service takes any Windows id). */
    public static final List<String> TIME_ZONES = List.of("UTC", "Pacific Standard Time", "Mountain Standard Time",
            "Central Standard Time", "Eastern Standard Time", "GMT Standard Time", "W. Europe Standard Time",
            "Central Europe Standard Time", "Romance Standard Time", "India Standard Time", "China Standard Time",
            "Tokyo Standard Time", "AUS Eastern Standard Time");

    private final Capacity capacity = new Capacity();
    private final ObservableList<String> vmTypes = FXCollections.observableArrayList("CPU", "GPU");
    private final ObjectProperty<String> vmType = new SimpleObjectProperty<>(this, "vmType", "CPU");
    private final FilteredList<VirtualMachineSize> sizes;
    private final ObjectProperty<VirtualMachineSize> vmSize = new SimpleObjectProperty<>(this, "vmSize");
    private final QuotaAndCost quotaAndCost = new QuotaAndCost();
    private String pendingSizeName = DEFAULT_SIZE;
    /** The size last chosen of each VM type, so switching CPU → GPU → CPU brings it back. */
    private final Map<String, String> lastSizeOfType = new java.util.HashMap<>();

    private final BooleanProperty idleShutdown = new SimpleBooleanProperty(this, "idleShutdown", true);
    private final FormField idleMinutes;
    private final ObservableList<Schedule> schedules = FXCollections.observableArrayList();
    private final ObjectProperty<String> scheduleAction = new SimpleObjectProperty<>(this, "scheduleAction", "Stop");
    private final FormField scheduleTime = new FormField("18:00", FormRules::time);
    private final ObjectProperty<String> scheduleTimeZone = new SimpleObjectProperty<>(this, "scheduleTimeZone", "UTC");
    private final Map<DayOfWeek, BooleanProperty> scheduleDays = new EnumMap<>(DayOfWeek.class);
    private final BooleanBinding canAddSchedule;

    private final BooleanProperty assignToOther = new SimpleBooleanProperty(this, "assignToOther", false);
    private final FormField assigneeObjectId;
    private final FormField assigneeTenantId;
    private final IdentitySection identity = new IdentitySection();
    private final SshSection ssh = new SshSection(false);
    private final ObservableList<SubnetChoice> subnets = FXCollections.observableArrayList();
    private final ObjectProperty<SubnetChoice> subnet = new SimpleObjectProperty<>(this, "subnet");
    private final BooleanProperty noPublicIp = new SimpleBooleanProperty(this, "noPublicIp", false);
    private final FormField networkCheck;

    private final FormField creationScript = new FormField(text -> ValidationResult.ok());
    private final FormField creationScriptArgs = new FormField(text -> ValidationResult.ok());
    private final FormField startupScript = new FormField(text -> ValidationResult.ok());
    private final FormField startupScriptArgs = new FormField(text -> ValidationResult.ok());
    private final CustomApplicationsSection customApplications = new CustomApplicationsSection();
    private final BooleanProperty sso = new SimpleBooleanProperty(this, "sso", true);
    /** The check's value before "Assign to another user" turned it off. */
    private boolean ssoChosen = true;
    private final javafx.beans.property.StringProperty reviewOptions =
            new javafx.beans.property.SimpleStringProperty(this, "reviewOptions", "");

    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final FormField tagKey = new FormField(text -> ValidationResult.ok());
    private final FormField tagValue = new FormField(text -> ValidationResult.ok());

    public ComputeInstanceFormViewModel(FormServices services) {
        super(services, ComputeNameRule.COMPUTE);
        sizes = new FilteredList<>(capacity.sizes(), this::offered);
        vmType.addListener((obs, old, type) -> {
            sizes.setPredicate(this::offered);
            if (vmSize.get() == null || !sizes.contains(vmSize.get())) {
                vmSize.set(Capacity.fallback(sizes, lastSizeOfType.get(type), DEFAULT_SIZE));
            }
        });
        vmSize.addListener((obs, old, size) -> {
            if (size != null) {
                lastSizeOfType.put(Capacity.isGpu(size) ? "GPU" : "CPU", size.name());
            }
        });
        capacity.loaded().addListener((obs, old, loaded) -> {
            if (loaded) {
                applyLoadedDefault(() -> selectSize(pendingSizeName));
            }
        });
        capacity.failure().addListener((obs, old, failure) -> errorProperty().set(failure));
        vmSize.addListener((obs, old, size) -> updateQuota());
        capacity.quota().addListener((obs, old, quota) -> updateQuota());

        idleMinutes = new FormField("60", text -> idleShutdown.get() ? IdleShutdownRule.validateMinutes(text)
                : ValidationResult.ok(), idleShutdown);
        for (DayOfWeek day : DayOfWeek.values()) {
            scheduleDays.put(day, new SimpleBooleanProperty(day.getValue() <= 5));
        }
        List<javafx.beans.Observable> scheduleInputs = new ArrayList<>(scheduleDays.values());
        scheduleInputs.add(schedules);
        scheduleInputs.add(scheduleTime.validProperty());
        canAddSchedule = Bindings.createBooleanBinding(() -> ScheduleRule.canAdd(schedules.size())
                && scheduleTime.validProperty().get() && scheduleDays.values().stream().anyMatch(BooleanProperty::get),
                scheduleInputs.toArray(new javafx.beans.Observable[0]));

        assigneeObjectId = new FormField(text -> assignToOther.get() ? FormRules.guid(text, Messages.get("compute.code.form.what.objectId"))
                : ValidationResult.ok(), assignToOther);
        assigneeTenantId = new FormField(orEmpty(services.connection().principal() == null ? ""
                : services.connection().principal().tenantId()),
                text -> assignToOther.get() ? FormRules.guid(text, Messages.get("compute.code.form.what.tenantId")) : ValidationResult.ok(),
                assignToOther);
        networkCheck = new FormField(text -> noPublicIp.get() && subnet.get() == null
                ? ValidationResult.error(Messages.get("compute.code.form.noPublicIpNeedsSubnet"))
                : ValidationResult.ok(), noPublicIp, subnet);
        networkCheck.touchedProperty().set(true);

        BooleanBinding required = name().validProperty().and(vmSize.isNotNull()).and(capacity.loaded());
        BooleanBinding scheduling = idleMinutes.validProperty().and(Bindings.createBooleanBinding(
                () -> ScheduleRule.validateCount(schedules.size()).isValid(), schedules));
        BooleanBinding security = assigneeObjectId.validProperty().and(assigneeTenantId.validProperty())
                .and(identity.validProperty()).and(ssh.validProperty()).and(networkCheck.validProperty());
        List<Map.Entry<String, ObservableBooleanValue>> steps = List.of(
                Map.entry(Messages.get("compute.code.form.step.required"), required),
                Map.entry(Messages.get("compute.code.form.step.scheduling"), scheduling),
                Map.entry(Messages.get("compute.code.form.step.security"), security),
                Map.entry(Messages.get("compute.code.form.step.applications"), customApplications.validProperty()),
                Map.entry(Messages.get("compute.code.form.step.tags"), new SimpleBooleanProperty(true)));
        defineSteps(steps);

        ssh.listAzureKeysWhenChosen(services);
        // The check shows what is sent: off while the instance is for another user, the user's choice again after.
        assignToOther.addListener((obs, old, other) -> {
            if (other) {
                ssoChosen = sso.get();
                sso.set(false);
            } else {
                sso.set(ssoChosen);
            }
        });
        var workspace = services.workspace();
        capacity.load(services.executor(), services.connection().capacity(), workspace.subscriptionId(),
                workspace.location());
        Pickers.load(services.executor(), Messages.get("compute.code.form.listVnets"), workspace.subscriptionId(),
                id -> SubnetChoice.listAll(services.connection().pickers(), id), subnets, () -> { });
        Pickers.load(services.executor(), Messages.get("compute.code.edit.listIdentities"), workspace.subscriptionId(),
                id -> services.connection().pickers().listUserAssignedIdentities(id), identity.available(),
                identity::relink);
    }

    @Override
    protected boolean extraValid() {
        return !quotaAndCost.blocksProperty().get();
    }

    @Override
    protected javafx.beans.Observable[] extraValidDependencies() {
        return new javafx.beans.Observable[] {quotaAndCost.blocksProperty()};
    }

    private boolean offered(VirtualMachineSize size) {
        return Capacity.supports(size, ComputeInstanceProperties.COMPUTE_TYPE) && capacity.offeredInRegion(size)
                && Capacity.isGpu(size) == "GPU".equals(vmType.get());
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
        quotaAndCost.show(QuotaCheck.forInstance(capacity.quota().get(), size), CostEstimate.forInstance(size));
    }

    @Override
    protected boolean placeServiceError(ArmException failure) {
        if (quotaAndCost.showRefusal(failure)) {
            stepProperty().set(0);
            return true;
        }
        return super.placeServiceError(failure);
    }

    // ---------------------------------------------------------------- commands

    public void addSchedule() {
        if (!canAddSchedule.get()) {
            return;
        }
        Set<DayOfWeek> days = scheduleDays.entrySet().stream().filter(e -> e.getValue().get())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        schedules.add(new Schedule(scheduleAction.get(), FormRules.hour(scheduleTime.get()),
                FormRules.minute(scheduleTime.get()), scheduleTimeZone.get(), days));
    }

    public void removeSchedule(Schedule schedule) {
        schedules.remove(schedule);
    }

    public void addTag() {
        if (!tagKey.get().isBlank()) {
            tags.removeIf(tag -> tag.key().equals(tagKey.get().strip()));
            tags.add(new Tag(tagKey.get().strip(), tagValue.get().strip()));
            tagKey.set("");
            tagValue.set("");
            tagKey.touchedProperty().set(false);
            tagValue.touchedProperty().set(false);
        }
    }

    public void removeTag(Tag tag) {
        tags.remove(tag);
    }

    public void generateKey() {
        generateKeyThen(() -> { });
    }

    private void generateKeyThen(Runnable then) {
        ssh.generate(services, (name().get().isBlank() ? "compute" : name().get()) + "_key.pem", errorProperty()::set,
                noticeProperty()::set, then);
    }

    /**
     * Sends the request; with "Generate new key pair" and no key yet, first generates the pair and saves the private
     * key where the user chooses (as Studio does on Create), then sends. Choosing no file sends nothing.
     */
    @Override
    public void submit() {
        if (canCreateProperty().get() && ssh.generatesOnCreate()) {
            generateKeyThen(super::submit);
        } else {
            super.submit();
        }
    }

    // ---------------------------------------------------------------- request

    @Override
    public ComputeFormKind kind() {
        return ComputeFormKind.COMPUTE_INSTANCE;
    }

    @Override
    protected String noun() {
        return Messages.get("compute.code.form.noun.instance");
    }

    @Override
    protected ComputeResource buildRequest(SecretMode secrets) {
        ComputeInstanceSshSettings sshSettings = ssh.enabledProperty().get()
                ? new ComputeInstanceSshSettings("Enabled", null, null, ssh.publicKeyLine())
                : new ComputeInstanceSshSettings("Disabled", null, null, null);
        PersonalComputeInstanceSettings personal = assignToOther.get()
                ? new PersonalComputeInstanceSettings(new AssignedUser(assigneeObjectId.get().strip(),
                        assigneeTenantId.get().strip()))
                : null;
        ComputeInstanceSettings settings = new ComputeInstanceSettings(
                vmSize.get() == null ? null : vmSize.get().name(),
                subnet.get() == null ? null : new ResourceId(subnet.get().id()),
                "Personal", sshSettings, null, null, null, null, null, null, null, "personal",
                ssoSent(), personal, setupScriptsJson(), null, schedulesJson(),
                idleShutdown.get() && idleMinutes.validProperty().get()
                        ? IdleShutdownRule.toIso(Long.parseLong(idleMinutes.get().strip())) : null,
                noPublicIp.get() ? Boolean.FALSE : null, null, null, null, null)
                .withCustomServices(customApplications.applications());
        ComputeResource request = ComputeResource.request(services.workspace().location(), identity.toArm(),
                ComputeInstanceProperties.forRequest(descriptionOrNull(), null, settings));
        return withTags(request);
    }

    /**
     * {@code enableSSO} as sent: the check's value, but off for an instance created for another user, whose user turns
     * it on afterwards (Microsoft's "Create on behalf of"; docs/arm.md). {@code enableRootAccess} is never sent: the
     * stable API version has no such field.
     */
    private Boolean ssoSent() {
        return !assignToOther.get() && sso.get();
    }

    /** Adds the create options in words above the review documents (root access is not in them: it is not sent). */
    @Override
    public void refreshReview() {
        super.refreshReview();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("compute.code.review.applications", customApplications.applications().isEmpty()
                ? Messages.get("compute.code.review.none")
                : customApplications.applications().stream().map(app -> Messages.get("compute.code.review.application",
                        app.name(), app.image().reference(), CustomApplicationsSection.ports(app)))
                        .collect(Collectors.joining("; "))));
        lines.add(Messages.get(ssoSent() ? "compute.code.review.ssoOn" : "compute.code.review.ssoOff"));
        lines.add(Messages.get("compute.code.review.rootAccess"));
        lines.add(!ssh.enabledProperty().get() ? Messages.get("compute.code.review.sshDisabled")
                : ssh.keySourceProperty().get() == SshSection.KeySource.LATER
                        ? Messages.get("compute.code.review.sshLater")
                : ssh.keySourceProperty().get() == SshSection.KeySource.AZURE_KEY
                        && ssh.azureKeys().selectedProperty().get() != null
                        ? Messages.get("compute.code.review.sshAzureKey", ssh.azureKeys().selectedProperty().get().name())
                        : ssh.generatesOnCreate() ? Messages.get("compute.code.review.sshGenerated")
                        : Messages.get("compute.code.review.sshGiven"));
        reviewOptions.set(String.join("\n", lines));
    }

    private ComputeResource withTags(ComputeResource request) {
        if (tags.isEmpty()) {
            return request;
        }
        Map<String, String> map = new LinkedHashMap<>();
        tags.forEach(tag -> map.put(tag.key(), tag.value()));
        return new ComputeResource(null, null, null, request.location(), map, null, request.identity(), null,
                request.properties());
    }

    private JsonNode schedulesJson() {
        if (schedules.isEmpty()) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode list = node.putArray("computeStartStop");
        schedules.forEach(schedule -> list.add(schedule.toArm()));
        return node;
    }

    private JsonNode setupScriptsJson() {
        if (creationScript.get().isBlank() && startupScript.get().isBlank()) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode scripts = node.putObject("scripts");
        script(scripts, "creationScript", creationScript.get(), creationScriptArgs.get());
        script(scripts, "startupScript", startupScript.get(), startupScriptArgs.get());
        return node;
    }

    private static void script(ObjectNode scripts, String key, String path, String args) {
        if (path.isBlank()) {
            return;
        }
        ObjectNode script = scripts.putObject(key);
        script.put("scriptSource", "workspaceStorage");
        script.put("scriptData", path.strip());
        if (!args.isBlank()) {
            script.put("scriptArguments", args.strip());
        }
    }

    private SubnetChoice findSubnet(String id, String vnetName) {
        return subnets.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst()
                .orElse(new SubnetChoice("", vnetName == null ? "" : vnetName, id.substring(id.lastIndexOf('/') + 1),
                        id));
    }

    static void setIfPresent(FormField field, String value) {
        if (value != null) {
            field.set(value);
        }
    }

    @Override
    protected String computeType() {
        return ComputeInstanceProperties.COMPUTE_TYPE;
    }

    @Override
    protected java.util.Set<String> pendingYamlKeys() {
        return vmSize.get() == null ? java.util.Set.of("size") : java.util.Set.of();
    }

    @Override
    protected void fill(ComputeResource sent) {
        identity.apply(sent.identity());
        tags.clear();
        if (sent.tags() != null) {
            sent.tags().forEach((k, v) -> tags.add(new Tag(k, v)));
        }
        if (!(sent.properties() instanceof ComputeInstanceProperties props) || props.properties() == null) {
            return;
        }
        ComputeInstanceSettings s = props.properties();
        if (s.vmSize() != null) {
            pendingSizeName = s.vmSize();
            selectSize(s.vmSize());
        }
        subnet.set(s.subnet() == null || s.subnet().id() == null ? null : findSubnet(s.subnet().id(), null));
        noPublicIp.set(Boolean.FALSE.equals(s.enableNodePublicIp()));
        if (s.idleTimeBeforeShutdown() != null) {
            idleShutdown.set(true);
            IdleShutdownRule.fromIso(s.idleTimeBeforeShutdown()).ifPresent(m -> idleMinutes.set(Long.toString(m)));
        } else {
            idleShutdown.set(false);
        }
        AssignedUser assigned = s.personalComputeInstanceSettings() == null ? null
                : s.personalComputeInstanceSettings().assignedUser();
        assignToOther.set(assigned != null);
        if (assigned != null) {
            setIfPresent(assigneeObjectId, assigned.objectId());
            setIfPresent(assigneeTenantId, assigned.tenantId());
        }
        boolean sshOn = s.sshSettings() != null && "Enabled".equalsIgnoreCase(s.sshSettings().sshPublicAccess());
        ssh.enabledProperty().set(sshOn);
        if (sshOn) {
            ssh.restore(s.sshSettings().adminPublicKey());
        }
        // Absent means the service's default, on; an instance for another user is sent off whatever the check says.
        if (assigned == null) {
            sso.set(!Boolean.FALSE.equals(s.enableSSO()));
        }
        customApplications.setAll(s.customServiceList());
        schedules.clear();
        if (s.schedules() != null) {
            for (JsonNode item : s.schedules().path("computeStartStop")) {
                // The form edits enabled cron schedules of its own shape; others are reported as not kept.
                if (!"Cron".equalsIgnoreCase(item.path("triggerType").asText("Cron"))
                        || "Disabled".equalsIgnoreCase(item.path("status").asText())
                        || schedules.size() >= ScheduleRule.MAX_SCHEDULES) {
                    continue;
                }
                Schedule schedule = Schedule.fromCron(capital(item.path("action").asText("Stop")),
                        item.path("cron").path("timeZone").asText("UTC"),
                        item.path("cron").path("expression").asText());
                if (schedule != null) {
                    schedules.add(schedule);
                }
            }
        }
        JsonNode scripts = s.setupScripts() == null ? null : s.setupScripts().path("scripts");
        creationScript.set(orEmpty(scripts == null ? null : text(scripts.path("creationScript").path("scriptData"))));
        creationScriptArgs.set(orEmpty(scripts == null ? null
                : text(scripts.path("creationScript").path("scriptArguments"))));
        startupScript.set(orEmpty(scripts == null ? null : text(scripts.path("startupScript").path("scriptData"))));
        startupScriptArgs.set(orEmpty(scripts == null ? null
                : text(scripts.path("startupScript").path("scriptArguments"))));
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1).toLowerCase(
                java.util.Locale.ROOT);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<String> vmTypes() {
        return vmTypes;
    }

    public ObjectProperty<String> vmTypeProperty() {
        return vmType;
    }

    public ObservableList<VirtualMachineSize> sizes() {
        return sizes;
    }

    public ObjectProperty<VirtualMachineSize> vmSizeProperty() {
        return vmSize;
    }

    /** The size table ({@code #vmSizeTable}) over this form's sizes; an instance needs one VM's vCPUs. */
    public SizeTableViewModel sizeTable() {
        return new SizeTableViewModel(sizes, SizeTableViewModel.Region.of(capacity), SizeDemand.instance(), vmType,
                vmSize, services.links());
    }

    public QuotaAndCost quotaAndCost() {
        return quotaAndCost;
    }

    public BooleanProperty idleShutdownProperty() {
        return idleShutdown;
    }

    public FormField idleMinutes() {
        return idleMinutes;
    }

    public ObservableList<Schedule> schedules() {
        return schedules;
    }

    public ObjectProperty<String> scheduleActionProperty() {
        return scheduleAction;
    }

    public FormField scheduleTime() {
        return scheduleTime;
    }

    public ObjectProperty<String> scheduleTimeZoneProperty() {
        return scheduleTimeZone;
    }

    public BooleanProperty scheduleDay(DayOfWeek day) {
        return scheduleDays.get(day);
    }

    public BooleanBinding canAddScheduleProperty() {
        return canAddSchedule;
    }

    public BooleanProperty assignToOtherProperty() {
        return assignToOther;
    }

    public FormField assigneeObjectId() {
        return assigneeObjectId;
    }

    public FormField assigneeTenantId() {
        return assigneeTenantId;
    }

    public IdentitySection identity() {
        return identity;
    }

    public SshSection ssh() {
        return ssh;
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

    public FormField creationScript() {
        return creationScript;
    }

    public FormField creationScriptArgs() {
        return creationScriptArgs;
    }

    public FormField startupScript() {
        return startupScript;
    }

    public FormField startupScriptArgs() {
        return startupScriptArgs;
    }

    public CustomApplicationsSection customApplications() {
        return customApplications;
    }

    /** The create options in words, one per line, for the review step. */
    public javafx.beans.property.StringProperty reviewOptionsProperty() {
        return reviewOptions;
    }

    /** {@code #ssoCheck}: single sign-on, on by default as the service's. */
    public BooleanProperty ssoProperty() {
        return sso;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public FormField tagKey() {
        return tagKey;
    }

    public FormField tagValue() {
        return tagValue;
    }

    @Override
    protected int stepOf(FormField field) {
        return 0;
    }
}
