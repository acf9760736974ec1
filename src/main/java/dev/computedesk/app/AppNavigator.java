package dev.computedesk.app;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.compute.create.ComputeFormWindows;
import dev.computedesk.ui.common.Page;
import dev.computedesk.ui.shell.ShellViewModel;
import dev.computedesk.ui.sparkpool.SparkPoolWizardWindow;
import dev.computedesk.ui.ssh.SshHelperWindow;

import java.util.function.Supplier;

/** Routes one feature's request to open another feature's window or page. */
final class AppNavigator implements Navigator {
    private final Supplier<UiContext> context;
    private final ShellViewModel shell;

    /** @param context supplied lazily: the context holds this navigator */
    AppNavigator(Supplier<UiContext> context, ShellViewModel shell) {
        this.context = context;
        this.shell = shell;
    }

    @Override
    public void openCreateForm(ComputeFormKind kind) {
        open(kind, null, null);
    }

    @Override
    public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
        open(kind, computeName, sentRequest);
    }

    private void open(ComputeFormKind kind, String computeName, ComputeResource prefill) {
        if (kind == ComputeFormKind.SYNAPSE_SPARK) {
            SparkPoolWizardWindow.open(context.get(), computeName, prefill);
        } else {
            ComputeFormWindows.open(context.get(), kind, computeName, prefill);
        }
    }

    @Override
    public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
        SshHelperWindow.open(context.get(), compute, node);
    }

    @Override
    public void showPage(Page page) {
        shell.navigate(page);
    }
}
