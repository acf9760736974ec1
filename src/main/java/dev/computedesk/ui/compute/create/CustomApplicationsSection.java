package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.CustomService;
import dev.computedesk.domain.compute.CustomApplicationRule;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The custom applications of a compute instance being created ({@code customServices}; at create only, docs/arm.md):
 * the list the Applications step shows, and the one {@link CustomApplicationEditor} that adds or edits an entry.
 * While an entry is being edited the step is not complete: the user saves or cancels it first, so nothing typed is
 * sent half-done or dropped unseen.
 */
public final class CustomApplicationsSection {
    private final ObservableList<CustomService> applications = FXCollections.observableArrayList();
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing", false);
    private final CustomApplicationEditor editor;
    private final StringBinding message = Bindings.createStringBinding(() -> editing.get()
            ? Messages.get("compute.code.apps.editing") : firstProblem(), editing, applications);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> message.get().isEmpty(), message);
    private CustomService edited;

    CustomApplicationsSection() {
        editor = new CustomApplicationEditor(this::otherNames, this::publishedElsewhere, applications);
    }

    private List<CustomService> others() {
        return applications.stream().filter(app -> app != edited).toList();
    }

    private List<String> otherNames() {
        return others().stream().map(CustomService::name).filter(Objects::nonNull).toList();
    }

    private List<Integer> publishedElsewhere() {
        List<Integer> ports = new ArrayList<>();
        others().forEach(app -> ports.addAll(publishedPorts(app)));
        return ports;
    }

    private static List<Integer> publishedPorts(CustomService app) {
        return app.endpoints() == null ? List.of() : app.endpoints().stream().map(CustomService.Endpoint::published)
                .filter(Objects::nonNull).toList();
    }

    /**
     * The first application that breaks a rule, in words ("metrics: …"); empty when none does. Applications come in
     * through the editor, which checks them, but also from a file or a request read back, which may hold anything.
     */
    private String firstProblem() {
        List<String> names = new ArrayList<>();
        List<Integer> published = new ArrayList<>();
        for (CustomService app : applications) {
            String problem = problem(app, names, published);
            if (!problem.isEmpty()) {
                return Messages.get("compute.code.app.reason", app.name() == null
                        ? Messages.get("compute.code.apps.anApplication") : app.name(), problem);
            }
            names.add(app.name());
            published.addAll(publishedPorts(app));
        }
        return "";
    }

    private static String problem(CustomService app, List<String> names, List<Integer> published) {
        List<ValidationResult> results = new ArrayList<>();
        results.add(CustomApplicationRule.name(app.name(), names));
        results.add(CustomApplicationRule.image(app.image() == null ? null : app.image().reference()));
        List<CustomService.Endpoint> endpoints = app.endpoints() == null ? List.of() : app.endpoints();
        results.add(CustomApplicationRule.endpointCount(endpoints.size()));
        List<Integer> seen = new ArrayList<>(published);
        for (CustomService.Endpoint e : endpoints) {
            results.add(CustomApplicationRule.port(String.valueOf(e.target())));
            results.add(CustomApplicationRule.publishedPort(String.valueOf(e.published()), seen));
            results.add(CustomApplicationEditor.PROTOCOLS.contains(e.protocol()) ? ValidationResult.ok()
                    : ValidationResult.error(Messages.get("compute.code.apps.protocol", e.protocol())));
            seen.add(e.published());
        }
        for (CustomService.Volume v : app.volumes() == null ? List.<CustomService.Volume>of() : app.volumes()) {
            results.add(CustomApplicationRule.mountPath(v.source(), Messages.get("compute.code.apps.hostPath")));
            results.add(CustomApplicationRule.mountPath(v.target(), Messages.get("compute.code.apps.containerPath")));
        }
        return ValidationResult.firstError(results.toArray(new ValidationResult[0])).message();
    }

    /** Opens the editor on a new application ({@code #addCustomApplicationButton}). */
    public void add() {
        edited = null;
        editor.load(null);
        editing.set(true);
    }

    /** Opens the editor on {@code application}. */
    public void edit(CustomService application) {
        edited = application;
        editor.load(application);
        editing.set(true);
    }

    public void remove(CustomService application) {
        if (application == edited) {
            cancel();
        }
        applications.remove(application);
    }

    /** Keeps the application being edited when it is valid; otherwise every problem shows under its field. */
    public void save() {
        if (!editing.get() || !editor.commitPending()) {
            return;
        }
        CustomService saved = editor.toService();
        int at = applications.indexOf(edited);
        if (at >= 0) {
            applications.set(at, saved);
        } else {
            applications.add(saved);
        }
        edited = null;
        editing.set(false);
    }

    public void cancel() {
        edited = null;
        editing.set(false);
    }

    /** Replaces the list (a request read back: "Edit and retry", Open YAML). */
    void setAll(List<CustomService> services) {
        cancel();
        applications.setAll(services);
    }

    /** "2 variables, 1 mount" (or "—"), for the table. */
    public static String details(CustomService app) {
        List<String> parts = new ArrayList<>();
        int variables = app.environmentVariables() == null ? 0 : app.environmentVariables().size();
        int mounts = app.volumes() == null ? 0 : app.volumes().size();
        if (variables > 0) {
            parts.add(Messages.get("compute.code.apps.variables", variables));
        }
        if (mounts > 0) {
            parts.add(Messages.get("compute.code.apps.mounts", mounts));
        }
        return parts.isEmpty() ? "\u2014" : String.join(", ", parts);
    }

    /** The endpoints as "8787→8787 http", for the table. */
    public static String ports(CustomService app) {
        return app.endpoints() == null ? "" : app.endpoints().stream()
                .map(e -> e.target() + "\u2192" + e.published() + " " + (e.protocol() == null ? "tcp" : e.protocol()))
                .collect(Collectors.joining(", "));
    }

    public ObservableList<CustomService> applications() {
        return applications;
    }

    public CustomApplicationEditor editor() {
        return editor;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    /** False while an application is being edited (the step waits for Save or Cancel) or one breaks a rule. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Why the step is not complete (shown under the table); empty when it is. */
    public StringBinding messageProperty() {
        return message;
    }
}
