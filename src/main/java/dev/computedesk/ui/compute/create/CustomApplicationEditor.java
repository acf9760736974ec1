package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.CustomService;
import dev.computedesk.domain.compute.CustomApplicationRule;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.form.FormField;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Studio's "Add application" form for one custom application of a compute instance: a name, a Docker image, its
 * endpoints (target and published port, protocol, endpoint name), environment variables and bind mounts, with
 * {@link CustomApplicationRule}'s rules under each field. A row typed but not added yet (an endpoint, a variable, a
 * mount) is added by {@link #commitPending()} rather than lost.
 */
public final class CustomApplicationEditor {
    /** What the editor starts from. */
    public enum Preset {
        /** An application of the user's own. */
        CUSTOM,
        /** Microsoft's RStudio (open source) setup (how-to-create-compute-instance, "Setup RStudio (open source)"). */
        RSTUDIO;

        /** The preset as the language in use names it, read when shown. */
        public String label() {
            return switch (this) {
                case CUSTOM -> Messages.get("compute.code.choice.customApplication");
                case RSTUDIO -> Messages.get("compute.code.choice.rstudio");
            };
        }
    }

    /** The image Microsoft's RStudio setup and create example use. */
    public static final String RSTUDIO_IMAGE = "ghcr.io/azure/rocker-rstudio-ml-verse:latest";
    /** The workspace's file share as mounted on an instance; Microsoft's examples bind it into the container. */
    public static final String CLOUDFILES = "/home/azureuser/cloudfiles";
    /** The spec's {@code Endpoint.protocol} values (case matters: {@code modelAsString}). */
    static final List<String> PROTOCOLS = List.of("http", "tcp", "udp");
    /** The endpoint name azure-ai-ml and Microsoft's example send. */
    public static final String ENDPOINT_NAME = "connect";

    /** One environment variable as the form lists it. */
    public record Variable(String name, String value) {
        @Override
        public String toString() {
            return name + "=" + value;
        }
    }

    private final Supplier<List<String>> otherNames;
    private final Supplier<List<Integer>> publishedElsewhere;
    private final ObservableList<Preset> presets = FXCollections.observableArrayList(Preset.values());
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset", Preset.CUSTOM);
    private final ObservableList<String> protocols = FXCollections.observableArrayList(PROTOCOLS);

    private final ObservableList<CustomService.Endpoint> endpoints = FXCollections.observableArrayList();
    private final ObservableList<Variable> variables = FXCollections.observableArrayList();
    private final ObservableList<CustomService.Volume> mounts = FXCollections.observableArrayList();

    private final FormField name;
    private final FormField image = new FormField(CustomApplicationRule::image);
    private final FormField endpointName = new FormField(ENDPOINT_NAME, text -> ValidationResult.ok());
    private final ObjectProperty<String> protocol = new SimpleObjectProperty<>(this, "protocol", "http");
    private final FormField targetPort = new FormField(CustomApplicationRule::port);
    private final FormField publishedPort;
    private final FormField endpointsCheck;
    private final FormField variableName;
    private final FormField variableValue = new FormField(text -> ValidationResult.ok());
    private final FormField hostPath = new FormField(text -> CustomApplicationRule.mountPath(text, Messages.get("compute.code.apps.hostPath")));
    private final FormField containerPath =
            new FormField(text -> CustomApplicationRule.mountPath(text, Messages.get("compute.code.apps.containerPath")));
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);
    private final BooleanBinding canAddEndpoint;
    private final BooleanBinding canAddVariable;
    private final BooleanBinding canAddMount;
    private final BooleanBinding valid;

    /**
     * @param otherNames         the names of the instance's other applications
     * @param publishedElsewhere the ports the instance's other applications publish
     * @param others             what those two read, so the rules re-run when it changes
     */
    CustomApplicationEditor(Supplier<List<String>> otherNames, Supplier<List<Integer>> publishedElsewhere,
                            javafx.beans.Observable others) {
        this.otherNames = otherNames;
        this.publishedElsewhere = publishedElsewhere;
        name = new FormField(text -> CustomApplicationRule.name(text, otherNames.get()), others);
        publishedPort = new FormField(text -> CustomApplicationRule.publishedPort(text, published()), others,
                endpoints);
        endpointsCheck = new FormField(text -> CustomApplicationRule.endpointCount(endpoints.size()), endpoints);
        variableName = new FormField(text -> CustomApplicationRule.variableName(text,
                variables.stream().map(Variable::name).toList()), variables);
        canAddEndpoint = targetPort.validProperty().and(publishedPort.validProperty());
        canAddVariable = variableName.validProperty();
        canAddMount = hostPath.validProperty().and(containerPath.validProperty());
        valid = Bindings.createBooleanBinding(() -> name.validProperty().get() && image.validProperty().get()
                        && endpointsCheck.validProperty().get(), name.validProperty(), image.validProperty(),
                endpointsCheck.validProperty());
        preset.addListener((obs, old, now) -> {
            if (now == Preset.RSTUDIO) {
                applyRStudio();
            }
        });
    }

    private List<Integer> published() {
        List<Integer> ports = new ArrayList<>(publishedElsewhere.get());
        endpoints.forEach(e -> ports.add(e.published()));
        return ports;
    }

    /** Microsoft's RStudio example: image, 8787 → 8787 over http, the file share bound read-write. */
    private void applyRStudio() {
        if (name.get().isBlank()) {
            name.set(otherNames.get().contains("rstudio") ? "" : "rstudio");
        }
        image.set(RSTUDIO_IMAGE);
        if (endpoints.isEmpty() && !publishedElsewhere.get().contains(8787)) {
            endpoints.add(CustomService.Endpoint.http(ENDPOINT_NAME, 8787, 8787));
        }
        if (mounts.stream().noneMatch(m -> CLOUDFILES.equals(m.target()))) {
            mounts.add(CustomService.Volume.bind(CLOUDFILES, CLOUDFILES, false));
        }
    }

    // ---------------------------------------------------------------- commands

    public void addEndpoint() {
        targetPort.touchedProperty().set(true);
        publishedPort.touchedProperty().set(true);
        if (!canAddEndpoint.get()) {
            return;
        }
        String endpoint = endpointName.get().isBlank() ? ENDPOINT_NAME : endpointName.get().strip();
        endpoints.add(new CustomService.Endpoint(protocol.get(), endpoint, Integer.valueOf(targetPort.get().strip()),
                Integer.valueOf(publishedPort.get().strip()), null));
        endpointName.set(ENDPOINT_NAME);
        clear(targetPort, publishedPort);
    }

    public void removeEndpoint(CustomService.Endpoint endpoint) {
        endpoints.remove(endpoint);
    }

    public void addVariable() {
        variableName.touchedProperty().set(true);
        if (!canAddVariable.get()) {
            return;
        }
        variables.add(new Variable(variableName.get().strip(), variableValue.get()));
        clear(variableName, variableValue);
    }

    public void removeVariable(Variable variable) {
        variables.remove(variable);
    }

    public void addMount() {
        hostPath.touchedProperty().set(true);
        containerPath.touchedProperty().set(true);
        if (!canAddMount.get()) {
            return;
        }
        mounts.add(CustomService.Volume.bind(hostPath.get().strip(), containerPath.get().strip(), readOnly.get()));
        clear(hostPath, containerPath);
        readOnly.set(false);
    }

    public void removeMount(CustomService.Volume mount) {
        mounts.remove(mount);
    }

    private static void clear(FormField... fields) {
        for (FormField field : fields) {
            field.set("");
            field.touchedProperty().set(false);
        }
    }

    /**
     * Adds the endpoint, variable or mount typed but not added yet, and shows every message; true when nothing
     * typed is left over and the application is valid.
     */
    boolean commitPending() {
        boolean clean = true;
        if (!targetPort.get().isBlank() || !publishedPort.get().isBlank()) {
            addEndpoint();
            clean = targetPort.get().isBlank();
        }
        if (!variableName.get().isBlank() || !variableValue.get().isBlank()) {
            addVariable();
            clean &= variableName.get().isBlank();
        }
        if (!hostPath.get().isBlank() || !containerPath.get().isBlank()) {
            addMount();
            clean &= hostPath.get().isBlank();
        }
        for (FormField field : List.of(name, image, endpointsCheck)) {
            field.touchedProperty().set(true);
        }
        return clean && valid.get();
    }

    /** The application as ARM takes it; {@code docker.privileged} true, as Microsoft's example and azure-ai-ml send. */
    CustomService toService() {
        Map<String, CustomService.EnvironmentVariable> env = new LinkedHashMap<>();
        variables.forEach(v -> env.put(v.name(), CustomService.EnvironmentVariable.local(v.value())));
        return new CustomService(name.get().strip(), CustomService.Image.docker(image.get().strip()),
                env.isEmpty() ? null : env, new CustomService.Docker(Boolean.TRUE), List.copyOf(endpoints),
                mounts.isEmpty() ? null : List.copyOf(mounts));
    }

    /** Starts editing {@code service}, or a new application when null. */
    void load(CustomService service) {
        preset.set(Preset.CUSTOM);
        endpointName.set(ENDPOINT_NAME);
        protocol.set("http");
        readOnly.set(false);
        clear(targetPort, publishedPort, variableName, variableValue, hostPath, containerPath);
        name.set(service == null ? "" : service.name());
        image.set(service == null || service.image() == null ? "" : service.image().reference());
        endpoints.setAll(service == null || service.endpoints() == null ? List.of() : service.endpoints());
        variables.clear();
        if (service != null && service.environmentVariables() != null) {
            service.environmentVariables().forEach((k, v) -> variables.add(new Variable(k, v == null ? "" : v.value())));
        }
        mounts.setAll(service == null || service.volumes() == null ? List.of() : service.volumes());
        for (FormField field : List.of(name, image, endpointsCheck)) {
            field.touchedProperty().set(false);
        }
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<Preset> presets() {
        return presets;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObservableList<String> protocols() {
        return protocols;
    }

    public FormField name() {
        return name;
    }

    public FormField image() {
        return image;
    }

    public ObservableList<CustomService.Endpoint> endpoints() {
        return endpoints;
    }

    public FormField endpointName() {
        return endpointName;
    }

    public ObjectProperty<String> protocolProperty() {
        return protocol;
    }

    public FormField targetPort() {
        return targetPort;
    }

    public FormField publishedPort() {
        return publishedPort;
    }

    /** "Add at least one endpoint", once the user tried to save without one. */
    public FormField endpointsCheck() {
        return endpointsCheck;
    }

    public ObservableList<Variable> variables() {
        return variables;
    }

    public FormField variableName() {
        return variableName;
    }

    public FormField variableValue() {
        return variableValue;
    }

    public ObservableList<CustomService.Volume> mounts() {
        return mounts;
    }

    public FormField hostPath() {
        return hostPath;
    }

    public FormField containerPath() {
        return containerPath;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
