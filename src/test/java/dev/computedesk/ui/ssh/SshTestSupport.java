package dev.computedesk.ui.ssh;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeInstanceSshSettings;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ConnectivityEndpoints;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.ssh.Shell;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.TaskExecutor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Builders shared by the SSH helper's tests: recording clipboard and browser, scripted file chooser, fake computes. */
final class SshTestSupport {
    /** Backups are named from this fixed instant. */
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);

    /** The emulator's demo workspace, named without starting the emulator (for tests that never reach ARM). */
    static final WorkspaceRef WORKSPACE = new WorkspaceRef(dev.computedesk.emulator.DemoSeed.SUBSCRIPTION_ID,
            dev.computedesk.emulator.DemoSeed.RESOURCE_GROUP, dev.computedesk.emulator.DemoSeed.WORKSPACE,
            dev.computedesk.emulator.DemoSeed.LOCATION);

    private SshTestSupport() {
    }

    /** The subject section of an instance in {@link #WORKSPACE}. */
    static SshSubjectSection subject(ComputeResource compute) {
        return new SshSubjectSection(SshSubject.of(WORKSPACE, compute, null));
    }

    /** The file dialogs, answered from a script; records the folders they were opened in. */
    static final class ScriptedChooser implements KeyFileChooser {
        final Deque<Optional<Path>> answers = new ArrayDeque<>();
        final List<Path> openedIn = new ArrayList<>();

        ScriptedChooser answer(Path path) {
            answers.add(Optional.ofNullable(path));
            return this;
        }

        @Override
        public Optional<Path> choosePrivateKey(Path initialDirectory) {
            openedIn.add(initialDirectory);
            return answers.isEmpty() ? Optional.empty() : answers.poll();
        }

        @Override
        public Optional<Path> chooseNewKeyLocation(Path initialDirectory, String suggestedFileName) {
            openedIn.add(initialDirectory);
            return answers.isEmpty() ? Optional.empty() : answers.poll();
        }
    }

    static SshHelperServices services(TaskExecutor executor, ComputeClient computes, List<String> clipboard,
                                      List<String> links, ComputeEvents events, KeyFileChooser chooser,
                                      Path settingsDir, Path home, Shell shell) {
        return new SshHelperServices(executor, computes, clipboard::add, links::add, events, chooser,
                new RememberedKeyPaths(settingsDir, problem -> { }), new SshConfigFile(home, FIXED_CLOCK),
                new SocketReachabilityProbe(), Duration.ofSeconds(2), shell);
    }

    /** A running instance with SSH enabled at {@code host:port}, as ARM would report it (for reachability tests). */
    static ComputeResource instanceAt(String name, String host, int port, ComputeInstanceState state) {
        ComputeInstanceSettings settings = new ComputeInstanceSettings("Standard_DS3_v2", null, "Shared",
                new ComputeInstanceSshSettings("Enabled", "azureuser", port, null), null, null,
                new ConnectivityEndpoints(host, "10.0.0.4"), null, null, null, state, null, null, null, null, null,
                null, null, true, null, null, null, null);
        ComputeInstanceProperties properties = new ComputeInstanceProperties("eastus", null, null, null, null, null,
                null, false, null, settings);
        return new ComputeResource(dev.computedesk.emulator.DemoSeed.computeId(dev.computedesk.emulator.DemoSeed.WORKSPACE,
                name), name, "Microsoft.MachineLearningServices/workspaces/computes", "eastus", null, null, null, null,
                properties);
    }

    /** The same cluster without {@code userAccountCredentials}, as a cluster that does not report its user. */
    static ComputeResource withoutAdminUser(ComputeResource cluster) {
        AmlComputeProperties p = (AmlComputeProperties) cluster.properties();
        AmlComputeSettings s = p.properties();
        AmlComputeSettings bare = new AmlComputeSettings(s.osType(), s.vmSize(), s.vmPriority(),
                s.virtualMachineImage(), s.isolatedNetwork(), s.scaleSettings(), null, s.subnet(),
                s.remoteLoginPortPublicAccess(), s.allocationState(), s.allocationStateTransitionTime(), s.errors(),
                s.currentNodeCount(), s.targetNodeCount(), s.nodeStateCounts(), s.enableNodePublicIp(), s.propertyBag());
        return new ComputeResource(cluster.id(), cluster.name(), cluster.type(), cluster.location(), cluster.tags(),
                cluster.sku(), cluster.identity(), cluster.systemData(), new AmlComputeProperties(p.computeLocation(),
                p.provisioningState(), p.description(), p.createdOn(), p.modifiedOn(), p.resourceId(),
                p.provisioningErrors(), p.isAttachedCompute(), p.disableLocalAuth(), bare));
    }
}
