package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.StartStopSchedules;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.compute.ScheduleDescriber;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.time.TimeFormat;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The schedules of a compute instance, read only: each in the words of the details pane ({@link ScheduleDescriber}),
 * why they cannot be changed here, and a link that opens the instance in Azure ML studio, where they can.
 *
 * <p>Why read only (docs/arm.md "Instance schedules: not editable by PUT"): the service refuses a same-type PUT that
 * carries schedules, and the {@code updateSchedules} call Microsoft points to is not in its public specification.
 */
public final class SchedulesViewModel {
    /** What the dialog says about changing them, in the chosen language. */
    public static String whyReadOnly() {
        return Messages.get("compute.code.edit.schedulesReadOnly");
    }

    private final EditServices services;
    private final EditTarget target;
    private final List<String> lines;
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed", false);

    public SchedulesViewModel(EditServices services, EditTarget target, TimeFormat time, Instant now) {
        this.services = Objects.requireNonNull(services);
        this.target = Objects.requireNonNull(target);
        ComputeResource c = target.current();
        ScheduleDescriber describer = new ScheduleDescriber(time);
        lines = c != null && c.properties() instanceof ComputeInstanceProperties ci && ci.properties() != null
                ? StartStopSchedules.of(ci.properties().schedules()).stream().map(s -> describer.describe(s, now))
                        .toList()
                : List.of();
    }

    /** Each schedule in words, one a line; empty when there are none. */
    public List<String> lines() {
        return lines;
    }

    /** "No schedules" when {@link #lines()} is empty, else empty. */
    public String emptyText() {
        return lines.isEmpty() ? Messages.get("compute.code.edit.noSchedules") : "";
    }

    /** The instance's page in Azure ML studio (docs/editing.md "The studio link"). */
    public String studioUrl() {
        return studioUrl(target.workspace(), target.name(), target.tenantId());
    }

    /**
     * {@code https://ml.azure.com/compute/{name}/details?wsid={workspace resource id}&tid={tenant}}; without
     * {@code tid} when the tenant is not known.
     */
    static String studioUrl(WorkspaceRef workspace, String computeName, String tenantId) {
        String url = "https://ml.azure.com/compute/" + URLEncoder.encode(computeName, StandardCharsets.UTF_8)
                + "/details?wsid=" + workspace.id();
        return tenantId == null || tenantId.isBlank() ? url
                : url + "&tid=" + URLEncoder.encode(tenantId, StandardCharsets.UTF_8);
    }

    /** Opens {@link #studioUrl()} in the browser. */
    public void openStudio() {
        services.links().open(studioUrl());
    }

    /** Close or Esc. */
    public void close() {
        closed.set(true);
    }

    /** Set when the dialog should close. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
