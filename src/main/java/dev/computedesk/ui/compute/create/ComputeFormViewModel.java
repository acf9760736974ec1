package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.yaml.ComputeYaml;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.NameAvailability;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.common.form.NameCheck;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every create and attach form shares: the name (with its in-use check), the wizard steps, the review
 * documents, and the submit flow.
 *
 * <p>Submit reads the name once more and sends the PUT only when ARM answers 404 for it (a compute that appeared
 * since the form's check, or an answer that says nothing, brings the form back with the reason under the name);
 * once ARM accepts the PUT the Compute page is told (the row appears in Creating), the form closes, and the app's
 * one {@code OperationFollower} follows the operation to its end. A PUT whose answer was lost or unreadable is read
 * back: if the compute is being created, it is followed the same way. When ARM refuses the PUT at once,
 * the form comes back with every value kept and ARM's answer where it belongs. When provisioning fails later,
 * the Compute page's notice offers "Edit and retry" with the values sent, secrets left out.
 *
 * <p>Why this class is longer than about 400 lines: the submit flow above (re-read the name, PUT, read back a lost
 * reply, hand over to the follower, come back with the values kept) is one sequence with one set of outcomes, and
 * reads best in one place; the steps, review documents and name check it drives are small and shared by every
 * create and attach form.
 */
public abstract class ComputeFormViewModel {

    /** Where the form is in its life; the view hides the window while submitting and closes it when closed. */
    public enum Phase { EDITING, SUBMITTING, CLOSED }

    protected final FormServices services;
    private final NameCheck nameCheck;
    private final ObservableList<String> stepTitles = FXCollections.observableArrayList();
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.EDITING);
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private final StringProperty reviewYaml = new SimpleStringProperty(this, "reviewYaml", "");
    private final StringProperty reviewJson = new SimpleStringProperty(this, "reviewJson", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final FormField description = new FormField(text -> ValidationResult.ok());
    private final List<ObservableBooleanValue> stepValidity = new ArrayList<>();
    private BooleanBinding formValid;
    private BooleanBinding canCreate;
    private BooleanBinding canNext;
    private BooleanBinding canBack;
    private BooleanBinding onReview;
    /** The form as it opened (after any prefill), to tell whether closing would lose anything; null until marked. */
    private String pristine;

    protected ComputeFormViewModel(FormServices services, ComputeNameRule nameRule) {
        this.services = services;
        this.nameCheck = new NameCheck(services.executor(), services.connection().computes(), services.workspace(),
                services.debouncer(), nameRule);
    }

    /**
     * Declares the steps; call once from the subclass constructor, after its fields exist.
     *
     * @param steps each step's title and validity; a "Review" step is added at the end
     */
    protected final void defineSteps(List<Map.Entry<String, ObservableBooleanValue>> steps) {
        for (Map.Entry<String, ObservableBooleanValue> entry : steps) {
            stepTitles.add(entry.getKey());
            stepValidity.add(entry.getValue());
        }
        stepTitles.add(reviewTitle());
        ObservableBooleanValue[] all = stepValidity.toArray(new ObservableBooleanValue[0]);
        formValid = Bindings.createBooleanBinding(() -> stepValidity.stream().allMatch(ObservableBooleanValue::get)
                && extraValid(), concat(all, extraValidDependencies()));
        canCreate = formValid.and(running.not());
        BooleanBinding currentValid = Bindings.createBooleanBinding(() -> {
            int index = step.get();
            return index >= stepValidity.size() || stepValidity.get(index).get();
        }, concat(all, step));
        canNext = currentValid.and(running.not()).and(step.lessThan(stepTitles.size() - 1));
        canBack = step.greaterThan(0).and(running.not());
        onReview = step.isEqualTo(stepTitles.size() - 1);
        step.addListener((obs, old, now) -> {
            if (now.intValue() == stepTitles.size() - 1) {
                refreshReview();
            }
        });
    }

    private static javafx.beans.Observable[] concat(javafx.beans.Observable[] first, javafx.beans.Observable... more) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** A condition beyond the steps' own (e.g. quota); true by default. */
    protected boolean extraValid() {
        return true;
    }

    /** What {@link #extraValid()} reads. */
    protected javafx.beans.Observable[] extraValidDependencies() {
        return new javafx.beans.Observable[0];
    }

    protected String reviewTitle() {
        return Messages.get("compute.code.form.reviewCreate");
    }

    // ---------------------------------------------------------------- what subclasses define

    /** Which form this is. */
    public abstract ComputeFormKind kind();

    /** "compute instance", "compute cluster", … as titles use it. */
    protected abstract String noun();

    /** True when the form attaches an existing resource instead of creating one. */
    protected boolean attaches() {
        return false;
    }

    /** "Creating" or "Attaching". */
    private String verbing() {
        return Messages.get(attaches() ? "compute.code.form.attaching" : "compute.code.form.creating");
    }

    /**
     * The form's state as the ARM request (without the name, which is the PUT's path). With {@link #fill} this is
     * the form's one conversion: the review panes, Copy as YAML, Open YAML and "Edit and retry" all go through
     * these two and the one YAML mapping ({@link ComputeYaml}).
     */
    protected abstract ComputeResource buildRequest(SecretMode secrets);

    /**
     * Sets the form's state from an ARM request of this form's type (the name and description are set already).
     * Secrets in it are taken unless masked ({@link Documents#MASK}); what it holds that the form cannot is found
     * by comparing with {@link #buildRequest} afterwards, so a form need not list it.
     */
    protected abstract void fill(ComputeResource request);

    /** The ARM compute type this form sends, e.g. {@code ComputeInstance}. */
    protected abstract String computeType();

    /**
     * YAML keys whose value the form cannot show yet because it is still loading (a size while the location's
     * sizes load): not reported as "not kept". None by default.
     */
    protected java.util.Set<String> pendingYamlKeys() {
        return java.util.Set.of();
    }

    /** Fills the form from a request sent before ("Edit and retry"); secrets were not kept in it. */
    public final void prefill(ComputeResource sent) {
        if (sent == null) {
            return;
        }
        if (sent.name() != null) {
            name().set(sent.name());
        }
        description.set(sent.properties() == null || sent.properties().description() == null ? ""
                : sent.properties().description());
        fill(sent);
    }

    /**
     * Places an immediate refusal under the field it is about; returns false to show it in the banner.
     * The default places name errors under the name.
     */
    protected boolean placeServiceError(ArmException failure) {
        String code = failure.code() == null ? "" : failure.code();
        String message = failure.armMessage() == null ? "" : failure.armMessage().toLowerCase(Locale.ROOT);
        if (code.equals("InvalidResourceName") || message.contains("compute name")) {
            name().serviceErrorProperty().set(failure.getMessage());
            step.set(stepOf(name()));
            return true;
        }
        return false;
    }

    /** The step that shows {@code field} (for jumping to an error); the first by default. */
    protected int stepOf(FormField field) {
        return 0;
    }

    // ---------------------------------------------------------------- properties

    public FormField name() {
        return nameCheck.field();
    }

    /** The compute's description ({@code properties.description}); optional. */
    public FormField descriptionProperty() {
        return description;
    }

    /** The description to send: null when blank. */
    protected final String descriptionOrNull() {
        return description.get().isBlank() ? null : description.get();
    }

    public BooleanProperty namePendingProperty() {
        return nameCheck.pendingProperty();
    }

    /** True when the name's check got no clear answer: the "Check again" button shows. */
    public BooleanBinding canCheckNameAgainProperty() {
        return nameCheck.canCheckAgainProperty();
    }

    /** Asks again whether the name is free ({@code #checkNameAgainButton}). */
    public void checkNameAgain() {
        nameCheck.checkAgain();
    }

    public ObservableList<String> stepTitles() {
        return stepTitles;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** A failure not tied to one field, with ARM's code, message and request id; null when none. */
    public ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    /** A short confirmation ("Private key saved to …", "Values read from cluster.yml"). */
    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty reviewYamlProperty() {
        return reviewYaml;
    }

    public StringProperty reviewJsonProperty() {
        return reviewJson;
    }

    public BooleanBinding formValidProperty() {
        return formValid;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }

    public BooleanBinding onReviewProperty() {
        return onReview;
    }

    /** The window title. */
    public String title() {
        return Messages.get(attaches() ? "compute.code.form.attachTitle" : "compute.code.form.createTitle", noun());
    }

    // ---------------------------------------------------------------- commands

    public void next() {
        if (canNext.get()) {
            step.set(step.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            step.set(step.get() - 1);
        }
    }

    /**
     * Goes back to the earlier step {@code index} (its header was clicked). Never forward: a later step is reached
     * with Next only, so no invalid step is skipped.
     */
    public void goBackTo(int index) {
        if (canBack.get() && index >= 0 && index < step.get()) {
            step.set(index);
        }
    }

    public void cancel() {
        phase.set(Phase.CLOSED);
    }

    /** Takes the form as it is now as "nothing typed yet": called once it is open and filled. */
    public void markPristine() {
        pristine = fingerprint();
    }

    /**
     * True when closing would lose something: any value (name, typed text, secret, choice) differs from the form as it
     * opened. Defaults a load fills in later ({@link #applyLoadedDefault}) do not count.
     */
    public boolean isDirty() {
        return pristine != null && !pristine.equals(fingerprint());
    }

    /**
     * Applies a value that arrived with a load (the preselected size once the sizes are read); a form untouched before
     * stays untouched after.
     */
    protected final void applyLoadedDefault(Runnable apply) {
        boolean untouched = pristine != null && !isDirty();
        apply.run();
        if (untouched) {
            markPristine();
        }
    }

    /** The form's whole state, secrets included, in the one conversion the review and the PUT use. */
    private String fingerprint() {
        try {
            return name().get() + "\n" + Documents.json(buildRequest(SecretMode.SEND));
        } catch (RuntimeException unbuildable) {
            // Only typed text (a number that is not one) stops the request from being built: that is input to keep.
            return null;
        }
    }

    /** Renders the review documents from the current values, secrets masked. */
    public void refreshReview() {
        ComputeResource request = buildRequest(SecretMode.MASK);
        reviewJson.set(Documents.json(request));
        reviewYaml.set(ComputeYaml.write(withName(request, name().get().strip())));
    }

    public void copyYaml() {
        refreshReview();
        services.clipboard().putText(reviewYaml.get());
    }

    public void copyJson() {
        refreshReview();
        services.clipboard().putText(reviewJson.get());
    }

    /** Asks for a YAML file, reads it in the background and fills the form from it. */
    public void openYaml() {
        Optional<Path> file = services.files().chooseYamlFile();
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        services.executor().submit(BackgroundTask.titled(Messages.get("compute.code.form.reading", path.getFileName()), path.toString(),
                        cancellation -> Files.readString(path))
                .onSuccess(text -> loadYaml(text, path.getFileName().toString()))
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("compute.code.form.readingFailed",
                        path.getFileName()), failure))));
    }

    /** Fills the form from YAML text ({@code source} names it in the notice). */
    public void loadYaml(String text, String source) {
        try {
            ComputeYaml.Read read = ComputeYaml.read(text, services.workspace(), computeType());
            String fileType = read.request().computeType();
            if (!computeType().equalsIgnoreCase(fileType)) {
                throw new IllegalArgumentException(Messages.get("compute.code.form.wrongYamlType",
                        ComputeYaml.yamlType(fileType).orElse(fileType),
                        ComputeYaml.yamlType(computeType()).orElse(computeType())));
            }
            prefill(read.request());
            List<String> left = new ArrayList<>(read.notUsed());
            ComputeResource kept = withName(buildRequest(SecretMode.SEND), name().get());
            Set<String> pending = pendingYamlKeys();
            ComputeYaml.notKept(read.request(), kept).stream().filter(key -> !pending.contains(key))
                    .forEach(key -> left.add(Messages.get("compute.code.form.notKept", key)));
            notice.set(left.isEmpty() ? Messages.get("compute.code.form.valuesRead", source)
                    : Messages.get("compute.code.form.valuesReadNotUsed", source, String.join("; ", left)));
            error.set(null);
            refreshReview();
        } catch (IllegalArgumentException notYaml) {
            error.set(new ErrorInfo(Messages.get("compute.code.form.readingFailed", source), "", notYaml.getMessage(),
                    "", false));
        }
    }

    /** Sends the request; see the class comment for what follows. Does nothing while invalid or running. */
    public void submit() {
        if (canCreate == null || !canCreate.get()) {
            return;
        }
        String computeName = name().get();
        ComputeResource body = buildRequest(SecretMode.SEND);
        ComputeResource withoutSecrets = identified(buildRequest(SecretMode.OMIT), computeName);
        error.set(null);
        running.set(true);
        phase.set(Phase.SUBMITTING);
        services.executor().submit(BackgroundTask.titled(Messages.get("compute.code.form.submitting", noun(), computeName),
                        computeName,
                        cancellation -> {
                            // The form's check may be minutes old: ask again right before the PUT, in this task,
                            // so a compute created meanwhile is never updated by a create.
                            NameAvailability.requireFree(services.connection().computes(), services.workspace(),
                                    computeName);
                            return services.connection().computes().createOrUpdate(services.workspace(),
                                    computeName, body);
                        })
                .onSuccess(operation -> accepted(computeName, operation, withoutSecrets))
                .onFailure(this::refused)
                .onCancelled(() -> phase.set(Phase.EDITING))
                .whenDone(() -> running.set(false)));
    }

    /**
     * ARM accepted the create: the Compute page lists it at once, the form closes, and the app's one follower
     * follows the operation to its end. A create that ends Failed is shown by the Compute page, which offers "Edit
     * and retry" with the request sent (docs/decisions.md "Forms"), so the form says nothing more.
     */
    private void accepted(String computeName, ArmOperation<ComputeResource> operation, ComputeResource sent) {
        services.events().publish(new ComputeEvents.Change(services.workspace(), computeName, sent,
                ComputeEvents.Kind.CREATING));
        phase.set(Phase.CLOSED);
        services.follower().adopt(services.workspace(), computeName, followTitle(computeName), followAction(),
                services.connection().computes(), operation);
    }

    private String followTitle(String computeName) {
        return Messages.get("compute.code.form.followTitle", verbing(), noun(), computeName);
    }

    private OperationFollower.Action followAction() {
        return OperationFollower.Action.CREATE;
    }

    private void refused(Throwable failure) {
        if (OperationFollower.outcomeUnknown(failure) && failure instanceof RuntimeException unknown) {
            // The PUT's answer was lost or unreadable (or its retry met 409): the compute may be being created.
            String computeName = name().get();
            ComputeResource sent = identified(buildRequest(SecretMode.OMIT), computeName);
            services.follower().verify(services.workspace(), computeName, followTitle(computeName), followAction(),
                            services.connection().computes(), unknown)
                    .whenAccepted(compute -> {
                        services.events().publish(new ComputeEvents.Change(services.workspace(), computeName,
                                sent, ComputeEvents.Kind.CREATING));
                        phase.set(Phase.CLOSED);
                    })
                    .whenEnded(outcome -> {
                        if (outcome.result() == OperationFollower.Result.REFUSED) {
                            showRefusal(outcome.failure());
                        }
                    });
            return;
        }
        showRefusal(failure);
    }

    private void showRefusal(Throwable failure) {
        phase.set(Phase.EDITING);
        if (failure instanceof NameAvailability.NameInUseException taken) {
            nameCheck.taken(taken.name(), taken.existing().name() == null ? taken.name() : taken.existing().name());
            step.set(stepOf(name()));
            return;
        }
        if (failure instanceof NameAvailability.NameUnknownException unknown) {
            nameCheck.unknown(unknown.name(), unknown);
            step.set(stepOf(name()));
            return;
        }
        if (failure instanceof ArmException arm && placeServiceError(arm)) {
            return;
        }
        error.set(ErrorInfos.from(Messages.get("compute.code.form.failed", verbing(), noun(), name().get()), failure));
    }

    /** The request with its name (and nothing else) added, for the review and the Compute page. */
    protected static ComputeResource withName(ComputeResource request, String computeName) {
        return new ComputeResource(request.id(), computeName, request.type(), request.location(), request.tags(),
                request.sku(), request.identity(), request.systemData(), request.properties());
    }

    /** The request with the name, id and type the compute will have, so the Compute page can list it at once. */
    private ComputeResource identified(ComputeResource request, String computeName) {
        return new ComputeResource(services.workspace().id() + "/computes/" + computeName, computeName,
                "Microsoft.MachineLearningServices/workspaces/computes", request.location(), request.tags(),
                request.sku(), request.identity(), request.systemData(), request.properties());
    }

    /** Text of a field or "" when null. */
    protected static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
