package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.ArmError;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.OperationsEndOnAcceptance;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * For the edit dialogs' view-model tests: the embedded emulator on a manual clock, a synchronous executor, the one
 * follower (operations end as soon as ARM accepts them, {@link OperationsEndOnAcceptance}), and a compute client
 * that records every call that changes a compute and can refuse one as ARM would.
 */
final class EditTestSupport implements AutoCloseable {
    /** The client methods that change a compute (everything else only reads). */
    static final Set<String> WRITES = Set.of("createOrUpdate", "updateScaleSettings", "updateAksNodeCount",
            "updateIdentity", "updateIdleShutdown", "delete", "start", "stop", "restart");

    /** One recorded write: the method and its arguments after workspace and name. */
    record Call(String method, List<Object> args) {
    }

    final EmulatorFixture emulator = EmulatorFixture.start();
    final OperationLog operations = new OperationLog();
    final TrackingTaskExecutor executor = TrackingTaskExecutor.synchronous(operations);
    final ComputeEvents events = new ComputeEvents();
    final OperationFollower follower = new OperationFollower(executor, events);
    final List<ComputeEvents.Change> changes = new ArrayList<>();
    final List<Call> writes = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    /** When set, the next write answers this refusal instead of reaching the emulator. */
    ArmException refuseNext;
    final ComputeClient computes;

    EditTestSupport() {
        OperationsEndOnAcceptance.install(emulator, events);
        events.addListener(changes::add);
        ComputeClient real = emulator.connection().computes();
        computes = (ComputeClient) Proxy.newProxyInstance(ComputeClient.class.getClassLoader(),
                new Class<?>[] {ComputeClient.class}, (proxy, method, args) -> {
                    if (WRITES.contains(method.getName())) {
                        writes.add(new Call(method.getName(), List.copyOf(Arrays.asList(args).subList(2, args.length))));
                        if (refuseNext != null) {
                            ArmException refusal = refuseNext;
                            refuseNext = null;
                            throw refusal;
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static ArmException refusal(int status, String code, String message, String requestId) {
        return new ArmException(status, ArmError.of(code, message), requestId, null, null);
    }

    EditServices services() {
        return new EditServices(executor, follower, opened::add);
    }

    WorkspaceRef workspace() {
        return emulator.demoWorkspace();
    }

    ComputeResource read(String name) {
        return emulator.connection().computes().get(workspace(), name);
    }

    /** The target as the details pane hands it over: the compute as read now, followed by {@code shown}. */
    EditTarget target(String name, SimpleObjectProperty<ComputeResource> shown) {
        shown.set(read(name));
        events.addListener(change -> {
            if (change.computeName().equals(name) && change.compute() != null) {
                shown.set(change.compute());
            }
        });
        return new EditTarget(workspace(), name, shown, computes, emulator.connection().capacity(),
                emulator.connection().pickers(), DemoSeed.TENANT_ID);
    }

    EditTarget target(String name) {
        return target(name, new SimpleObjectProperty<>());
    }

    @Override
    public void close() {
        emulator.close();
    }
}
